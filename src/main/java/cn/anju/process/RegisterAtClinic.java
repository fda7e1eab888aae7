package cn.anju.process;

import cn.anju.placement.PlacementService;
import cn.anju.process.ProcessIds.Var;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Registers the child at the nearest clinic with capacity (health checks for 0-6) and says whether
 * the clinic must catch up vaccinations, and by when: a flag and a date, no personal data.
 */
@Component("registerAtClinic")
class RegisterAtClinic implements JavaDelegate {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final PlacementService placements;

    RegisterAtClinic(PlacementService placements) {
        this.placements = placements;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var v = ProcessVariables.of(execution);
        placements.registerAtClinic(v.childId());
        boolean catchUp = placements.needsCatchUpVaccination(v.childId());
        v.set(Var.CATCH_UP_VACCINATION, catchUp);
        if (catchUp) {
            v.set(Var.CATCH_UP_DUE, Date.from(placements.catchUpVaccinationDue().atTime(17, 0).atZone(CHINA).toInstant()));
        }
    }
}
