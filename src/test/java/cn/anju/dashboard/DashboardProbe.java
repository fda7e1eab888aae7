package cn.anju.dashboard;

import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;

/** For benchmarks outside this package: the dashboard's figures as the page asks for them (default period). */
public final class DashboardProbe {

    private DashboardProbe() {
    }

    /** Each query of the whole city's figures on its own, by name, for timing them apart. */
    public static java.util.Map<String, Supplier<Object>> eachQuery(ApplicationContext app) {
        DashboardService dashboard = app.getBean(DashboardService.class);
        DashboardQueries queries = app.getBean(DashboardQueries.class);
        PlacementFigures ledger = app.getBean(PlacementFigures.class);
        DashboardFilter f = dashboard.filter(null, null, null);
        var all = new java.util.LinkedHashMap<String, Supplier<Object>>();
        all.put("statusAndStage", () -> queries.statusAndStage(f));
        all.put("medianSecondsToDecision", () -> queries.medianSecondsToDecision(f));
        all.put("openCases", () -> queries.openCases(f));
        all.put("schoolWay", () -> queries.schoolWay(f));
        all.put("waitlist", () -> ledger.waitlist(f));
        all.put("seatsBySchool", ledger::seatsBySchool);
        all.put("clinicRegistrations", () -> ledger.clinicRegistrations(f));
        return all;
    }

    /** The figures of one district (its English name), or of the whole city when null. */
    public static Supplier<Object> figures(ApplicationContext app, String district) {
        DashboardService dashboard = app.getBean(DashboardService.class);
        return () -> dashboard.figures(dashboard.filter(district, null, null));
    }
}
