package cn.anju.process;

import cn.anju.application.CaseLog;
import cn.anju.placement.PlacementService;
import cn.anju.process.ProcessIds.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Writes the automatic placement, with its reasons, into the child's file. */
@Component("recordChildOutcome")
class RecordChildOutcome implements JavaDelegate {

    private final PlacementService placements;

    RecordChildOutcome(PlacementService placements) {
        this.placements = placements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var v = ProcessVariables.of(execution);
        placements.recordOutcome(v.childId(), v.text(Var.SCHOOL_ENTRY), CaseLog.SYSTEM);
    }
}
