package cn.anju.placement.internal;

import cn.anju.placement.PlacementService.SchoolBasis;
import cn.anju.placement.PlacementService.SchoolOutcome;
import cn.anju.placement.internal.ReferenceData.School;
import org.springframework.stereotype.Component;

/** A seat's row as the process and the child's file see it: the school, or the place on the waitlist, and transport. */
@Component
class SchoolOutcomes {

    private final SeatRepository seats;
    private final ReferenceData city;
    private final TransportPlanner transport;

    SchoolOutcomes(SeatRepository seats, ReferenceData city, TransportPlanner transport) {
        this.seats = seats;
        this.city = city;
        this.transport = transport;
    }

    SchoolOutcome of(Seat seat, Family family) {
        if (seat.schoolCode() == null) {
            int position = seats.waitlistPosition(family.district().name(), seat.schoolYear(), seat.grade(),
                    seat.waitlistTicket());
            return new SchoolOutcome(SchoolBasis.WAITLIST, null, seat.grade(), null, position, TransportPlanner.UNKNOWN,
                    null);
        }
        School school = city.school(seat.schoolCode()).orElseThrow();
        return new SchoolOutcome(seat.basis(), school.code(), seat.grade(), seat.distanceKm(), null,
                transport.plan(family, school, seat.grade()), seat.overrideReason());
    }
}
