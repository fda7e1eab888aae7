package cn.anju.application;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The districts of the demo city, Shenzhen. Candidate groups are named by {@link #key()}. */
public enum District {
    FUTIAN("Futian", "福田区"),
    LUOHU("Luohu", "罗湖区"),
    NANSHAN("Nanshan", "南山区"),
    YANTIAN("Yantian", "盐田区"),
    BAOAN("Baoan", "宝安区"),
    LONGGANG("Longgang", "龙岗区"),
    LONGHUA("Longhua", "龙华区"),
    PINGSHAN("Pingshan", "坪山区"),
    GUANGMING("Guangming", "光明区"),
    DAPENG("Dapeng", "大鹏新区");

    public static final String CITY = "Shenzhen";
    /** The city's Chinese name, as families write it and as Chinese messages name it. */
    public static final String CITY_ZH = "深圳市";

    private final String englishName;
    private final String chineseName;

    District(String englishName, String chineseName) {
        this.englishName = englishName;
        this.chineseName = chineseName;
    }

    /** Accepts the English name in any case ("Futian", "futian") or the Chinese one ("福田区"). */
    public static Optional<District> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String trimmed = name.trim().replace("'", "");
        return Arrays.stream(values())
                .filter(d -> d.englishName.equalsIgnoreCase(trimmed) || d.chineseName.equals(trimmed))
                .findFirst();
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String englishName() {
        return englishName;
    }

    public String chineseName() {
        return chineseName;
    }
}
