package cn.anju.placement.internal;

import cn.anju.application.CaseLog;
import cn.anju.application.TimelineEntryType;
import cn.anju.placement.internal.ReferenceData.School;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** A seat given back goes to the first child waiting for that grade in the school's district, if any. */
@Component
class Waitlist {

    private final Families families;
    private final SeatRepository seats;
    private final SchoolOutcomes outcomes;
    private final TransportRequests transport;
    private final OutcomeRecorder outcome;
    private final ReferenceData city;
    private final Ledger ledger;
    private final CaseLog caseLog;

    Waitlist(Families families, SeatRepository seats, SchoolOutcomes outcomes, TransportRequests transport,
             OutcomeRecorder outcome, ReferenceData city, Ledger ledger, CaseLog caseLog) {
        this.families = families;
        this.seats = seats;
        this.outcomes = outcomes;
        this.transport = transport;
        this.outcome = outcome;
        this.city = city;
        this.ledger = ledger;
        this.caseLog = caseLog;
    }

    void offer(Seat freed) {
        School school = city.school(freed.schoolCode()).orElseThrow(() -> new IllegalStateException(
                "School " + freed.schoolCode() + " holds seats in the ledger but is no longer in the reference data"));
        // Not under the waiting family's lock (that could deadlock with its own placement): the seat is
        // taken first, then offered down the list; a child placed otherwise in the meantime (another
        // seat given back at the same moment) passes it on to the next, and nobody left gives it back.
        if (!ledger.takeSeat(school.code(), freed.schoolYear(), freed.grade())) {
            return;
        }
        UUID childId = null;
        Family family = null;
        for (UUID passed = null; childId == null; ) {
            // Read committed: a child placed by the other transaction is no longer waiting when asked again.
            Optional<UUID> next = seats.firstWaiting(school.district().name(), freed.schoolYear(), freed.grade());
            if (next.isEmpty() || next.get().equals(passed)) {
                ledger.releaseSeat(school.code(), freed.schoolYear(), freed.grade());
                return;
            }
            Family candidate = families.of(next.get());
            if (seats.fromWaitlist(next.get(), school, candidate.distanceTo(school.location()))) {
                childId = next.get();
                family = candidate;
            } else {
                passed = next.get();
            }
        }
        caseLog.record(family.applicationId(), TimelineEntryType.SCHOOL_FROM_WAITLIST, CaseLog.SYSTEM,
                "child " + childId + ": " + school.code() + " grade " + freed.grade());
        Seat placed = seats.of(childId).orElseThrow();
        transport.sync(childId, family, placed, outcomes.of(placed, family).transport());
        outcome.record(childId, family.child().schoolEntry(), CaseLog.SYSTEM);
    }
}
