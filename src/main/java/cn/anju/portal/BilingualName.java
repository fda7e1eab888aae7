package cn.anju.portal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A school's or clinic's name as the placement data keeps it, Chinese then English
 * ("莲花实验小学 Lianhua Experimental Primary School"): the half in the page's language, or the whole
 * name when it has only one.
 */
final class BilingualName {

    private static final Pattern CHINESE_THEN_ENGLISH = Pattern.compile("([^A-Za-z]*\\p{IsHan}[^A-Za-z]*?)\\s+([A-Za-z].*)");

    private BilingualName() {
    }

    static String in(String name, Locale locale) {
        if (name == null) {
            return null;
        }
        Matcher m = CHINESE_THEN_ENGLISH.matcher(name.trim());
        if (!m.matches()) {
            return name;
        }
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? m.group(2).trim() : m.group(1).trim();
    }
}
