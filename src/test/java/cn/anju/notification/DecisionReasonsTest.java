package cn.anju.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The office's known wordings reach the family in its language; a supervisor's own words as written. */
class DecisionReasonsTest {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    DecisionReasonsTest() {
        messages.setBasename("i18n/notifications");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @Test
    void aRulesReasonCodeIsTranslated() {
        assertThat(DecisionReasons.inLanguage("Not eligible: LEASE_NOT_REGISTERED", Locale.SIMPLIFIED_CHINESE, messages))
                .isEqualTo("租赁合同未在住房管理部门登记备案");
        assertThat(DecisionReasons.inLanguage("Not eligible: LEASE_NOT_REGISTERED", Locale.ENGLISH, messages))
                .isEqualTo("the lease is not registered with the housing authority");
    }

    @Test
    void aWithdrawalForNoAnswerIsTranslatedWithItsDays() {
        assertThat(DecisionReasons.inLanguage("no answer to the one-time notice within 30 days",
                Locale.SIMPLIFIED_CHINESE, messages)).isEqualTo("未在 30 天内答复补充材料通知");
    }

    @Test
    void anUnknownCodeOrASupervisorsWordsArePassedOnAsStored() {
        assertThat(DecisionReasons.inLanguage("Not eligible: SOMETHING_NEW", Locale.ENGLISH, messages))
                .isEqualTo("Not eligible: SOMETHING_NEW");
        assertThat(DecisionReasons.inLanguage("lease names another tenant", Locale.SIMPLIFIED_CHINESE, messages))
                .isEqualTo("lease names another tenant");
    }

    @Test
    void theDefaultSmsGatewayLogsTheNumberMasked() {
        assertThat(LoggingSmsGateway.mask("13800138000")).isEqualTo("138****8000");
        assertThat(LoggingSmsGateway.mask("123")).isEqualTo("***");
    }
}
