package cn.anju.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class FixedWindowRateLimitTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-29T10:15:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @Test
    void aClientGetsItsShareOfTheWindowThenWaitsForTheNext() {
        var limit = new FixedWindowRateLimit(2, Duration.ofHours(1), clock);
        assertThat(limit.tryAcquire("10.0.0.1")).isZero();
        assertThat(limit.tryAcquire("10.0.0.1")).isZero();
        assertThat(limit.tryAcquire("10.0.0.1")).isEqualTo(45 * 60);
        assertThat(limit.tryAcquire("10.0.0.2")).as("another client").isZero();

        now.set(Instant.parse("2026-11-29T11:00:00Z"));
        assertThat(limit.tryAcquire("10.0.0.1")).isZero();
    }
}
