package cn.anju.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import cn.anju.application.District;
import cn.anju.application.FamilyLanguage;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The texts the portal's scripts show (keys "js.*" of the portal bundle), in the page's language, as
 * JSON to embed in a script element ("<" escaped, so no text can close the element).
 */
@Component
class PageTexts {

    private final Map<Locale, String> byLocale = new ConcurrentHashMap<>();
    private final ObjectMapper json;

    PageTexts(ObjectMapper json) {
        this.json = json;
    }

    String forScript(Locale locale) {
        Locale language = FamilyLanguage.of(locale).locale();
        return byLocale.computeIfAbsent(language, l -> {
            try {
                return json.writeValueAsString(load(l)).replace("<", "\\u003c");
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static Map<String, String> load(Locale locale) {
        var bundle = ResourceBundle.getBundle("i18n/portal", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> texts = new TreeMap<>();
        for (String key : bundle.keySet()) {
            if (key.startsWith("js.")) {
                texts.put(key.substring(3), bundle.getString(key));
            }
        }
        // The districts and their names come from the one list the API checks against.
        boolean chinese = FamilyLanguage.of(locale) == FamilyLanguage.ZH_CN;
        for (District district : District.values()) {
            texts.put("district." + district.englishName(), chinese ? district.chineseName() : district.englishName());
        }
        texts.put("districts", Arrays.stream(District.values()).map(District::englishName)
                .collect(Collectors.joining(",")));
        return Map.copyOf(texts);
    }
}
