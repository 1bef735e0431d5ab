package org.innkeeper.domain.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.regex.Pattern;
import org.innkeeper.domain.shared.CardNumbers;
import org.innkeeper.domain.shared.InvalidValueException;

/**
 * The first answer to a request a caller sent with an {@code Idempotency-Key}: the same key with the
 * same request gets this answer again and changes nothing; with another request it is refused.
 * Keys belong to one caller (a channel, or a member of staff): two callers' keys never meet.
 */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {

    /** Printable ASCII without spaces, 1 to 255 characters (a UUID is the usual choice). */
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "idempotency_record_seq")
    @SequenceGenerator(name = "idempotency_record_seq", sequenceName = "idempotency_record_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 64)
    private String channel;

    @Column(name = "idempotency_key", nullable = false)
    private String key;

    /** SHA-256 (hex) of what was asked: method, path and body. */
    @Column(name = "request_hash", nullable = false, length = 64)
    private String requestHash;

    /** Null while the first request is being answered. */
    private Integer status;

    @Column(length = 2000)
    private String location;

    @Column(name = "response_body", length = 1_000_000)
    private String responseBody;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotencyRecord() {
    }

    /** A key taken for a request whose answer is not known yet. */
    public IdempotencyRecord(String channel, String key, String requestHash, Instant createdAt) {
        requireKey(key);
        if (channel == null || channel.isBlank() || channel.length() > 64) {
            throw new InvalidValueException("channel", "the caller of an idempotent request is unknown");
        }
        if (requestHash == null || !HASH.matcher(requestHash).matches()) {
            throw new InvalidValueException("requestHash", "a request hash is 64 hexadecimal digits");
        }
        this.channel = channel;
        this.key = key;
        this.requestHash = requestHash;
        this.createdAt = createdAt;
    }

    /** Refuses a key the table can't hold or a header can't carry. */
    public static void requireKey(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new InvalidValueException("Idempotency-Key",
                    "an Idempotency-Key is 1 to 255 printable ASCII characters without spaces");
        }
        CardNumbers.refuseIn("Idempotency-Key", key);
    }

    /** The first answer, kept for replays. */
    public void answer(int status, String location, String responseBody) {
        if (this.status != null) {
            throw new IllegalStateException("the request of key " + key + " is answered already");
        }
        this.status = status;
        this.location = location;
        this.responseBody = responseBody;
    }

    public boolean answered() {
        return status != null;
    }

    public boolean sameRequest(String hash) {
        return requestHash.equals(hash);
    }

    public String channel() {
        return channel;
    }

    public String key() {
        return key;
    }

    public String requestHash() {
        return requestHash;
    }

    public Integer status() {
        return status;
    }

    public String location() {
        return location;
    }

    public String responseBody() {
        return responseBody;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
