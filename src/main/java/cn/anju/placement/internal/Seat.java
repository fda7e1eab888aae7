package cn.anju.placement.internal;

import cn.anju.placement.PlacementService.SchoolBasis;
import java.util.UUID;

/** A row of school_seat: the child's seat, or its place on the waitlist (no school, a ticket). */
record Seat(UUID childId, String schoolCode, int schoolYear, int grade, SeatStatus status, SchoolBasis basis,
            Double distanceKm, Integer waitlistTicket, String overrideReason) {

    boolean released() {
        return status == SeatStatus.RELEASED;
    }
}
