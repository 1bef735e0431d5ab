package org.innkeeper.domain.staff;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Passwords that matched their stored hash a moment ago, so that staff calling the API with HTTP Basic (the
 * password on every call) pay for the deliberately slow PBKDF2 check once every {@link #KEPT} rather than on
 * every call (about 70 ms each). Only matches are remembered, never failures: guessing stays as slow as ever.
 * <p>
 * What is kept is an HMAC, under a key made at random when the server starts and never stored, of the stored
 * hash and the password: no password and nothing that helps to find one. The stored hash is part of it, so a
 * changed or reset password (a new hash, read from the database on every call, on every server) no longer
 * matches what was kept; deactivation is checked on the account itself on every call.
 */
final class RecentlyVerified {

    static final Duration KEPT = Duration.ofMinutes(10);
    static final int MOST = 10_000;

    private final byte[] key = new byte[32];
    private final Map<String, Long> until = new ConcurrentHashMap<>();
    private final Clock clock;

    RecentlyVerified(Clock clock) {
        this.clock = clock;
        new SecureRandom().nextBytes(key);
    }

    /** Whether this password matched this stored hash less than {@link #KEPT} ago. */
    boolean contains(String password, String stored) {
        Long expires = until.get(tag(password, stored));
        return expires != null && expires > clock.millis();
    }

    /** Remembers that this password matched this stored hash. */
    void add(String password, String stored) {
        long now = clock.millis();
        if (until.size() >= MOST) {
            until.values().removeIf(expires -> expires <= now);
            if (until.size() >= MOST) {
                until.clear(); // a flood of distinct logins: start afresh rather than grow
            }
        }
        until.put(tag(password, stored), now + KEPT.toMillis());
    }

    private String tag(String password, String stored) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(stored.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
