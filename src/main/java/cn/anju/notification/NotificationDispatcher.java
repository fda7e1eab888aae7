package cn.anju.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.management.ManagementFactory;
import cn.anju.notification.NotificationClaims.Outcome;
import cn.anju.notification.NotificationOutbox.Claim;
import cn.anju.notification.NotificationOutbox.Status;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds. Every node runs it; rows are claimed a batch at a time, each by one node
 * with a conditional update ({@link NotificationClaims}), and a claim older than {@code claim-timeout}
 * may be taken over, so a crashed node loses nothing. A node that dies between sending and recording it may cause a second message: at-least-once
 * is all an SMTP server or SMS gateway allows, and each channel already sent is not sent again.
 */
@Component
class NotificationDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

    /** A backlog is sent in passes of at most this long: the scheduler's one thread also runs other work. */
    private static final Duration LONGEST_PASS = Duration.ofSeconds(10);

    private final NotificationClaims claims;
    private final TransactionTemplate readOnly;
    private final NotificationRenderer renderer;
    private final EmailChannel email;
    private final SmsGateway sms;
    private final NotificationProperties properties;
    private final Clock clock;
    private final Counter sent;
    private final Counter failed;
    private final String node = nodeName();

    NotificationDispatcher(NotificationClaims claims, NotificationRenderer renderer, EmailChannel email, SmsGateway sms,
                           NotificationProperties properties, Clock clock, MeterRegistry metrics,
                           PlatformTransactionManager transactions) {
        this.claims = claims;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
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

    /**
     * One pass over the rows due now, a batch at a time while batches come back full; returns how many
     * this call sent. Safe to run on many threads and nodes.
     */
    int dispatch() {
        Instant passStart = clock.instant();
        Duration passLimit = min(properties.claimTimeout().dividedBy(2), LONGEST_PASS);
        int delivered = 0;
        List<Claim> batch;
        do {
            Instant claimedAt = clock.instant();
            batch = claims.claimDue(node, claimedAt, claimedAt.minus(properties.claimTimeout()), properties.batchSize());
            delivered += deliver(batch, claimedAt.plus(properties.claimTimeout().dividedBy(2)));
        } while (batch.size() == properties.batchSize() && clock.instant().isBefore(passStart.plus(passLimit)));
        return delivered;
    }

    /**
     * Renders the batch in one read-only transaction, then sends and records message by message. Rows not
     * attempted by sendBy (a slow mail server) are given back, so that no claim is held long enough to look
     * abandoned to another node while this one still sends.
     */
    private int deliver(List<Claim> batch, Instant sendBy) {
        if (batch.isEmpty()) {
            return 0;
        }
        Map<Long, Prepared> rendered = readOnly.execute(status -> {
            Map<Long, Prepared> texts = new HashMap<>();
            batch.forEach(claim -> texts.put(claim.row().id(), renderOrProblem(claim.row())));
            return texts;
        });
        int delivered = 0;
        for (int i = 0; i < batch.size(); i++) {
            if (clock.instant().isAfter(sendBy)) {
                claims.release(batch.subList(i, batch.size()));
                break;
            }
            Claim claim = batch.get(i);
            if (deliver(claim, rendered.get(claim.row().id()))) {
                delivered++;
            }
        }
        return delivered;
    }

    /** A message rendered (empty: nothing left to say), or why it could not be. */
    private record Prepared(Optional<Rendered> message, RuntimeException problem) {
    }

    private Prepared renderOrProblem(NotificationOutbox.Row row) {
        try {
            return new Prepared(renderer.render(row), null);
        } catch (RuntimeException e) {
            return new Prepared(Optional.empty(), e);
        }
    }

    private boolean deliver(Claim claim, Prepared prepared) {
        NotificationOutbox.Row row = claim.row();
        if (prepared.problem() != null) {
            attemptFailed(claim, prepared.problem(), false, false);
            return false;
        }
        if (prepared.message().isEmpty()) {
            claims.record(claim, new Outcome(Status.SKIPPED, clock.instant(), null, null, false, false));
            return false;
        }
        Rendered message = prepared.message().get();
        // Each channel on its own: a mail server that is down does not hold back the SMS, nor the reverse.
        boolean[] emailed = {false};
        RuntimeException emailProblem = row.emailSent() ? null : attempt(() -> emailed[0] = email.send(row.id(), message));
        boolean smsDue = !row.smsSent() && properties.sms().enabled() && message.mobile() != null;
        RuntimeException smsProblem = !smsDue ? null : attempt(() -> sms.send(message.mobile(), message.sms()));
        boolean texted = smsDue && smsProblem == null;
        if (emailProblem != null || smsProblem != null) {
            attemptFailed(claim, emailProblem != null ? emailProblem : smsProblem, emailed[0], texted);
            return false;
        }
        if (!claims.record(claim, new Outcome(Status.SENT, clock.instant(), null, null, emailed[0], texted))) {
            // Another node took the row over meanwhile: it finishes it and counts it.
            return false;
        }
        sent.increment();
        return true;
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
    private void attemptFailed(Claim claim, RuntimeException e, boolean emailed, boolean texted) {
        int attempts = claim.row().attempts();
        boolean givingUp = attempts >= properties.maxAttempts();
        Instant now = clock.instant();
        Instant next = now.plus(properties.delayAfter(attempts));
        String error = e.getClass().getName();
        claims.record(claim, new Outcome(givingUp ? Status.FAILED : Status.PENDING, now, next,
                error.length() > 200 ? error.substring(0, 200) : error, emailed, texted));
        if (givingUp) {
            failed.increment();
            log.warn("Notification {} FAILED after {} attempts ({}); not retried", claim.row().id(), attempts,
                    e.getClass().getSimpleName());
        } else {
            log.info("Notification {} not sent, attempt {} ({}); retried at {}", claim.row().id(), attempts,
                    e.getClass().getSimpleName(), next);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String nodeName() {
        String name = ManagementFactory.getRuntimeMXBean().getName();
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
