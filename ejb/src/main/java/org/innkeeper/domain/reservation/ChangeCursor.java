package org.innkeeper.domain.reservation;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.innkeeper.domain.shared.InvalidValueException;

/**
 * Where a channel stands in the change feed: opaque to the channel (URL-safe base64), a change number
 * inside. The start of the feed is number 0.
 */
public record ChangeCursor(long sequence) {

    private static final String PREFIX = "c1:";

    public static final ChangeCursor START = new ChangeCursor(0);

    public ChangeCursor {
        if (sequence < 0) {
            throw new InvalidValueException("cursor", "not a cursor of the change feed");
        }
    }

    /** The cursor a channel sent back; blank is the start of the feed. */
    public static ChangeCursor parse(String text) {
        if (text == null || text.isBlank()) {
            return START;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(text.trim()), StandardCharsets.US_ASCII);
            if (!decoded.startsWith(PREFIX)) {
                throw new InvalidValueException("cursor", "not a cursor of the change feed");
            }
            return new ChangeCursor(Long.parseLong(decoded.substring(PREFIX.length())));
        } catch (IllegalArgumentException e) { // bad base64 or not a number
            throw new InvalidValueException("cursor", "not a cursor of the change feed");
        }
    }

    /** The opaque text a channel keeps. */
    public String value() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + sequence).getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return value();
    }
}
