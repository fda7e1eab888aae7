package cn.anju.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds. Every node runs it; a row is claimed by one of them with a conditional
 * update, and a claim older than {@code claim-timeout} may be taken over, so a crashed node loses
 * nothing. A node that dies between sending and recording it may cause a second message: at-least-once
 * is all an SMTP server or SMS gateway allows, and each channel already sent is not sent again.
 */
@Component
class NotificationDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

    private final NotificationOutbox outbox;
    private final NotificationRenderer renderer;
    private final EmailChannel email;
    private final SmsGateway sms;
    private final NotificationProperties properties;
    private final Clock clock;
    private final Counter sent;
    private final Counter failed;
    private final String node = nodeName();

    NotificationDispatcher(NotificationOutbox outbox, NotificationRenderer renderer, EmailChannel email, SmsGateway sms,
                           NotificationProperties properties, Clock clock, MeterRegistry metrics) {
        this.outbox = outbox;
        this.renderer = renderer;
        this.email = email;
        this.sms = sms;
        this.properties = properties;
        this.clock = clock;
        this.sent = Counter.builder("anju.notifications.sent").description("Notifications sent").register(metrics);
        this.failed = Counter.builder("anju.notifications.failed")
                .description("Notifications given up after the last attempt").register(metrics);
    }

    @Scheduled(fixedDelayString = "${anju.notifications.dispatch-interval}",
            initialDelayString = "${anju.notifications.dispatch-interval}")
    void dispatchDue() {
        dispatch();
    }

    /** One pass over the rows due now; returns how many this call sent. Safe to run on many threads and nodes. */
    int dispatch() {
        Instant start = clock.instant();
        int delivered = 0;
        for (long id : outbox.due(start, start.minus(properties.claimTimeout()), properties.batchSize())) {
            // Each claim is stamped with its own moment: a slow mail server must not make the rows
            // claimed late in a long batch look abandoned to another node while this one sends them.
            Instant now = clock.instant();
            if (now.isAfter(start.plus(properties.claimTimeout().dividedBy(2)))) {
                break;
            }
            Optional<NotificationOutbox.Claim> claim = outbox.claim(id, node, now, now.minus(properties.claimTimeout()));
            if (claim.isPresent() && deliver(claim.get())) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean deliver(NotificationOutbox.Claim claim) {
        NotificationOutbox.Row row = claim.row();
        try {
            Optional<Rendered> rendered = renderer.render(row);
            if (rendered.isEmpty()) {
                outbox.skipped(claim, clock.instant());
                return false;
            }
            Rendered message = rendered.get();
            // Each channel on its own: a mail server that is down does not hold back the SMS, nor the reverse.
            RuntimeException emailProblem = row.emailSent() ? null : attempt(() -> {
                if (email.send(row.id(), message)) {
                    outbox.emailSent(claim, clock.instant());
                }
            });
            boolean smsDue = !row.smsSent() && properties.sms().enabled() && message.mobile() != null;
            RuntimeException smsProblem = !smsDue ? null : attempt(() -> {
                sms.send(message.mobile(), message.sms());
                outbox.smsSent(claim, clock.instant());
            });
            if (emailProblem != null || smsProblem != null) {
                throw emailProblem != null ? emailProblem : smsProblem;
            }
            if (!outbox.sent(claim, clock.instant())) {
                // Another node took the row over meanwhile: it finishes it and counts it.
                return false;
            }
            sent.increment();
            return true;
        } catch (RuntimeException e) {
            attemptFailed(claim, e);
            return false;
        }
    }

    private static RuntimeException attempt(Runnable channel) {
        try {
            channel.run();
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    /** Logs the row id and the exception's class only: a mail exception's text may hold the family's address. */
    private void attemptFailed(NotificationOutbox.Claim claim, RuntimeException e) {
        int attempts = claim.row().attempts();
        boolean givingUp = attempts >= properties.maxAttempts();
        Instant next = clock.instant().plus(properties.delayAfter(attempts));
        outbox.attemptFailed(claim, givingUp, next, e.getClass().getName());
        if (givingUp) {
            failed.increment();
            log.warn("Notification {} FAILED after {} attempts ({}); not retried", claim.row().id(), attempts,
                    e.getClass().getSimpleName());
        } else {
            log.info("Notification {} not sent, attempt {} ({}); retried at {}", claim.row().id(), attempts,
                    e.getClass().getSimpleName(), next);
        }
    }

    private static String nodeName() {
        String name = ManagementFactory.getRuntimeMXBean().getName();
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
