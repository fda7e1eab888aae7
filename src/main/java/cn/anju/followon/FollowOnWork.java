package cn.anju.followon;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Reactions still to do: after-commit listeners that failed, or have not finished yet. Every
 * {@code anju.follow-on.retry-every} the ones that failed (or stayed unfinished past
 * {@code stale-after}) are claimed and run again; every listener is idempotent, so a rerun does
 * nothing twice.
 */
@Service
public class FollowOnWork {

    private static final Logger log = LoggerFactory.getLogger(FollowOnWork.class);

    /** One reaction waiting: which listener, for which event, since when; how often and why it failed. */
    public record PendingReaction(UUID id, String listener, String eventType, String event, Instant publishedAt,
                                  Duration age, int failedAttempts, String lastError) {
    }

    private final IncompleteEventPublications incomplete;
    private final FailedReactions failures;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration retryAfter;
    private final Duration staleAfter;

    FollowOnWork(IncompleteEventPublications incomplete, FailedReactions failures, JdbcClient jdbc, Clock clock,
                 @Value("${anju.follow-on.retry-after:1m}") Duration retryAfter,
                 @Value("${anju.follow-on.stale-after:15m}") Duration staleAfter) {
        this.incomplete = incomplete;
        this.failures = failures;
        this.jdbc = jdbc;
        this.clock = clock;
        this.retryAfter = retryAfter;
        this.staleAfter = staleAfter;
    }

    /** Oldest first: the registry's own table, read as a list for managers. */
    public List<PendingReaction> pending() {
        Instant now = clock.instant();
        return jdbc.sql("""
                        select p.id, p.listener_id, p.event_type, p.serialized_event, p.publication_date, f.attempts,
                            f.last_error
                        from event_publication p left join follow_on_failure f
                          on f.listener_id = p.listener_id and f.serialized_event = p.serialized_event
                        where p.completion_date is null order by p.publication_date fetch first 500 rows only""")
                .query((rs, n) -> {
                    Instant published = rs.getObject(5, OffsetDateTime.class).toInstant();
                    return new PendingReaction(rs.getObject(1, UUID.class), shortName(rs.getString(2)),
                            shortName(rs.getString(3)), rs.getString(4), published, Duration.between(published, now),
                            rs.getInt(6), rs.getString(7));
                })
                .list();
    }

    private int pendingCount() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null")
                .query(Integer.class).single();
    }

    /**
     * Tries again every reaction that failed, and every one unfinished for longer than
     * {@code anju.follow-on.stale-after} (its node died running it). A reaction merely queued or
     * running is left alone, and of several nodes only the one that claims a reaction resubmits it.
     */
    @Scheduled(fixedDelayString = "${anju.follow-on.retry-every:1m}",
            initialDelayString = "${anju.follow-on.retry-every:1m}")
    public void retry() {
        resubmit(retryAfter);
    }

    /** Tries again now every reaction that failed (managers, tests). */
    public void retryAll() {
        resubmit(Duration.ZERO);
    }

    private void resubmit(Duration sinceLastClaim) {
        failures.forgetSucceeded();
        if (pendingCount() == 0) {
            return;
        }
        Instant now = clock.instant();
        Instant youngest = now.minus(sinceLastClaim);
        AtomicInteger claimed = new AtomicInteger();
        // Publications younger than a retry period are queued or running (the common case under load):
        // skipped without a query.
        incomplete.resubmitIncompletePublications(publication -> !publication.getPublicationDate().isAfter(youngest)
                && failures.claim(publication.getIdentifier(), now, sinceLastClaim, staleAfter)
                && claimed.incrementAndGet() > 0);
        if (claimed.get() > 0) {
            log.warn("{} failed follow-on reactions resubmitted", claimed.get());
        }
    }

    /** "cn.anju.certificate.internal.Reissuer.on(cn.anju.application.ChildPlacementChanged)" -> "Reissuer.on(ChildPlacementChanged)". */
    static String shortName(String qualified) {
        return qualified == null ? null : qualified.replaceAll("(?:[a-z_][a-z0-9_]*\\.)+([A-Z])", "$1");
    }
}
