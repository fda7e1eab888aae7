package cn.anju.notification;

import cn.anju.application.ApplicantAsked;
import cn.anju.application.ApplicantReminded;
import cn.anju.application.ApplicationDecided;
import cn.anju.application.ApplicationSubmitted;
import cn.anju.application.CertificatesIssued;
import cn.anju.application.Sha256;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Each moment the family hears of becomes one outbox row, written synchronously in the transaction
 * that announced it: committed with the change, or gone with it when the job rolls back.
 */
@Component
class NotificationListeners {

    private final NotificationOutbox outbox;
    private final Clock clock;

    NotificationListeners(NotificationOutbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @EventListener
    void on(ApplicationSubmitted submitted) {
        add(submitted.applicationId(), Moment.RECEIVED, "");
    }

    @EventListener
    void on(ApplicantAsked asked) {
        add(asked.applicationId(), Moment.ITEMS_MISSING, asked.noticeId().toString());
    }

    @EventListener
    void on(ApplicantReminded reminded) {
        add(reminded.applicationId(), Moment.RESPONSE_DUE, reminded.noticeId().toString());
    }

    @EventListener
    void on(ApplicationDecided decided) {
        switch (decided.status()) {
            case APPROVED -> add(decided.applicationId(), Moment.APPROVED, "");
            case REJECTED -> add(decided.applicationId(), Moment.REJECTED, "");
            case WITHDRAWN -> add(decided.applicationId(), Moment.WITHDRAWN, "");
            default -> {
                // Not a decision the family is told about.
            }
        }
    }

    /** The batch is named by its codes: announcing the same documents again adds nothing. */
    @EventListener
    void on(CertificatesIssued issued) {
        String codes = String.join(",", issued.codes().stream().sorted().toList());
        add(issued.applicationId(), Moment.CERTIFICATES_READY,
                Sha256.hex(codes.getBytes(StandardCharsets.UTF_8)).substring(0, 16));
    }

    private void add(UUID applicationId, Moment moment, String discriminator) {
        outbox.add(applicationId, moment, discriminator, clock.instant());
    }
}
