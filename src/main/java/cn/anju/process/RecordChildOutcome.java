package cn.anju.process;

import cn.anju.placement.PlacementService;
import cn.anju.process.ProcessIds.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Writes what the education and health officers recorded into the child's outcome. */
@Component("recordChildOutcome")
class RecordChildOutcome implements JavaDelegate {

    private final PlacementService placements;

    RecordChildOutcome(PlacementService placements) {
        this.placements = placements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var v = ProcessVariables.of(execution);
        placements.record(v.childId(), v.text(Var.SCHOOL_ENTRY), v.text(Var.SCHOOL_NAME), v.integer(Var.GRADE), v.text(Var.TRANSPORT),
                v.text(Var.CLINIC_NAME), v.text(Var.SCHOOL_RECORDED_BY), v.text(Var.CLINIC_RECORDED_BY));
    }
}
