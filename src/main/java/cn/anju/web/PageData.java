package cn.anju.web;

import cn.anju.application.ApplicationStatus;
import cn.anju.application.District;
import cn.anju.application.FamilyLanguage;
import cn.anju.application.HousingType;
import cn.anju.application.Relationship;
import cn.anju.application.Stage;
import cn.anju.identity.Sex;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * What a page's scripts learn from the server, the one way they learn it: a model attribute
 * ({@value #ATTRIBUTE}) that the layout writes as a JSON block ({@code <script type="application/json"
 * id="page-data">}, data, not code, under the Content-Security-Policy) and /js/page.js reads. It holds
 * the page's texts in its language, the enums' values, and whatever the page itself adds.
 */
@Component
public class PageData {

    public static final String ATTRIBUTE = "pageData";

    private final Map<String, List<String>> enums = new TreeMap<>();
    private final Map<String, Map<String, String>> texts = new ConcurrentHashMap<>();

    PageData(List<ScriptEnum> contributed) {
        // The ground floor's enums, which every feature may name; features add their own as beans.
        Stream.concat(Stream.of(ScriptEnum.of("applicationStatus", ApplicationStatus.class),
                                ScriptEnum.of("stage", Stage.class), ScriptEnum.of("sex", Sex.class),
                                ScriptEnum.of("relationship", Relationship.class),
                                ScriptEnum.of("housingType", HousingType.class),
                                // The API takes a district by its English name.
                                new ScriptEnum("district", Arrays.stream(District.values()).map(District::englishName)
                                        .toList())),
                        contributed.stream())
                .forEach(e -> enums.merge(e.name(), e.values(), (a, b) -> {
                    throw new IllegalStateException("Two script enums named " + e.name());
                }));
    }

    /**
     * The data of a page whose script texts are the keys of {@code bundle} that start with {@code prefix}
     * (without it), with the names of the districts ({@code district.Futian}) in the page's language.
     */
    public Map<String, Object> of(Locale locale, String bundle, String prefix, Map<String, ?> values) {
        Map<String, Object> data = new LinkedHashMap<>();
        Locale language = FamilyLanguage.of(locale).locale();
        data.put("texts", texts.computeIfAbsent(bundle + "|" + prefix + "|" + language,
                key -> load(bundle, prefix, language)));
        data.put("enums", Collections.unmodifiableMap(enums));
        data.putAll(values);
        return data;
    }

    private static Map<String, String> load(String bundleName, String prefix, Locale locale) {
        var bundle = ResourceBundle.getBundle(bundleName, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> texts = new TreeMap<>();
        bundle.keySet().stream().filter(key -> key.startsWith(prefix))
                .forEach(key -> texts.put(key.substring(prefix.length()), bundle.getString(key)));
        boolean chinese = FamilyLanguage.of(locale) == FamilyLanguage.ZH_CN;
        for (District district : District.values()) {
            texts.put("district." + district.englishName(), chinese ? district.chineseName() : district.englishName());
        }
        return Collections.unmodifiableMap(texts);
    }
}
