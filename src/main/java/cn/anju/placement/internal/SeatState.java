package cn.anju.placement.internal;

import cn.anju.application.ApplicationStatus;
import java.util.Optional;

/**
 * The one rule for the state of a child's places, whether the application's decision comes before
 * placement (the rules approve straight-through cases before their children are placed) or after it
 * (the reaction to the decision): approved, the places are the child's; refused or withdrawn, they go
 * back; undecided, they are held.
 */
final class SeatState {

    private SeatState() {
    }

    /** A seat written now, for an application in this state. */
    static SeatStatus forDecision(ApplicationStatus decision) {
        return decision == ApplicationStatus.APPROVED ? SeatStatus.TAKEN : SeatStatus.HELD;
    }

    static RegistrationStatus registrationForDecision(ApplicationStatus decision) {
        return decision == ApplicationStatus.APPROVED ? RegistrationStatus.REGISTERED : RegistrationStatus.HELD;
    }

    /** What a decision does to the places written before it: empty while the case is open. */
    static Optional<SeatStatus> afterDecision(ApplicationStatus decision) {
        return switch (decision) {
            case APPROVED -> Optional.of(SeatStatus.TAKEN);
            case REJECTED, WITHDRAWN -> Optional.of(SeatStatus.RELEASED);
            default -> Optional.empty();
        };
    }

    /**
     * {@link #forDecision} as SQL of an update of school_seat, for writes outside the family's lock (the
     * waitlist) and officers' changes: the database reads the decision when it writes the row, so a
     * decision committed in the meantime is never missed.
     */
    static String seatSql() {
        return sql(forDecision(ApplicationStatus.APPROVED).name(), forDecision(ApplicationStatus.SUBMITTED).name());
    }

    /** {@link #registrationForDecision} as SQL of an update of clinic_registration. */
    static String registrationSql() {
        return sql(registrationForDecision(ApplicationStatus.APPROVED).name(),
                registrationForDecision(ApplicationStatus.SUBMITTED).name());
    }

    private static String sql(String approved, String otherwise) {
        return """
                case when exists (select 1 from application a where a.id = application_id and a.status = '%s')
                     then '%s' else '%s' end""".formatted(ApplicationStatus.APPROVED.name(), approved, otherwise);
    }
}
