package cn.anju.placement.internal;

import cn.anju.application.ApplicationRepository.ChildAtHome;
import cn.anju.application.District;
import cn.anju.placement.internal.ReferenceData.Catchment;
import cn.anju.placement.internal.ReferenceData.GeoPoint;
import java.util.Optional;
import java.util.UUID;

/** The child and its family as placement needs them: district, and where it lives if the street is known. */
record Family(ChildAtHome child, District district, Optional<Catchment> catchment, GeoPoint origin) {

    UUID applicationId() {
        return child.applicationId();
    }

    /** A place written now: held until the decision, or the child's if the case is decided already. */
    SeatStatus seatStatus() {
        return SeatState.forDecision(child.applicationStatus());
    }

    RegistrationStatus registrationStatus() {
        return SeatState.registrationForDecision(child.applicationStatus());
    }

    Double distanceTo(GeoPoint point) {
        return catchment.map(c -> Km.round(c.location().kmTo(point))).orElse(null);
    }
}
