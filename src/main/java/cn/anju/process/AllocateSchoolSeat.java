package cn.anju.process;

import cn.anju.placement.PlacementService;
import cn.anju.placement.PlacementService.SchoolOutcome;
import cn.anju.process.ProcessIds.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Takes a seat from the ledger (or a waitlist place) and tells the process how it went and whether transport is needed. */
@Component("allocateSchoolSeat")
class AllocateSchoolSeat implements JavaDelegate {

    private final PlacementService placements;

    AllocateSchoolSeat(PlacementService placements) {
        this.placements = placements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var v = ProcessVariables.of(execution);
        SchoolOutcome outcome = placements.allocateSchool(v.childId(), v.integer(Var.GRADE));
        v.set(Var.SCHOOL_PLACEMENT, outcome.basis().name());
        v.set(Var.TRANSPORT_NEEDED, outcome.placed() && outcome.transport().needed());
    }
}
