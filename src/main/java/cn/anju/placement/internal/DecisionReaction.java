package cn.anju.placement.internal;

import cn.anju.application.ApplicationDecided;
import cn.anju.application.CaseLog;
import cn.anju.application.TimelineEntryType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Approved: the held seats and registrations become the child's. Refused: they go back to the ledger
 * and to the waitlist. After the decision's commit, in a transaction of its own (retried until it
 * succeeds): a waiting family's new seat never fails or slows the decision of another. Idempotent: a
 * second delivery finds nothing held and nothing left to release.
 */
@Component
class DecisionReaction {

    private final Families families;
    private final SeatRepository seats;
    private final RegistrationRepository registrations;
    private final TransportRequests transport;
    private final Waitlist waitlist;
    private final Ledger ledger;
    private final CaseLog caseLog;

    DecisionReaction(Families families, SeatRepository seats, RegistrationRepository registrations,
                     TransportRequests transport, Waitlist waitlist, Ledger ledger, CaseLog caseLog) {
        this.families = families;
        this.seats = seats;
        this.registrations = registrations;
        this.transport = transport;
        this.waitlist = waitlist;
        this.ledger = ledger;
        this.caseLog = caseLog;
    }

    @ApplicationModuleListener
    public void on(ApplicationDecided decided) {
        UUID applicationId = decided.applicationId();
        families.lock(applicationId);
        SeatState.afterDecision(decided.status()).ifPresent(status -> {
            if (status == SeatStatus.RELEASED) {
                release(applicationId);
            } else {
                seats.keep(applicationId, status);
                registrations.keep(applicationId, SeatState.registrationForDecision(decided.status()));
            }
        });
    }

    private void release(UUID applicationId) {
        List<Seat> given = new ArrayList<>();
        for (Seat seat : seats.keptBy(applicationId)) {
            if (seat.schoolCode() != null) {
                ledger.releaseSeat(seat.schoolCode(), seat.schoolYear(), seat.grade());
                given.add(seat);
            }
        }
        for (Registration r : registrations.keptBy(applicationId)) {
            if (r.clinicCode() != null) {
                ledger.releaseRegistration(r.clinicCode());
            }
        }
        int seatsReleased = seats.release(applicationId);
        int clinicsReleased = registrations.release(applicationId);
        transport.cancelAll(applicationId);
        registrations.cancelHealthChecks(applicationId);
        if (seatsReleased + clinicsReleased > 0) {
            caseLog.record(applicationId, TimelineEntryType.PLACES_RELEASED, CaseLog.SYSTEM,
                    seatsReleased + " school places, " + clinicsReleased + " clinic places");
        }
        given.forEach(waitlist::offer);
    }
}
