package cn.anju.placement.internal;

import cn.anju.placement.PlacementService.TransportKind;
import cn.anju.placement.PlacementService.TransportPlan;
import cn.anju.placement.internal.ReferenceData.GeoPoint;
import cn.anju.placement.internal.ReferenceData.School;
import java.util.Comparator;
import org.springframework.stereotype.Component;

/** Walks within the limit of the grade; farther, the nearest stop of a bus serving the school, or a subsidy. */
@Component
class TransportPlanner {

    static final TransportPlan UNKNOWN = new TransportPlan(TransportKind.UNKNOWN, null, null, null, null);

    private final ReferenceData city;
    private final PlacementProperties rules;

    TransportPlanner(ReferenceData city, PlacementProperties rules) {
        this.city = city;
        this.rules = rules;
    }

    TransportPlan plan(Family family, School school, int grade) {
        if (family.catchment().isEmpty()) {
            return UNKNOWN;
        }
        GeoPoint home = family.catchment().get().location();
        double distance = Km.round(home.kmTo(school.location()));
        if (distance <= rules.maxWalkingDistanceKm(grade)) {
            return new TransportPlan(TransportKind.WALK, distance, null, null, null);
        }
        return city.stopsServing(school.code()).stream()
                .filter(stop -> home.kmTo(stop.location()) <= rules.maxWalkToStopKm())
                .min(Comparator.comparingDouble(stop -> home.kmTo(stop.location())))
                .map(stop -> new TransportPlan(TransportKind.BUS, distance, stop.route(), stop.stop(),
                        Km.round(home.kmTo(stop.location()))))
                .orElse(new TransportPlan(TransportKind.SUBSIDY, distance, null, null, null));
    }
}
