package cn.anju.placement.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Distances as the child's file shows and the tables keep them: km to two decimals. */
final class Km {

    private Km() {
    }

    static double round(double km) {
        return BigDecimal.valueOf(km).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    static BigDecimal column(Double km) {
        return km == null ? null : BigDecimal.valueOf(km).setScale(2, RoundingMode.HALF_UP);
    }
}
