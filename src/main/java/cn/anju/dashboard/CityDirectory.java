package cn.anju.dashboard;

import cn.anju.application.District;
import java.util.Optional;

/**
 * Names and districts of the schools and clinics: the ledger keeps codes only. Declared here, with only
 * what the dashboard shows, so that one adapter ({@link PlacementCityDirectory}) is all the dashboard
 * knows of placement.
 */
interface CityDirectory {

    record Place(String code, District district, String nameZh, String nameEn) {
    }

    Optional<Place> school(String code);

    Optional<Place> clinic(String code);
}
