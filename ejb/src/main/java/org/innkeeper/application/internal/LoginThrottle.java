package org.innkeeper.application.internal;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Slows down and then refuses password and API-key guessing, for the desk's login and the API's Basic
 * and Bearer credentials alike. Failures are counted per account and per remote address; a count is
 * forgotten {@link #WINDOW} after its last failure, and an account's count when it logs in.
 * <ul>
 * <li>an account: from the {@value #ACCOUNT_SLOW_AFTER}rd failure the next try waits 1 s, then 2 s; from the
 * {@value #ACCOUNT_LOCK_AFTER}th it is refused for 1 minute, doubling with each further failure up to
 * {@link #MAX_LOCK} (so an attacker can hold an account off for minutes, never for long);</li>
 * <li>an address: the same from its {@value #ADDRESS_SLOW_AFTER}th failure (1 s, doubling up to 30 s)
 * and its {@value #ADDRESS_LOCK_AFTER}th (a lock of 1 to 5 minutes): many clerks may share one address.</li>
 * </ul>
 * A refused try is not checked and not counted. Kept in memory, per server: a restart forgets it, and
 * several servers each count on their own.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LoginThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int ACCOUNT_SLOW_AFTER = 3;
    static final int ACCOUNT_LOCK_AFTER = 5;
    static final int ADDRESS_SLOW_AFTER = 20;
    static final int ADDRESS_LOCK_AFTER = 40;
    static final Duration MAX_SLOW_DOWN = Duration.ofSeconds(30);
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration MAX_LOCK = Duration.ofMinutes(5);
    /** Beyond this many addresses and accounts the oldest counts are forgotten first, so a flood cannot fill the memory. */
    static final int MAX_ENTRIES = 100_000;

    private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Seconds to wait before the account (may be null: an API key) may be tried from the address; 0: go ahead. */
    public long retryAfterSeconds(String account, String address) {
        Instant now = clock.instant();
        long wait = Math.max(wait(accountKey(account), now), wait(addressKey(address), now));
        return wait;
    }

    /** A wrong password (or API key): counted against the account and the address. */
    public void failed(String account, String address) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_ENTRIES) {
            forgetExpired(now);
        }
        if (account != null) {
            count(accountKey(account), now, ACCOUNT_SLOW_AFTER, ACCOUNT_LOCK_AFTER);
        }
        count(addressKey(address), now, ADDRESS_SLOW_AFTER, ADDRESS_LOCK_AFTER);
    }

    /** The right password: the account starts afresh (the address does not: one good account must not hide guessing at others). */
    public void succeeded(String account) {
        if (account != null) {
            failures.remove(accountKey(account));
        }
    }

    private long wait(String key, Instant now) {
        if (key == null) {
            return 0;
        }
        Failures f = failures.get(key);
        if (f == null || f.expired(now)) {
            return 0;
        }
        long millis = Duration.between(now, f.notBefore).toMillis();
        return millis <= 0 ? 0 : (millis + 999) / 1000;
    }

    private void count(String key, Instant now, int slowAfter, int lockAfter) {
        if (key == null) {
            return;
        }
        failures.compute(key, (k, f) -> (f == null || f.expired(now) ? new Failures(0, now, now) : f)
                .plusOne(now, slowAfter, lockAfter));
    }

    private void forgetExpired(Instant now) {
        failures.values().removeIf(f -> f.expired(now));
        if (failures.size() >= MAX_ENTRIES) {
            failures.clear(); // a flood of fresh addresses: better forget than run out of memory
        }
    }

    private static String accountKey(String account) {
        return account == null || account.isBlank() ? null : "account:" + account.strip().toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return address == null || address.isBlank() ? null : "address:" + address;
    }

    /** So many failures, the last at {@code last}; no new try before {@code notBefore}. */
    private record Failures(int count, Instant last, Instant notBefore) {

        boolean expired(Instant now) {
            return !now.isBefore(last.plus(WINDOW)) && !now.isBefore(notBefore);
        }

        Failures plusOne(Instant now, int slowAfter, int lockAfter) {
            int n = count + 1;
            return new Failures(n, now, now.plus(delay(n, slowAfter, lockAfter)));
        }

        static Duration delay(int n, int slowAfter, int lockAfter) {
            if (n < slowAfter) {
                return Duration.ZERO;
            }
            if (n < lockAfter) {
                return min(Duration.ofSeconds(1L << Math.min(n - slowAfter, 20)), MAX_SLOW_DOWN);
            }
            return min(FIRST_LOCK.multipliedBy(1L << Math.min(n - lockAfter, 20)), MAX_LOCK);
        }

        private static Duration min(Duration a, Duration b) {
            return a.compareTo(b) <= 0 ? a : b;
        }
    }
}
