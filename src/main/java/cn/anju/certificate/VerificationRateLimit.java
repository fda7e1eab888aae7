package cn.anju.certificate;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Verification lookups per client address and minute, so that codes cannot be guessed by trying
 * many: about 59 bits each, at a few dozen tries a minute.
 */
@Component
class VerificationRateLimit {

    private record Window(long minute, int count) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final int perMinute;
    private final Clock clock;

    VerificationRateLimit(CertificateProperties properties, Clock clock) {
        this.perMinute = properties.verificationsPerMinute();
        this.clock = clock;
    }

    /** Seconds to wait before the next lookup, or 0 when this one may go ahead. */
    long tryAcquire(String client) {
        long now = clock.millis();
        long minute = now / 60_000;
        if (windows.size() > 100_000) {
            windows.values().removeIf(w -> w.minute() < minute);
        }
        Window window = windows.compute(client, (k, w) -> w == null || w.minute() != minute
                ? new Window(minute, 1) : new Window(minute, w.count() + 1));
        return window.count() <= perMinute ? 0 : Math.max(1, (minute + 1) * 60 - now / 1000);
    }
}
