package cn.anju.placement.internal;

import cn.anju.placement.Facilities;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Placement's reference data, seen from outside through the module's API. */
@Component
class ReferenceFacilities implements Facilities {

    private final ReferenceData city;

    ReferenceFacilities(ReferenceData city) {
        this.city = city;
    }

    @Override
    public Optional<Facility> school(String code) {
        return city.school(code).map(s -> new Facility(s.code(), s.district(), s.nameZh(), s.nameEn()));
    }

    @Override
    public Optional<Facility> clinic(String code) {
        return city.clinic(code).map(c -> new Facility(c.code(), c.district(), c.nameZh(), c.nameEn()));
    }
}
