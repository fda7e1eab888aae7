package cn.anju.followon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Why a reaction failed, kept beside its publication (listener id and event JSON, as the registry
 * stores them) so that managers see the reason, not only the age; and the claims by which one node
 * at a time reruns a failed reaction.
 */
@Component
class FailedReactions {

    private static final Logger log = LoggerFactory.getLogger(FailedReactions.class);
    private static final int MAX_ERROR = 1000;

    private record Publication(String listener, String event, Instant publishedAt) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    /** The registry serializes events with the application's ObjectMapper, so the same JSON finds its row. */
    FailedReactions(JdbcClient jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** A reaction threw: its publication stays incomplete (retried later); the reason is kept. */
    void failed(Method listenerMethod, Object[] params, Throwable error) {
        String listener = listenerId(listenerMethod);
        String event = params.length == 1 ? serialized(params[0]) : Arrays.toString(params);
        String reason = error.getClass().getSimpleName() + ": " + error.getMessage();
        log.warn("Reaction {} to {} failed, to be retried: {}", listener, event, reason, error);
        reason = reason.length() > MAX_ERROR ? reason.substring(0, MAX_ERROR) : reason;
        try {
            record(listener, event, reason, utc(clock.instant()));
        } catch (RuntimeException e) {
            log.warn("Could not record why {} failed", listener, e); // the publication is still retried
        }
    }

    private void record(String listener, String event, String reason, OffsetDateTime failedAt) {
        if (jdbc.sql("""
                update follow_on_failure set attempts = attempts + 1, last_error = ?, failed_at = ?
                where listener_id = ? and serialized_event = ?""")
                .params(reason, failedAt, listener, event).update() == 0) {
            jdbc.sql("""
                    insert into follow_on_failure (listener_id, serialized_event, attempts, last_error, failed_at)
                    values (?, ?, 1, ?, ?)""").params(listener, event, reason, failedAt).update();
        }
    }

    /**
     * Whether this node may resubmit the publication now: it failed (or has not finished for longer
     * than {@code staleAfter}, as when a node died running it) and nobody claimed it within
     * {@code retryAfter}. The claim is one conditional update (or insert), so of two nodes one wins.
     */
    boolean claim(UUID publicationId, Instant now, Duration retryAfter, Duration staleAfter) {
        Optional<Publication> found = jdbc.sql("""
                        select listener_id, serialized_event, publication_date from event_publication where id = ?""")
                .param(publicationId)
                .query((rs, n) -> new Publication(rs.getString(1), rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .optional();
        if (found.isEmpty()) {
            return false; // completed meanwhile
        }
        Publication p = found.get();
        if (jdbc.sql("""
                update follow_on_failure set claimed_at = ? where listener_id = ? and serialized_event = ?
                  and (claimed_at is null or claimed_at < ?)""")
                .params(utc(now), p.listener(), p.event(), utc(now.minus(retryAfter))).update() == 1) {
            return true;
        }
        if (!p.publishedAt().isBefore(now.minus(staleAfter))) {
            return false; // queued or running: left alone
        }
        try {
            return jdbc.sql("""
                    insert into follow_on_failure (listener_id, serialized_event, attempts, last_error, failed_at,
                        claimed_at) values (?, ?, 0, ?, ?, ?)""")
                    .params(p.listener(), p.event(), "not finished after " + staleAfter, utc(now), utc(now))
                    .update() == 1;
        } catch (DataIntegrityViolationException claimedElsewhere) {
            return false;
        }
    }

    /** Reasons of reactions that have since succeeded go. */
    void forgetSucceeded() {
        jdbc.sql("""
                delete from follow_on_failure f where not exists (select 1 from event_publication p
                  where p.listener_id = f.listener_id and p.serialized_event = f.serialized_event
                    and p.completion_date is null)""").update();
    }

    /** The id Spring gives a method listener, which the publication registry stores. */
    static String listenerId(Method method) {
        return method.getDeclaringClass().getName() + "." + method.getName() + Arrays.stream(method.getParameterTypes())
                .map(Class::getName).collect(Collectors.joining(",", "(", ")"));
    }

    private String serialized(Object event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            return String.valueOf(event);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
