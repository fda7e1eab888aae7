package cn.anju.application;

import java.util.Arrays;
import java.util.Locale;

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

    /** The language of a stored or requested tag; Chinese when there is none or it is unknown. */
    public static FamilyLanguage of(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equals(tag)).findFirst().orElse(ZH_CN);
    }

    /** The language of a page's locale: English if asked for, Chinese otherwise. */
    public static FamilyLanguage of(Locale locale) {
        return EN.locale.getLanguage().equals(locale.getLanguage()) ? EN : ZH_CN;
    }
}
