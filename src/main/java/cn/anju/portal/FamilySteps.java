package cn.anju.portal;

import cn.anju.application.Application;
import cn.anju.application.ApplicationStatus;
import cn.anju.application.Child;
import cn.anju.application.IssuedCertificate;
import cn.anju.application.Stage;
import java.util.ArrayList;
import java.util.List;

/**
 * Which of the family's steps are done, which one the case is at, and which will not come (a refused
 * or withdrawn case places no children). Read from the status projection alone, never from the engine.
 */
final class FamilySteps {

    enum State { DONE, CURRENT, TODO, SKIPPED }

    record Step(FamilyStep step, State state) {
    }

    private FamilySteps() {
    }

    static List<Step> of(Application a, List<IssuedCertificate> certificates) {
        List<Step> steps = new ArrayList<>();
        boolean currentSeen = false;
        for (FamilyStep step : FamilyStep.values()) {
            State state;
            if (done(step, a, certificates)) {
                state = State.DONE;
            } else if (a.status().isDecided()) {
                state = State.SKIPPED;
            } else {
                state = currentSeen ? State.TODO : State.CURRENT;
                currentSeen = true;
            }
            steps.add(new Step(step, state));
        }
        return steps;
    }

    /** The step the case is at: the first not done; none once everything that will happen has. */
    static FamilyStep current(List<Step> steps) {
        return steps.stream().filter(s -> s.state() == State.CURRENT).map(Step::step).findFirst().orElse(null);
    }

    private static boolean done(FamilyStep step, Application a, List<IssuedCertificate> certificates) {
        ApplicationStatus status = a.status();
        return switch (step) {
            case SUBMITTED -> true;
            // The evidence is checked once the case has gone past the review, whichever way it went.
            case CHECKED -> status.isDecided() && status != ApplicationStatus.WITHDRAWN
                    || a.stage() == Stage.CHILD_PLACEMENT || a.stage() == Stage.DECISION
                    || a.stage() == Stage.CERTIFICATES;
            case DECIDED -> status.isDecided();
            // A place held before the decision is only provisional: placed means approved and placed.
            case CHILDREN_PLACED -> status == ApplicationStatus.APPROVED
                    && a.children().stream().allMatch(FamilySteps::placed);
            case CERTIFICATES_READY -> status == ApplicationStatus.APPROVED && !certificates.isEmpty();
        };
    }

    /** A clinic for every child; a school too unless the child is not of school age (schoolEntry says). */
    private static boolean placed(Child child) {
        Child.Placement p = child.placement();
        return p.clinicName() != null && (p.schoolName() != null || p.schoolEntry() != null);
    }
}
