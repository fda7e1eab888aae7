package cn.anju.evidence;

import cn.anju.application.District;
import cn.anju.application.HousingType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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
                             Resource file) throws IOException {
        try (var reader = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",", -1);
                var housing = new RegisteredHousing(HousingType.valueOf(f[0]), f[1], blankToNull(f[2]), f[3],
                        District.valueOf(f[4]), f[5], LocalDate.parse(f[6]),
                        f[7].isBlank() ? null : LocalDate.parse(f[7]));
                byNumber.put(housing.number(), housing);
            }
        }
    }

    @Override
    public Optional<RegisteredHousing> find(String number) {
        return Optional.ofNullable(number == null ? null : byNumber.get(number.trim()));
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }
}
