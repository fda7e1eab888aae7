package cn.anju.placement.internal;

import cn.anju.application.ApplicationRepository;
import cn.anju.application.ApplicationRepository.ChildAtHome;
import cn.anju.application.District;
import cn.anju.placement.internal.ReferenceData.Catchment;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Finds a child's family on the city's map, and serialises the placement of siblings. */
@Component
class Families {

    private final ApplicationRepository applications;
    private final ReferenceData city;
    private final JdbcClient jdbc;

    Families(ApplicationRepository applications, ReferenceData city, JdbcClient jdbc) {
        this.applications = applications;
        this.city = city;
        this.jdbc = jdbc;
    }

    Family of(UUID childId) {
        ChildAtHome child = applications.childAtHome(childId)
                .orElseThrow(() -> new IllegalArgumentException("No child " + childId));
        District district = child.district();
        Optional<Catchment> catchment = city.catchmentOf(district, child.addressLine());
        return new Family(child, district, catchment, catchment.map(Catchment::location).orElse(city.centreOf(district)));
    }

    /** Siblings are placed one after another, never side by side: the application row is the lock. */
    void lock(UUID applicationId) {
        jdbc.sql("select id from application where id = ? for update").param(applicationId).query(UUID.class).single();
    }
}
