package cn.anju.dashboard;

import cn.anju.placement.Facilities;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The city as placement already read it at start, instead of parsing its reference files a second time. */
@Component
class PlacementCityDirectory implements CityDirectory {

    private final Facilities city;

    PlacementCityDirectory(Facilities city) {
        this.city = city;
    }

    @Override
    public Optional<Place> school(String code) {
        return city.school(code).map(s -> new Place(s.code(), s.district(), s.nameZh(), s.nameEn()));
    }

    @Override
    public Optional<Place> clinic(String code) {
        return city.clinic(code).map(c -> new Place(c.code(), c.district(), c.nameZh(), c.nameEn()));
    }
}
