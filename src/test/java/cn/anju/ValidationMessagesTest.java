package cn.anju;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anju.identity.ResidentId;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Anju's validation messages (ValidationMessages*.properties): every key the code names is in English and in
 * Chinese, the English texts are the API's, and the Chinese file is read as UTF-8.
 */
class ValidationMessagesTest {

    /** A message key in braces; "${anju...}" is a configuration property, not a message. */
    private static final Pattern KEY = Pattern.compile("(?<!\\$)\\{(anju\\.[A-Za-z0-9.]+)}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");
    /** The message parameters ApplicationRules sets. */
    private static final Set<String> PARAMETERS =
            Set.of("city", "cityZh", "earliestDate", "minApplicantAge", "adultAge", "longestLeaseYears");

    private static final Properties ENGLISH = load("ValidationMessages.properties");
    private static final Properties CHINESE = load("ValidationMessages_zh_CN.properties");

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = ValidationMessagesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            try (Reader reader = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** The {anju.*} keys written in the main sources, plus the ones ResidentIdValidator builds from a Problem. */
    private static Set<String> keysUsedInCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        for (ResidentId.Problem problem : ResidentId.Problem.values()) {
            keys.add("anju.residentId.invalid." + problem.key());
        }
        return keys;
    }

    @Test
    void everyKeyUsedInCodeIsInBothLanguages() throws IOException {
        Set<String> used = keysUsedInCode();
        assertThat(used).hasSizeGreaterThan(20);
        assertThat(ENGLISH.stringPropertyNames()).containsAll(used);
        assertThat(CHINESE.stringPropertyNames()).containsAll(used);
        // Nothing is translated that the code no longer uses, and nothing is missing from either file.
        assertThat(ENGLISH.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(used);
        assertThat(CHINESE.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(used);
    }

    @Test
    void theChineseTextsAreChineseAndUseOnlyParametersTheCodeSets() {
        for (String key : CHINESE.stringPropertyNames()) {
            String text = CHINESE.getProperty(key);
            assertThat(text).as(key).isNotEqualTo(ENGLISH.getProperty(key))
                    .matches(t -> t.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                            == Character.UnicodeScript.HAN), "has Chinese characters");
        }
        for (Properties bundle : new Properties[] {ENGLISH, CHINESE}) {
            for (String key : bundle.stringPropertyNames()) {
                Matcher m = PLACEHOLDER.matcher(bundle.getProperty(key));
                while (m.find()) {
                    assertThat(PARAMETERS).as(key).contains(m.group(1));
                }
            }
        }
    }

    @Test
    void theEnglishResidentIdReasonsAreTheProblemsTexts() {
        for (ResidentId.Problem problem : ResidentId.Problem.values()) {
            assertThat(ENGLISH.getProperty("anju.residentId.invalid." + problem.key()))
                    .isEqualTo(ENGLISH.getProperty("anju.residentId.invalid") + ": " + problem.text());
        }
    }

    /** As Hibernate Validator loads them: ResourceBundle, UTF-8 since Java 9, English whatever the JVM's locale. */
    @Test
    void resourceBundlesGiveEachLanguage() {
        Locale jvmDefault = Locale.getDefault();
        try {
            // A JVM running in Chinese must still answer an English request in English (ValidationMessages_en).
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            ResourceBundle.clearCache();
            assertThat(ResourceBundle.getBundle("ValidationMessages", Locale.ENGLISH)
                    .getString("anju.residentId.invalid.checkCharacter"))
                    .isEqualTo("is not a valid resident ID number: has a wrong check character");
            Locale.setDefault(Locale.ENGLISH);
            ResourceBundle.clearCache();
            assertThat(ResourceBundle.getBundle("ValidationMessages", Locale.SIMPLIFIED_CHINESE)
                    .getString("anju.residentId.invalid.checkCharacter"))
                    .isEqualTo("不是有效的居民身份证号码：校验码错误");
        } finally {
            Locale.setDefault(jvmDefault);
            ResourceBundle.clearCache();
        }
    }
}
