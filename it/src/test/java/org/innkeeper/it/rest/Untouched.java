package org.innkeeper.it.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Free nights of a room type watched by a test whose requests must change nothing: afterwards no
 * room is sold on them and the channel's own list of changed reservations is as it was.
 */
final class Untouched {

    private final String roomType;
    private final int days;
    private final String channel;
    private final LocalDate from;
    private final Instant started;
    private final Platform.GridRow before;
    private final List<String> changedBefore;

    private Untouched(String roomType, int days, String channel) {
        this.roomType = roomType;
        this.days = days;
        this.channel = channel;
        this.from = Platform.freeNights(roomType, days);
        this.started = Instant.now().minusSeconds(1);
        this.before = Platform.grid(roomType, from, days);
        this.changedBefore = changed();
    }

    /** {@code days} free nights of the type, from a night no other test uses. */
    static Untouched nights(String roomType, int days, String channel) {
        return new Untouched(roomType, days, channel);
    }

    /** The first of the nights. */
    LocalDate from() {
        return from;
    }

    /** The channel's reservations changed since the watch began (the demo's history includes changes ahead). */
    private List<String> changed() {
        return Platform.changedSince(channel, started).stream()
                .map(r -> r.path("confirmationNumber").asText() + "@" + r.path("modifiedAt").asText()).toList();
    }

    void assertUnchanged() {
        assertThat(Platform.grid(roomType, from, days)).isEqualTo(before);
        assertThat(changed()).isEqualTo(changedBefore);
    }
}
