package org.innkeeper.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.innkeeper.application.ReservationService;
import org.innkeeper.application.dto.BookingRequest;
import org.innkeeper.application.dto.CheckInRequest;
import org.innkeeper.application.dto.GuestDetails;
import org.innkeeper.application.dto.GuestProfileRequest;
import org.innkeeper.application.dto.GuestProfileView;
import org.innkeeper.application.dto.GuestSummaryView;
import org.innkeeper.application.dto.ReservationView;
import org.innkeeper.domain.guest.Guest;
import org.innkeeper.domain.hotel.Hotel;
import org.innkeeper.domain.rate.RatePlan;
import org.innkeeper.domain.rate.RoomRate;
import org.innkeeper.domain.reservation.ConfirmationNumber;
import org.innkeeper.domain.reservation.Reservation;
import org.innkeeper.domain.room.Room;
import org.innkeeper.domain.room.RoomType;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.Money;
import org.innkeeper.domain.shared.StateConflictException;
import org.innkeeper.infrastructure.persistence.Repositories;
import org.innkeeper.infrastructure.persistence.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The guest as a person on the real mappings and schema (H2): matching at booking, profile, merge. */
class GuestProfileServiceTest {

    private TestDatabase db;
    private LocalDate today;

    @BeforeEach
    void hotel() {
        db = TestDatabase.h2();
        today = LocalDate.now(ZoneOffset.UTC);
        db.inTransaction(em -> {
            em.persist(new Hotel("Test Hotel", "EUR", ZoneOffset.UTC, java.time.LocalDate.now(ZoneOffset.UTC)));
            RoomType std = new RoomType("STD", "Standard Double", 2, 0);
            em.persist(std);
            for (int i = 1; i <= 6; i++) {
                em.persist(new Room("10" + i, 1, std));
            }
            RatePlan bar = new RatePlan("BAR", "Best Available Rate", null, 0);
            em.persist(bar);
            for (int i = 0; i < 10; i++) {
                em.persist(new RoomRate(bar, std, today.plusDays(i), Money.of("100", "EUR")));
            }
            Repositories.bind(em).inventory().open(std, today, today.plusDays(9), 6);
            return null;
        });
    }

    @AfterEach
    void drop() {
        db.close();
    }

    private <T> T services(Function<Services, T> work) {
        return db.inTransaction(em -> work.apply(Services.bind(em)));
    }

    private ReservationView book(String first, String last, String email, String phone, String channel) {
        BookingRequest request = new BookingRequest("STD", "BAR", today, today.plusDays(2), 2, 0,
                new GuestDetails(first, last, email, phone), null, null, null, null);
        return services(s -> s.reservations().book(request, channel));
    }

    private long guestOf(String confirmationNumber) {
        return services(s -> s.guests().profileOf(confirmationNumber).id());
    }

    private static GuestProfileRequest preferences(List<String> features, Integer vip, String alert) {
        return new GuestProfileRequest(null, null, null, vip, null, features, null, null, null, null, null, alert);
    }

    @Test
    void theDeskFindsAReturningGuestByEmailOrByNameAndPhone() {
        String first = book("Grace", "Hopper", "grace@example.com", "+1 555 0100", ReservationService.DESK_PHONE)
                .confirmationNumber();
        String sameEmail = book("Grace", "Hopper", "GRACE@example.com", null, ReservationService.DESK_PHONE)
                .confirmationNumber();
        String sameNameAndPhone = book("grace", "hopper", null, "+1 (555) 0100", ReservationService.DESK_WALK_IN)
                .confirmationNumber();
        String namesake = book("Grace", "Hopper", null, "+1 555 9999", ReservationService.DESK_PHONE)
                .confirmationNumber();

        assertThat(guestOf(sameEmail)).isEqualTo(guestOf(first));
        assertThat(guestOf(sameNameAndPhone)).isEqualTo(guestOf(first));
        assertThat(guestOf(namesake)).isNotEqualTo(guestOf(first));
        GuestProfileView grace = services(s -> s.guests().profile(guestOf(first)));
        assertThat(grace.history()).extracting(GuestProfileView.Stay::confirmationNumber)
                .containsExactlyInAnyOrder(first, sameEmail, sameNameAndPhone);
    }

    @Test
    void aChannelBookingJoinsTheProfileButSeesOnlyWhatItSent() {
        String desk = book("Grace", "Hopper", "grace@example.com", "+1 555 0100", ReservationService.DESK_PHONE)
                .confirmationNumber();
        services(s -> s.guests().update(guestOf(desk), preferences(List.of("QUIET"), 2, "allergic to feathers")));

        ReservationView channel = book("G.", "Hopper", "grace@example.com", null, "DEMO");

        assertThat(guestOf(channel.confirmationNumber())).isEqualTo(guestOf(desk));
        assertThat(channel.guest()).isEqualTo(new GuestDetails("G.", "Hopper", "grace@example.com", null));
        ReservationView seenByChannel = services(s -> s.reservations().find(channel.confirmationNumber(), "DEMO"));
        assertThat(seenByChannel.guest().phone()).isNull();
        assertThat(seenByChannel.guest().firstName()).isEqualTo("G.");
        // the channel changed nothing on the profile
        GuestProfileView grace = services(s -> s.guests().profile(guestOf(desk)));
        assertThat(grace.firstName()).isEqualTo("Grace");
        assertThat(grace.phone()).isEqualTo("+1 555 0100");
        assertThat(grace.vipLevel()).isEqualTo(2);

        // another e-mail from a channel: a profile of its own
        String other = book("Grace", "Hopper", "g.hopper@example.com", "+1 555 0100", "OTA2").confirmationNumber();
        assertThat(guestOf(other)).isNotEqualTo(guestOf(desk));
    }

    @Test
    void theDeskKeepsTheProfileAndWhoChangedIt() {
        long id = guestOf(book("Ada", "Lovelace", "ada@example.com", null, ReservationService.DESK_PHONE)
                .confirmationNumber());
        GuestProfileView changed = services(s -> s.guests().update(id, new GuestProfileRequest(null, "+44 20 7946 0000",
                "ru", 1, "gold", List.of("quiet", "BATHTUB"), 4, "firm", "nuts", "late riser", "Speaks at the museum.",
                "allergic to feathers")));
        assertThat(changed.preferences()).containsExactly("BATHTUB", "QUIET");
        assertThat(changed.loyaltyTier()).isEqualTo("GOLD");
        assertThat(changed.language()).isEqualTo("ru");
        assertThat(changed.phone()).isEqualTo("+44 20 7946 0000");
        assertThat(changed.changedBy()).isEqualTo("clerk");
        // left out: unchanged; empty: cleared
        GuestProfileView again = services(s -> s.guests().update(id, new GuestProfileRequest(null, null, null, null,
                null, null, null, null, null, null, "", null)));
        assertThat(again.notes()).isNull();
        assertThat(again.alert()).isEqualTo("allergic to feathers");
        assertThat(again.preferences()).containsExactly("BATHTUB", "QUIET");

        assertThatThrownBy(() -> services(s -> s.guests().update(id, preferences(List.of("QUIET", "JACUZZI"), null,
                null)))).isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("preferences[1]");
        assertThat(services(s -> s.guests().profile(id)).preferences()).containsExactly("BATHTUB", "QUIET");
        List<GuestSummaryView> byName = services(s -> s.guests().search("lovel", 10));
        List<GuestSummaryView> byPhone = services(s -> s.guests().search("+44 20 7946", 10));
        assertThat(byName).singleElement()
                .satisfies(g -> assertThat(g.id()).isEqualTo(id));
        assertThat(byPhone).hasSize(1);
    }

    @Test
    void aMergeMovesTheStaysAndCombinesTheProfiles() {
        String a = book("Ada", "Lovelace", "ada@example.com", null, ReservationService.DESK_PHONE).confirmationNumber();
        String b = book("Augusta", "Lovelace", "augusta@example.com", "+44 1", "DEMO").confirmationNumber();
        long survivor = guestOf(a);
        long duplicate = guestOf(b);
        services(s -> s.guests().update(duplicate, preferences(List.of("RIVER_VIEW"), 3, "prefers a quiet room")));

        GuestProfileView merged = services(s -> s.guests().merge(survivor, duplicate));

        assertThat(merged.history()).extracting(GuestProfileView.Stay::confirmationNumber).containsExactlyInAnyOrder(a, b);
        assertThat(merged.vipLevel()).isEqualTo(3);
        assertThat(merged.preferences()).containsExactly("RIVER_VIEW");
        assertThat(merged.alert()).isEqualTo("prefers a quiet room");
        assertThat(guestOf(b)).isEqualTo(survivor);
        assertThat(services(s -> s.guests().profile(duplicate)).mergedIntoId()).isEqualTo(survivor);
        // the channel still sees its guest as it sent them
        assertThat(services(s -> s.reservations().find(b, "DEMO")).guest().firstName()).isEqualTo("Augusta");
        // a merged profile is no longer found, nor matched
        List<GuestSummaryView> augusta = services(s -> s.guests().search("augusta", 10));
        assertThat(augusta).isEmpty();
        assertThat(guestOf(book("Augusta", "Lovelace", "augusta@example.com", null, "DEMO").confirmationNumber()))
                .isEqualTo(survivor);

        assertThatThrownBy(() -> services(s -> s.guests().merge(survivor, survivor)))
                .isInstanceOf(StateConflictException.class).extracting("kind").isEqualTo("merge-into-itself");
        assertThatThrownBy(() -> services(s -> s.guests().merge(duplicate, survivor)))
                .isInstanceOf(StateConflictException.class).extracting("kind").isEqualTo("profile-merged");
    }

    @Test
    void theDocumentShownAtCheckInFindsTheKnownGuest() {
        String first = book("Alan", "Turing", "alan@example.com", null, ReservationService.DESK_PHONE)
                .confirmationNumber();
        services(s -> s.arrival().checkIn(first, new CheckInRequest("101", "PASSPORT", "GB1234567")));
        String second = book("A.", "Turing", "turing@example.org", null, "OTA2").confirmationNumber();
        assertThat(guestOf(second)).isNotEqualTo(guestOf(first));

        services(s -> s.arrival().checkIn(second, new CheckInRequest("102", "PASSPORT", "GB1234567")));

        assertThat(guestOf(second)).isEqualTo(guestOf(first));
        Reservation r = db.inTransaction(em -> Repositories.bind(em).reservations()
                .find(ConfirmationNumber.parse(second)).orElseThrow());
        assertThat(r.guestAsBooked().firstName()).isEqualTo("A.");
        Guest alan = db.inTransaction(em -> em.find(Guest.class, guestOf(first)));
        assertThat(alan.documentNumber()).isEqualTo("GB1234567");
    }
}
