package cn.anju.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The throttle's arithmetic, with a clock the test moves. */
class LoginThrottleTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-28T01:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, 5, Duration.ofSeconds(1), Duration.ofMinutes(15), 1000);

    @Test
    void fiveFreeFailuresThenOneSecondDoublingUpToTheCap() {
        fail("manager", "10.0.0.66", 5);
        assertThat(throttle.mayTry("manager", "10.0.0.66")).isFalse();
        clock.move(Duration.ofMillis(999));
        assertThat(throttle.mayTry("manager", "10.0.0.66")).isFalse();
        clock.move(Duration.ofMillis(1));
        assertThat(throttle.mayTry("manager", "10.0.0.66")).isTrue();
        throttle.failed("manager", "10.0.0.66");
        clock.move(Duration.ofMillis(1999));
        assertThat(throttle.mayTry("manager", "10.0.0.66")).as("2 s after the sixth").isFalse();
        clock.move(Duration.ofMillis(1));
        assertThat(throttle.mayTry("manager", "10.0.0.66")).isTrue();
        fail("manager", "10.0.0.66", 30);
        clock.move(Duration.ofMinutes(15).minusMillis(1));
        assertThat(throttle.mayTry("manager", "10.0.0.66")).isFalse();
        clock.move(Duration.ofMillis(1));
        assertThat(throttle.mayTry("manager", "10.0.0.66")).as("never longer than the cap").isTrue();
    }

    @Test
    void anAttackersAddressNeverKeepsTheOwnerOut() {
        fail("manager", "10.0.0.66", 50);
        assertThat(throttle.mayTry("manager", "10.0.0.66")).isFalse();
        assertThat(throttle.mayTry("manager", "192.168.1.20")).isTrue();
        assertThat(throttle.mayTry("clerk", "10.0.0.66")).as("per account, too").isTrue();
    }

    @Test
    void aRightPasswordResetsThePair() {
        fail("manager", "10.0.0.66", 4);
        throttle.succeeded("manager", "10.0.0.66");
        fail("manager", "10.0.0.66", 4);
        assertThat(throttle.mayTry("manager", "10.0.0.66")).isTrue();
    }

    @Test
    void memoryIsBoundedAndQuietPairsAreForgotten() {
        var small = new LoginThrottle(clock, 5, Duration.ofSeconds(1), Duration.ofMinutes(15), 2);
        for (String address : new String[] {"10.0.0.1", "10.0.0.2", "10.0.0.3"}) {
            for (int i = 0; i < 5; i++) {
                small.failed("manager", address);
            }
        }
        assertThat(small.mayTry("manager", "10.0.0.1")).as("the eldest pair was dropped").isTrue();
        assertThat(small.mayTry("manager", "10.0.0.3")).isFalse();
        fail("clerk", "10.0.0.9", 40);
        clock.move(Duration.ofMinutes(31));
        throttle.failed("clerk", "10.0.0.9");
        assertThat(throttle.mayTry("clerk", "10.0.0.9")).as("counted afresh after a quiet half hour").isTrue();
    }

    private void fail(String account, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(account, address);
        }
    }

    @Test
    void guessesSentAtOnceAreCountedBeforeTheyAreChecked() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.begin("manager", "10.0.0.66")).as("free attempt " + i).isTrue();
        }
        // None of the five has been answered yet: the sixth still waits.
        assertThat(throttle.begin("manager", "10.0.0.66")).isFalse();
        throttle.succeeded("manager", "10.0.0.66");
        assertThat(throttle.begin("manager", "10.0.0.66")).isTrue();
    }
}
