package cn.anju.application;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** anju_applications{status=...}: applications by status, read from the status projection when scraped. */
@Component
class ApplicationMetrics implements MeterBinder {

    private final ApplicationSummaries applications;

    ApplicationMetrics(ApplicationSummaries applications) {
        this.applications = applications;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            Gauge.builder("anju.applications", applications, a -> a.countByStatus().getOrDefault(status, 0L))
                    .description("Applications by status")
                    .tag("status", status.name())
                    .register(registry);
        }
    }
}
