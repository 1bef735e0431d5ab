package org.innkeeper.domain.guest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.innkeeper.domain.room.RoomFeature;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.StateConflictException;
import org.junit.jupiter.api.Test;

/** The profile's rules: what the desk may say about a guest, and merging two profiles of one person. */
class GuestTest {

    private static final Instant NOW = Instant.parse("2027-03-01T10:00:00Z");

    static Guest guest(long id, String first, String last, String email, String phone) {
        Guest g = new Guest(first, last, email, phone, NOW);
        try {
            Field f = Guest.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(g, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return g;
    }

    private static Guest.Profile profile(int vip, LoyaltyTier tier, Set<RoomFeature> wishes, String pillow,
                                         String notes, String alert) {
        return new Guest.Profile("en", vip, tier, wishes, null, pillow, null, null, notes, alert);
    }

    @Test
    void theDeskDescribesAGuestAndIsRecorded() {
        Guest g = guest(1, "Anna", "Berg", "anna@example.com", null);
        g.describe(profile(2, LoyaltyTier.GOLD, EnumSet.of(RoomFeature.QUIET), "feather-free", null,
                "allergic to feathers"), "clerk", NOW);
        assertThat(g.vipLevel()).isEqualTo(2);
        assertThat(g.isVip()).isTrue();
        assertThat(g.preferences()).containsExactly(RoomFeature.QUIET);
        assertThat(g.alert()).isEqualTo("allergic to feathers");
        assertThat(g.changedBy()).isEqualTo("clerk");
        assertThat(g.changedAt()).isEqualTo(NOW);
    }

    @Test
    void aVipLevelIsZeroToThreeAndALanguageEnOrRu() {
        Guest g = guest(1, "Anna", "Berg", null, null);
        assertThatThrownBy(() -> g.describe(profile(9, null, Set.of(), null, null, null)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("0 (none) to 3");
        assertThatThrownBy(() -> g.describe(new Guest.Profile("de", 0, null, Set.of(), null, null, null, null, null,
                null))).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aMergeCombinesWishesAndNotesAndMarksTheDuplicate() {
        Guest survivor = guest(1, "Anna", "Berg", "anna@example.com", null);
        survivor.describe(profile(1, LoyaltyTier.SILVER, EnumSet.of(RoomFeature.QUIET), "firm", "Likes the river.",
                "allergic to feathers"));
        Guest duplicate = guest(2, "Anna", "Berg", null, "+49 30 1234567");
        duplicate.describe(profile(2, LoyaltyTier.GOLD, EnumSet.of(RoomFeature.BATHTUB), "firm",
                "Came for the marathon.", "prefers a quiet room"));

        survivor.absorb(duplicate, "clerk", NOW);

        assertThat(survivor.preferences()).containsExactlyInAnyOrder(RoomFeature.QUIET, RoomFeature.BATHTUB);
        assertThat(survivor.vipLevel()).isEqualTo(2);
        assertThat(survivor.loyaltyTier()).isEqualTo(LoyaltyTier.GOLD);
        assertThat(survivor.phone()).isEqualTo("+49 30 1234567");
        assertThat(survivor.email()).isEqualTo("anna@example.com");
        assertThat(survivor.pillow()).isEqualTo("firm");
        assertThat(survivor.notes()).isEqualTo("Likes the river.\nCame for the marathon.");
        assertThat(survivor.alert()).isEqualTo("allergic to feathers; prefers a quiet room");
        assertThat(duplicate.isMerged()).isTrue();
        assertThat(duplicate.mergedInto()).isSameAs(survivor);
        assertThat(duplicate.mergedAt()).isEqualTo(NOW);
        assertThat(survivor.changedBy()).isEqualTo("clerk");
    }

    @Test
    void aProfileIsNotMergedIntoItselfNorIntoOrFromAMergedOne() {
        Guest a = guest(1, "Anna", "Berg", null, null);
        Guest b = guest(2, "Anna", "Berg", null, null);
        Guest c = guest(3, "Anna", "Berg", null, null);
        assertThatThrownBy(() -> a.absorb(a, "clerk", NOW)).isInstanceOf(StateConflictException.class)
                .hasMessageContaining("itself");
        a.absorb(b, "clerk", NOW);
        assertThatThrownBy(() -> b.absorb(c, "clerk", NOW)).isInstanceOf(StateConflictException.class)
                .hasMessageContaining("merged into profile 1");
        assertThatThrownBy(() -> c.absorb(b, "clerk", NOW)).isInstanceOf(StateConflictException.class)
                .hasMessageContaining("already merged");
        assertThatThrownBy(() -> b.describe(profile(1, null, Set.of(), null, null, null), "clerk", NOW))
                .isInstanceOf(StateConflictException.class);
    }

    @Test
    void combinedTextsAreNotRepeatedAndFitTheirColumn() {
        assertThat(Guest.combined("allergic to feathers", "Allergic to feathers", "; ", 300))
                .isEqualTo("allergic to feathers");
        assertThat(Guest.combined(null, "firm", "; ", 60)).isEqualTo("firm");
        assertThat(Guest.combined("a".repeat(50), "b".repeat(50), "; ", 60)).hasSize(60).endsWith("\u2026");
    }

    @Test
    void aPhoneIsTheSameHoweverItIsWritten() {
        Guest g = guest(1, "Anna", "Berg", null, "+49 (30) 123-4567");
        assertThat(g.hasPhone("+49 30 1234567")).isTrue();
        assertThat(g.hasPhone("+49 30 7654321")).isFalse();
        assertThat(g.hasPhone(null)).isFalse();
        assertThat(guest(2, "Anna", "Berg", null, null).hasPhone("+49 30 1234567")).isFalse();
        assertThat(g.isNamed(" anna ", "BERG")).isTrue();
    }

    @Test
    void namesContactsDocumentsAndNotesRefuseCardNumbers() {
        assertThatThrownBy(() -> new Guest("Anna", "Berg 4111111111111111", null, null, NOW))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("card number");
        assertThatThrownBy(() -> new Guest("Anna", "Berg", null, "4111-1111-1111-1111", NOW))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("card number")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("guest.phone");
        assertThatThrownBy(() -> new Guest("Anna", "Berg", "4111111111111111@example.com", null, NOW))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("card number");
        assertThatThrownBy(() -> new Guest("Anna", "Berg", null, "+49 30\u0007 1234567", NOW))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("control characters");
        Guest g = new Guest("Anna", "Berg", "anna@example.com", "+49 30 1234567", NOW);
        assertThat(g.phone()).isEqualTo("+49 30 1234567");
        assertThatThrownBy(() -> g.updateContacts(null, "4111 1111 1111 1111"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("card number");
        assertThatThrownBy(() -> g.registered("PASSPORT", "4111111111111111", null, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("card number");
        assertThatThrownBy(() -> g.describe(new Guest.Profile("en", 0, null, Set.of(), null, null, null, null,
                "paid by 4111 1111 1111 1111", null))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("card number");
    }
}
