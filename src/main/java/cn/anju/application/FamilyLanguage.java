package cn.anju.application;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The language a family is written to in: Chinese unless it chose English. */
public enum FamilyLanguage {
    ZH_CN("zh-CN", Locale.SIMPLIFIED_CHINESE),
    EN("en", Locale.ENGLISH);

    private final String tag;
    private final Locale locale;

    FamilyLanguage(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** The BCP 47 tag the API and the database use: {@code zh-CN}, {@code en}. */
    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    public static Optional<FamilyLanguage> ofTag(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equals(tag)).findFirst();
    }
}
