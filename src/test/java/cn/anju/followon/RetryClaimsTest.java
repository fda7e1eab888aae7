package cn.anju.followon;

import static org.assertj.core.api.Assertions.assertThat;

import cn.anju.AnjuSpringBootTest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A retry resubmits only what failed, or what has been unfinished so long that its node must have
 * died; a reaction merely queued or running is left alone; and of two nodes asking at once, one wins.
 */
@AnjuSpringBootTest
class RetryClaimsTest {

    private static final Duration RETRY_AFTER = Duration.ofMinutes(1);
    private static final Duration STALE_AFTER = Duration.ofMinutes(15);
    /** A listener nobody has, on an event the registry can read back (it reads every incomplete row). */
    private static final String LISTENER = "cn.anju.Test.on(cn.anju.application.ApplicationWithdrawn)";

    @Autowired FailedReactions failures;
    @Autowired JdbcClient jdbc;

    // Far ahead of the real clock: the context's own scheduled retry never touches these rows.
    private final Instant now = Instant.parse("2099-12-02T10:00:00Z");

    @AfterEach
    void clean() {
        jdbc.sql("delete from follow_on_failure where listener_id = ?").param(LISTENER).update();
        jdbc.sql("delete from event_publication where listener_id = ?").param(LISTENER).update();
    }

    @Test
    void aReactionStillQueuedOrRunningIsNotStartedASecondTime() {
        UUID queued = publication("{\"n\":1}", now.minus(Duration.ofMinutes(5)));
        assertThat(failures.claim(queued, now, RETRY_AFTER, STALE_AFTER)).isFalse();
    }

    @Test
    void aFailedReactionIsClaimedOncePerRetryPeriod() {
        UUID failed = publication("{\"n\":2}", now.minus(Duration.ofMinutes(5)));
        jdbc.sql("""
                insert into follow_on_failure (listener_id, serialized_event, attempts, last_error, failed_at)
                values (?, ?, 1, 'UndrawableTextException', ?)""")
                .params(LISTENER, "{\"n\":2}", now.minusSeconds(30).atOffset(ZoneOffset.UTC)).update();
        assertThat(failures.claim(failed, now, RETRY_AFTER, STALE_AFTER)).isTrue();
        assertThat(failures.claim(failed, now.plusSeconds(10), RETRY_AFTER, STALE_AFTER))
                .as("the other node, or the next retry within the period").isFalse();
        assertThat(failures.claim(failed, now.plus(RETRY_AFTER).plusSeconds(1), RETRY_AFTER, STALE_AFTER)).isTrue();
    }

    @Test
    void aReactionUnfinishedPastTheStaleLimitIsTakenAsLostAndRerunOnce() {
        UUID lost = publication("{\"n\":3}", now.minus(STALE_AFTER).minusSeconds(1));
        assertThat(failures.claim(lost, now, RETRY_AFTER, STALE_AFTER)).isTrue();
        assertThat(failures.claim(lost, now, RETRY_AFTER, STALE_AFTER)).isFalse();
    }

    @Test
    void aCompletedReactionIsNotClaimed() {
        assertThat(failures.claim(UUID.randomUUID(), now, RETRY_AFTER, STALE_AFTER)).isFalse();
    }

    private UUID publication(String event, Instant publishedAt) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date)
                values (?, ?, 'cn.anju.application.ApplicationWithdrawn', ?, ?)""")
                .params(id, LISTENER, event, publishedAt.atOffset(ZoneOffset.UTC)).update();
        return id;
    }
}
