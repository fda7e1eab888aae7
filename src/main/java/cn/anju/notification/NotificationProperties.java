package cn.anju.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * anju.notifications.*: how often the outbox is read, how failures are retried, and the channels.
 * The portal link in every message is {@code anju.certificates.public-url}.
 */
@ConfigurationProperties("anju.notifications")
record NotificationProperties(Duration dispatchInterval, int batchSize, int maxAttempts, Duration backoff,
                              Duration maxBackoff, Duration claimTimeout, Email email, Sms sms) {

    record Email(boolean enabled, String from) {
    }

    record Sms(boolean enabled) {
    }

    /** Doubles with each failed attempt (backoff, 2 x backoff, 4 x ...), never beyond maxBackoff. */
    Duration delayAfter(int attempts) {
        Duration delay = backoff.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
    }
}
