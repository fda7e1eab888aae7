package cn.anju.followon;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Method;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.stereotype.Component;

/**
 * Why a reaction failed, kept beside its publication so that managers see the reason, not only the
 * age: an after-commit listener's exception ends here (the publication itself stays incomplete).
 */
@Component
class FailedReactions implements AsyncConfigurer, AsyncUncaughtExceptionHandler,
        org.springframework.beans.factory.DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(FailedReactions.class);
    private static final int MAX_ERROR = 1000;

    private final org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor pool =
            new org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor();
    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    /** The registry serializes events with the application's ObjectMapper, so the same JSON finds its row. */
    FailedReactions(JdbcClient jdbc, ObjectMapper json, Clock clock,
                    @org.springframework.beans.factory.annotation.Value("${anju.follow-on.threads:2}") int threads) {
        pool.setThreadNamePrefix("reaction-");
        pool.setCorePoolSize(threads);
        pool.setMaxPoolSize(threads);
        pool.setQueueCapacity(Integer.MAX_VALUE); // the registry holds every event anyway; never refuse one
        pool.setWaitForTasksToCompleteOnShutdown(true);
        pool.setAwaitTerminationSeconds(30);
        pool.initialize();
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Reactions get a pool of their own: the engine's job executor is the application's only other
     * executor, which makes Boot skip its default, and Spring's fallback would start a thread per event.
     */
    @Override
    public java.util.concurrent.Executor getAsyncExecutor() {
        return pool;
    }

    @Override
    public void destroy() {
        pool.shutdown();
    }

    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        return this;
    }

    @Override
    public void handleUncaughtException(Throwable error, Method method, Object... params) {
        String listener = listenerId(method);
        String event = params.length == 1 ? serialized(params[0]) : Arrays.toString(params);
        String reason = error.getClass().getSimpleName() + ": " + error.getMessage();
        log.warn("Reaction {} to {} failed, to be retried: {}", listener, event, reason, error);
        reason = reason.length() > MAX_ERROR ? reason.substring(0, MAX_ERROR) : reason;
        var failedAt = clock.instant().atOffset(ZoneOffset.UTC);
        try {
            record(listener, event, reason, failedAt);
        } catch (RuntimeException e) {
            log.warn("Could not record why {} failed", listener, e); // the publication is still retried
        }
    }

    private void record(String listener, String event, String reason, java.time.OffsetDateTime failedAt) {
        if (jdbc.sql("""
                update follow_on_failure set attempts = attempts + 1, last_error = ?, failed_at = ?
                where listener_id = ? and serialized_event = ?""")
                .params(reason, failedAt, listener, event).update() == 0) {
            jdbc.sql("""
                    insert into follow_on_failure (listener_id, serialized_event, attempts, last_error, failed_at)
                    values (?, ?, 1, ?, ?)""").params(listener, event, reason, failedAt).update();
        }
    }

    private String serialized(Object event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            return String.valueOf(event);
        }
    }

    /** The id Spring gives a method listener, which the publication registry stores. */
    static String listenerId(Method method) {
        return method.getDeclaringClass().getName() + "." + method.getName() + Arrays.stream(method.getParameterTypes())
                .map(Class::getName).collect(Collectors.joining(",", "(", ")"));
    }

    /**
     * Whether this node may resubmit the publication now: it failed (or has not finished for longer
     * than {@code staleAfter}, as when a node died running it) and nobody claimed it within
     * {@code retryAfter}. The claim is one conditional update, so of two nodes only one wins.
     */
    boolean claim(UUID publication, java.time.Instant now, java.time.Duration retryAfter,
                  java.time.Duration staleAfter) {
        var row = jdbc.sql("select listener_id, serialized_event, publication_date from event_publication where id = ?")
                .param(publication).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2),
                        rs.getObject(3, java.time.OffsetDateTime.class).toInstant().toString()}).optional();
        if (row.isEmpty()) {
            return false; // completed meanwhile
        }
        String listener = row.get()[0];
        String event = row.get()[1];
        var at = now.atOffset(ZoneOffset.UTC);
        if (jdbc.sql("""
                update follow_on_failure set claimed_at = ? where listener_id = ? and serialized_event = ?
                  and (claimed_at is null or claimed_at < ?)""")
                .params(at, listener, event, now.minus(retryAfter).atOffset(ZoneOffset.UTC)).update() == 1) {
            return true;
        }
        boolean stale = java.time.Instant.parse(row.get()[2]).isBefore(now.minus(staleAfter));
        if (!stale) {
            return false;
        }
        try {
            return jdbc.sql("""
                    insert into follow_on_failure (listener_id, serialized_event, attempts, last_error, failed_at,
                        claimed_at) values (?, ?, 0, ?, ?, ?)""")
                    .params(listener, event, "not finished after " + staleAfter, at, at).update() == 1;
        } catch (org.springframework.dao.DataIntegrityViolationException claimedElsewhere) {
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
}
