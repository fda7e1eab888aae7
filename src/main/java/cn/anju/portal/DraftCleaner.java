package cn.anju.portal;

import cn.anju.application.ApplicationRepository;
import cn.anju.application.ApplicationSubmitted;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A draft holds the family's identity numbers and phone: it goes when the application is submitted
 * (in the same transaction, whatever the browser does afterwards), and an abandoned one after the
 * retention period.
 */
@Component
class DraftCleaner {

    private final Drafts drafts;
    private final ApplicationRepository applications;
    private final Clock clock;
    private final Duration retention;

    DraftCleaner(Drafts drafts, ApplicationRepository applications, Clock clock,
                 @Value("${anju.portal.draft-retention:90d}") Duration retention) {
        this.drafts = drafts;
        this.applications = applications;
        this.clock = clock;
        this.retention = retention;
    }

    @EventListener
    void on(ApplicationSubmitted submitted) {
        applications.findScope(submitted.applicationId()).ifPresent(scope -> drafts.delete(scope.ownerAccount()));
    }

    @Scheduled(cron = "${anju.portal.draft-cleanup-cron:0 30 3 * * *}")
    void removeAbandoned() {
        drafts.deleteOlderThan(clock.instant().minus(retention));
    }
}
