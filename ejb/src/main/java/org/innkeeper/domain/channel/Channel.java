package org.innkeeper.domain.channel;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.innkeeper.domain.shared.InvalidValueException;

/** A booking channel (OTA, channel manager, booking engine) that calls the API with its own key. */
@Entity
@Table(name = "channel")
public class Channel {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "channel_seq")
    @SequenceGenerator(name = "channel_seq", sequenceName = "channel_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @Column(nullable = false)
    private String name;

    /** SHA-256 of the key: the key itself is never stored. */
    @Column(name = "api_key_hash", nullable = false, unique = true, length = 64)
    private String apiKeyHash;

    /** The requests per second (and burst) the channel may send; null: the server's default. */
    @Column(name = "requests_per_second")
    private Integer requestsPerSecond;

    protected Channel() {
    }

    public Channel(String code, String name, String apiKey) {
        if (code == null || !code.matches("[A-Z0-9_]{2,20}") || code.startsWith("DESK")) {
            throw new InvalidValueException("code", "a channel code is 2 to 20 capital letters, digits or _");
        }
        if (apiKey == null || apiKey.length() < 12) {
            throw new InvalidValueException("apiKey", "an API key has at least 12 characters");
        }
        this.code = code;
        this.name = name;
        this.apiKeyHash = ApiKeys.hash(apiKey);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    /** Requests per second the channel may send, or null for the server's default. */
    public Integer requestsPerSecond() {
        return requestsPerSecond;
    }

    /** Gives the channel its own rate limit (a small partner, a misbehaving client). */
    public void limitRequests(int perSecond) {
        if (perSecond < 1) {
            throw new InvalidValueException("requestsPerSecond", "a rate limit is at least 1 request per second");
        }
        this.requestsPerSecond = perSecond;
    }
}
