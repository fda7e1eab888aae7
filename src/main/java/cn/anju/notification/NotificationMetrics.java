package cn.anju.notification;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** anju_notifications{status=...}: the outbox by status when scraped; FAILED above zero wants an operator. */
@Component
class NotificationMetrics implements MeterBinder {

    private final NotificationOutbox outbox;

    NotificationMetrics(NotificationOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (NotificationOutbox.Status status : NotificationOutbox.Status.values()) {
            Gauge.builder("anju.notifications", outbox, o -> o.count(status))
                    .description("Notifications in the outbox by status")
                    .tag("status", status.name())
                    .register(registry);
        }
    }
}
