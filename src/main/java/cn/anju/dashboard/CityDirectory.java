package cn.anju.dashboard;

import cn.anju.application.District;
import cn.anju.application.ReferenceFile;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Names and districts of the schools and clinics, from the same reference files placement reads: the
 * ledger keeps codes only, and the dashboard may not reach into placement's classes.
 */
@Component
class CityDirectory {

    record Place(String code, District district, String nameZh, String nameEn) {
    }

    private final Map<String, Place> schools;
    private final Map<String, Place> clinics;

    CityDirectory(@Value("${anju.placement.schools}") Resource schools,
                  @Value("${anju.placement.clinics}") Resource clinics) {
        this.schools = read(schools, 9);
        this.clinics = read(clinics, 7);
    }

    Optional<Place> school(String code) {
        return Optional.ofNullable(schools.get(code));
    }

    Optional<Place> clinic(String code) {
        return Optional.ofNullable(clinics.get(code));
    }

    private static Map<String, Place> read(Resource file, int columns) {
        return ReferenceFile.read(file, columns, row -> new Place(row.text(0), row.district(1), row.text(2), row.text(3)))
                .stream().collect(Collectors.toMap(Place::code, Function.identity(), (a, b) -> a));
    }
}
