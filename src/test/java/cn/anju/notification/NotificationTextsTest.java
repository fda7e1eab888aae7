package cn.anju.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Every moment can be written in both languages, and retries wait longer each time, up to the cap. */
class NotificationTextsTest {

    @Test
    void everyMomentHasItsTextsInChineseAndEnglish() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/notifications");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        for (Moment moment : Moment.values()) {
            for (String part : new String[] {"subject", "body", "next", "sms"}) {
                String chinese = messages.getMessage(moment.messageKey(part), new Object[] {"AJ-1", "x", "y"},
                        Locale.SIMPLIFIED_CHINESE);
                String english = messages.getMessage(moment.messageKey(part), new Object[] {"AJ-1", "x", "y"},
                        Locale.ENGLISH);
                assertThat(chinese).as(moment + " " + part).containsPattern("\\p{IsHan}");
                assertThat(english).as(moment + " " + part).doesNotContainPattern("\\p{IsHan}");
            }
        }
    }

    @Test
    void aFailedRowWaitsTwiceAsLongEachTimeUpToTheCap() {
        var properties = new NotificationProperties(Duration.ofSeconds(2), 50, 8, Duration.ofSeconds(30),
                Duration.ofMinutes(10), Duration.ofMinutes(2), null, null);
        assertThat(properties.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.delayAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(properties.delayAfter(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(properties.delayAfter(40)).isEqualTo(Duration.ofMinutes(10));
    }
}
