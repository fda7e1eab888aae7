package cn.anju.placement;

import cn.anju.application.District;
import java.util.Optional;

/** The city's schools and clinics by code, as placement read them at start: names and districts for others to show. */
public interface Facilities {

    record Facility(String code, District district, String nameZh, String nameEn) {
    }

    Optional<Facility> school(String code);

    Optional<Facility> clinic(String code);
}
