package cn.anju;

import static org.awaitility.Awaitility.await;

import cn.anju.followon.FollowOnWork;
import java.time.Duration;

/**
 * After-commit reactions run on their own threads: a test that checks what they did waits until the
 * event publication registry holds no reaction still to do (chained reactions are registered before
 * the one that caused them completes, so an empty registry means all of them are done).
 */
public final class Reactions {

    private Reactions() {
    }

    public static void settle(FollowOnWork work) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20))
                .untilAsserted(() -> org.assertj.core.api.Assertions.assertThat(work.pending())
                        .as("reactions still to do").isEmpty());
    }
}
