package cn.anju.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most so many requests per client and window (a fixed window: simple, and enough against one
 * client trying many codes or creating many accounts). Per node: a cluster multiplies the limit.
 */
public final class FixedWindowRateLimit {

    private record Window(long index, int count) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final int perWindow;
    private final long windowMillis;
    private final Clock clock;

    public FixedWindowRateLimit(int perWindow, Duration window, Clock clock) {
        this.perWindow = perWindow;
        this.windowMillis = window.toMillis();
        this.clock = clock;
    }

    /** Seconds to wait before the next request, or 0 when this one may go ahead. */
    public long tryAcquire(String client) {
        long now = clock.millis();
        long index = now / windowMillis;
        if (windows.size() > 100_000) {
            windows.values().removeIf(w -> w.index() < index);
        }
        Window window = windows.compute(client, (k, w) -> w == null || w.index() != index
                ? new Window(index, 1) : new Window(index, w.count() + 1));
        return window.count() <= perWindow ? 0 : Math.max(1, ((index + 1) * windowMillis - now + 999) / 1000);
    }
}
