package cn.anju.evidence;

import cn.anju.application.District;
import cn.anju.application.HousingType;
import cn.anju.application.ReferenceFile;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The demo city's registry, read at start from a CSV file (reference/housing-registry.csv by
 * default; anju.housing-registry.file names a city's own): type, number, registration number,
 * holder's resident ID, district, address, start and end dates.
 */
@Component
class ReferenceHousingRegistry implements HousingRegistry {

    private final Map<String, RegisteredHousing> byNumber = new HashMap<>();

    ReferenceHousingRegistry(@Value("${anju.housing-registry.file:classpath:reference/housing-registry.csv}")
                             Resource file) {
        for (RegisteredHousing housing : ReferenceFile.read(file, 8, row -> new RegisteredHousing(
                HousingType.valueOf(row.text(0)), row.text(1), row.textOrNull(2), row.text(3), row.district(4),
                row.text(5), LocalDate.parse(row.text(6)),
                row.textOrNull(7) == null ? null : LocalDate.parse(row.text(7))))) {
            byNumber.put(housing.number(), housing);
        }
    }

    @Override
    public Optional<RegisteredHousing> find(String number) {
        return Optional.ofNullable(number == null ? null : byNumber.get(number.trim()));
    }
}
