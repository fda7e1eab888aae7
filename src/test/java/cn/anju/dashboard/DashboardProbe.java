package cn.anju.dashboard;

import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;

/** For benchmarks outside this package: the dashboard's figures as the page asks for them (default period). */
public final class DashboardProbe {

    private DashboardProbe() {
    }

    /** The figures of one district (its English name), or of the whole city when null. */
    public static Supplier<Object> figures(ApplicationContext app, String district) {
        DashboardService dashboard = app.getBean(DashboardService.class);
        return () -> dashboard.figures(dashboard.filter(district, null, null));
    }
}
