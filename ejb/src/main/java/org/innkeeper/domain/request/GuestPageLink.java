package org.innkeeper.domain.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import org.innkeeper.domain.reservation.Reservation;
import org.innkeeper.domain.reservation.ReservationStatus;

/**
 * The private link to a stay's guest page: a 256-bit random token, of which only the SHA-256 is kept
 * (a copy of the database opens no guest page). One per stay; useless once the stay is over.
 */
@Entity
@Table(name = "guest_page_link")
public class GuestPageLink {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reservation_id")
    private Reservation reservation;

    @Column(name = "issued_at", nullable = false)
    private java.time.Instant issuedAt;

    @Column(name = "issued_by", nullable = false, length = 60)
    private String issuedBy;

    protected GuestPageLink() {
    }

    private GuestPageLink(String tokenHash, Reservation reservation, java.time.Instant at, String by) {
        this.tokenHash = tokenHash;
        this.reservation = reservation;
        this.issuedAt = at;
        this.issuedBy = by;
    }

    /** A new random token (43 URL-safe characters) and the link that keeps only its hash. */
    public static Issued issue(Reservation reservation, java.time.Instant at, String by) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(token, new GuestPageLink(hash(token), reservation, at, by));
    }

    public record Issued(String token, GuestPageLink link) {
    }

    /** The hash a token is looked up by; anything not shaped like a token hashes to nothing found. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean wellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }

    /** Open from booking until the departure day ends; never after check-out, a cancellation or a no-show. */
    public boolean opens(LocalDate businessDate) {
        ReservationStatus status = reservation.status();
        boolean stayGoesOn = status.isUpcoming() || status == ReservationStatus.IN_HOUSE;
        return stayGoesOn && !businessDate.isAfter(reservation.stay().departure());
    }

    public Reservation reservation() {
        return reservation;
    }
}
