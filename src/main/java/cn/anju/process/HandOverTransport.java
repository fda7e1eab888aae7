package cn.anju.process;

import cn.anju.placement.PlacementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Puts the child's bus stop or subsidy on the transport authority's queue (once per child and school). */
@Component("handOverTransport")
class HandOverTransport implements JavaDelegate {

    private final PlacementService placements;

    HandOverTransport(PlacementService placements) {
        this.placements = placements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        placements.handOverTransport(ProcessVariables.of(execution).childId());
    }
}
