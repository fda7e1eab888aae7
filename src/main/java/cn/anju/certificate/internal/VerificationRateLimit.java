package cn.anju.certificate.internal;

import cn.anju.web.FixedWindowRateLimit;
import java.time.Clock;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Verification lookups per client address and minute, so that codes cannot be guessed by trying
 * many: about 59 bits each, at a few dozen tries a minute.
 */
@Component
class VerificationRateLimit {

    private final FixedWindowRateLimit limit;

    VerificationRateLimit(CertificateProperties properties, Clock clock) {
        this.limit = new FixedWindowRateLimit(properties.verificationsPerMinute(), Duration.ofMinutes(1), clock);
    }

    /** Seconds to wait before the next lookup, or 0 when this one may go ahead. */
    long tryAcquire(String client) {
        return limit.tryAcquire(client);
    }
}
