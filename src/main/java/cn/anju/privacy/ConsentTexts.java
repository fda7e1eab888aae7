package cn.anju.privacy;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The consent and declaration texts of the bundle i18n/privacy. Their version is part of the bundle: whoever
 * rewords a text raises it, so a stored consent always names the words that were shown.
 */
@Component
public class ConsentTexts {

    private static final Map<String, Locale> LANGUAGES = Map.of("zh-CN", Locale.SIMPLIFIED_CHINESE, "en", Locale.ENGLISH);

    private final MessageSource messages;

    public ConsentTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String version() {
        return messages.getMessage("consent.text.version", null, Locale.ROOT);
    }

    public boolean isCurrent(String version) {
        return version().equals(version);
    }

    public ConsentText current() {
        Map<String, ConsentText.Texts> texts = new LinkedHashMap<>();
        for (String tag : new String[] {"zh-CN", "en"}) {
            Locale locale = LANGUAGES.get(tag);
            texts.put(tag, new ConsentText.Texts(messages.getMessage("consent.text.childrenData", null, locale),
                    messages.getMessage("consent.text.truthDeclaration", null, locale)));
        }
        return new ConsentText(version(), texts);
    }
}
