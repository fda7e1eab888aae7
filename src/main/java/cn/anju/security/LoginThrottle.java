package cn.anju.security;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing per (account, client address) instead of locking the account: after
 * {@code free} wrong passwords from one address for one account, that pair waits {@code backoff},
 * doubling with every further failure up to {@code maxBackoff}; a right password resets the pair.
 * Someone guessing from one address therefore never keeps the owner, at another address, out.
 *
 * <p>State is in memory, per node (a cluster multiplies the attempts an attacker gets, not the
 * owner's trouble). At most {@code maxPairs} pairs are kept, the least recently used forgotten first,
 * and a pair is forgotten once it has been quiet for twice the longest backoff: an attacker cannot
 * fill the memory, only make the node forget pairs sooner.
 */
@Component
public class LoginThrottle {

    private record Failures(int count, long lastFailureMillis) {
    }

    private record Pair(String account, String address) {
    }

    private volatile Clock clock;
    private final int free;
    private final long backoffMillis;
    private final long maxBackoffMillis;
    private final Map<Pair, Failures> pairs;

    LoginThrottle(Clock clock,
                  @Value("${anju.login.free-attempts:5}") int free,
                  @Value("${anju.login.backoff:1s}") Duration backoff,
                  @Value("${anju.login.max-backoff:15m}") Duration maxBackoff,
                  @Value("${anju.login.max-pairs:100000}") int maxPairs) {
        this.clock = clock;
        this.free = free;
        this.backoffMillis = backoff.toMillis();
        this.maxBackoffMillis = maxBackoff.toMillis();
        this.pairs = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Pair, Failures> eldest) {
                return size() > maxPairs;
            }
        };
    }

    /** Lets an HTTP test move the throttle's time without moving the whole application's; returns the old clock. */
    Clock swapClock(Clock replacement) {
        Clock old = clock;
        clock = replacement;
        return old;
    }

    /** Whether a password for this account from this address may be checked now. */
    public synchronized boolean mayTry(String account, String address) {
        Failures failures = current(new Pair(account, address));
        return failures == null || clock.millis() >= failures.lastFailureMillis() + wait(failures.count());
    }

    /**
     * Whether a password may be checked now; if so the attempt is counted as failed at once (undone by
     * {@link #succeeded}), so parallel guesses wait their turn like sequential ones.
     */
    public synchronized boolean begin(String account, String address) {
        if (!mayTry(account, address)) {
            return false;
        }
        failed(account, address);
        return true;
    }

    public synchronized void failed(String account, String address) {
        Pair pair = new Pair(account, address);
        Failures failures = current(pair);
        pairs.put(pair, new Failures(failures == null ? 1 : failures.count() + 1, clock.millis()));
    }

    public synchronized void succeeded(String account, String address) {
        pairs.remove(new Pair(account, address));
    }

    /** How long the pair waits after its latest failure; 0 for the first free ones. */
    private long wait(int count) {
        if (count < free) {
            return 0;
        }
        int doublings = Math.min(count - free, 40); // 2^40 s is far beyond any cap: no overflow
        return Math.min(maxBackoffMillis, backoffMillis << doublings);
    }

    private Failures current(Pair pair) {
        Failures failures = pairs.get(pair);
        if (failures != null && clock.millis() - failures.lastFailureMillis() > 2 * maxBackoffMillis) {
            pairs.remove(pair);
            return null;
        }
        return failures;
    }
}
