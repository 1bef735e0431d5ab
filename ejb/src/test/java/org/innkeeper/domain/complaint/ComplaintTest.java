package org.innkeeper.domain.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.StateConflictException;
import org.junit.jupiter.api.Test;

/** A complaint's states and history, its target, its follow-up, and the rules that catch a repeat. */
class ComplaintTest {

    private static final Instant NOW = Instant.parse("2027-09-06T18:00:00Z");
    private static final StandardResolution NOISE = new StandardResolution(ComplaintCategory.NOISE, "Ask them to stop.", 15);

    private static Complaint complaint(String room, Long guest, ComplaintCategory category, Instant at) {
        return new Complaint(new Complaint.Intake(1L, "ABC123", guest, "Ann Guest", room, category, Severity.MEDIUM,
                ComplaintSource.PHONE, "Loud music next door <b>all night</b>"),
                new StandardResolution(category, "Steps.", 15), "frontdesk", at);
    }

    @Test
    void takenOpenAndDueByTheStandardsTarget() {
        Complaint c = new Complaint(new Complaint.Intake(null, null, null, "Walk-in", "204", ComplaintCategory.NOISE,
                Severity.HIGH, ComplaintSource.DESK, "  Noise from the bar  "), NOISE, "frontdesk", NOW);
        assertThat(c.status()).isEqualTo(ComplaintStatus.OPEN);
        assertThat(c.guestWords()).isEqualTo("Noise from the bar");
        assertThat(c.dueAt()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
        assertThat(c.overdue(NOW.plus(Duration.ofMinutes(15)))).isFalse();
        assertThat(c.overdue(NOW.plus(Duration.ofMinutes(16)))).isTrue();
        assertThat(c.history()).singleElement().satisfies(e -> {
            assertThat(e.by()).isEqualTo("frontdesk");
            assertThat(e.at()).isEqualTo(NOW);
            assertThat(e.status()).isEqualTo(ComplaintStatus.OPEN);
        });
    }

    @Test
    void withoutTheGuestsWordsOrWithControlCharactersRefused() {
        assertThatThrownBy(() -> new Complaint(new Complaint.Intake(null, null, null, null, "204",
                ComplaintCategory.NOISE, Severity.LOW, ComplaintSource.DESK, "  "), NOISE, "frontdesk", NOW))
                .isInstanceOf(InvalidValueException.class).extracting("field").isEqualTo("guestWords");
        assertThatThrownBy(() -> new Complaint(new Complaint.Intake(null, null, null, null, "204",
                ComplaintCategory.NOISE, Severity.LOW, ComplaintSource.DESK, "bell\u0007"), NOISE, "frontdesk", NOW))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ComplaintCategory.parse("weather")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("NOISE");
        assertThat(ComplaintCategory.parse("food-and-beverage")).isEqualTo(ComplaintCategory.FOOD_AND_BEVERAGE);
    }

    @Test
    void resolvedThenFollowedUpAndClosedWithWhoAndWhen() {
        Complaint c = complaint("204", 7L, ComplaintCategory.NOISE, NOW);
        assertThatThrownBy(() -> c.followUp("called", "manager", NOW)).isInstanceOf(StateConflictException.class)
                .extracting("kind").isEqualTo("complaint-open");
        c.resolve("Asked 206 to turn it down; offered a quiet room", true, true, "frontdesk", NOW.plusSeconds(600));
        assertThat(c.status()).isEqualTo(ComplaintStatus.RESOLVED);
        assertThat(c.mistakeAdmitted()).isTrue();
        assertThat(c.guestAccepted()).isTrue();
        assertThat(c.followUpDue()).isEqualTo(NOW.plusSeconds(600).plus(Complaint.FOLLOW_UP_AFTER));
        assertThat(c.followUpDue(NOW.plusSeconds(600))).isFalse();
        assertThat(c.followUpDue(NOW.plus(Duration.ofHours(25)))).isTrue();
        assertThatThrownBy(() -> c.resolve("again", true, false, "frontdesk", NOW))
                .isInstanceOf(StateConflictException.class).extracting("kind").isEqualTo("complaint-resolved");

        c.compensated("discount of 20.00 EUR on Room night", new BigDecimal("20.00"), "manager", NOW.plusSeconds(700));
        assertThat(c.compensationAmount()).isEqualByComparingTo("20.00");

        c.followUp("Slept well the second night", "manager", NOW.plus(Duration.ofHours(25)));
        assertThat(c.status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(c.followUpDue(NOW.plus(Duration.ofHours(26)))).isFalse();
        assertThatThrownBy(() -> c.compensated("more", BigDecimal.ONE, "manager", NOW))
                .isInstanceOf(StateConflictException.class).extracting("kind").isEqualTo("complaint-closed");
        assertThat(c.history()).extracting(ComplaintEvent::by)
                .containsExactly("frontdesk", "frontdesk", "manager", "manager");
        assertThat(c.history()).extracting(ComplaintEvent::status).containsExactly(ComplaintStatus.OPEN,
                ComplaintStatus.RESOLVED, ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED);
    }

    @Test
    void reopenedWhenTheResolutionDidNotHold() {
        Complaint c = complaint("204", 7L, ComplaintCategory.NOISE, NOW);
        c.resolve("Asked them to stop", false, false, "frontdesk", NOW.plusSeconds(60));
        c.reopen("It started again at 2 am", NOISE, "nightaudit", NOW.plus(Duration.ofHours(8)));
        assertThat(c.status()).isEqualTo(ComplaintStatus.OPEN);
        assertThat(c.followUpDue()).isNull();
        assertThat(c.dueAt()).isEqualTo(NOW.plus(Duration.ofHours(8)).plus(Duration.ofMinutes(15)));
        assertThatThrownBy(() -> c.reopen("again", NOISE, "x", NOW)).isInstanceOf(StateConflictException.class);
    }

    @Test
    void theSameRoomAndCategoryWithinThirtyDaysIsARepeat() {
        Complaint first = complaint("204", 1L, ComplaintCategory.NOISE, NOW);
        Complaint day29 = complaint("204", 2L, ComplaintCategory.NOISE, NOW.plus(Duration.ofDays(29)));
        assertThat(day29.flagRepeatOf(List.of(first))).isTrue();
        assertThat(day29.repeatReason()).contains("room 204", "noise", "30 days");

        Complaint day31 = complaint("204", 3L, ComplaintCategory.NOISE, NOW.plus(Duration.ofDays(31)));
        assertThat(day31.flagRepeatOf(List.of(first))).as("31 days later").isFalse();
        assertThat(day31.isRepeat()).isFalse();

        Complaint otherCategory = complaint("204", 4L, ComplaintCategory.CLEANLINESS, NOW.plus(Duration.ofDays(2)));
        assertThat(otherCategory.flagRepeatOf(List.of(first))).isFalse();
        Complaint otherRoom = complaint("205", 5L, ComplaintCategory.NOISE, NOW.plus(Duration.ofDays(2)));
        assertThat(otherRoom.flagRepeatOf(List.of(first))).isFalse();
        assertThat(first.flagRepeatOf(List.of(day29))).as("only earlier complaints count").isFalse();
    }

    @Test
    void theSameGuestAgainIsARepeatWhateverTheRoomAndTime() {
        Complaint first = complaint("204", 7L, ComplaintCategory.NOISE, NOW);
        Complaint nextYear = complaint("310", 7L, ComplaintCategory.FOOD_AND_BEVERAGE, NOW.plus(Duration.ofDays(300)));
        assertThat(nextYear.flagRepeatOf(List.of(first))).isTrue();
        assertThat(nextYear.repeatReason()).contains("same guest");
        Complaint noProfile = complaint("311", null, ComplaintCategory.FOOD_AND_BEVERAGE, NOW.plus(Duration.ofDays(1)));
        assertThat(noProfile.flagRepeatOf(List.of(complaint("312", null, ComplaintCategory.ROOM, NOW)))).isFalse();
    }

    @Test
    void referencesAreReadBack() {
        assertThat(Complaint.reference(123L)).isEqualTo("CMP-000123");
        assertThat(Complaint.idOf("cmp-000123")).isEqualTo(123L);
        assertThat(Complaint.idOf("123")).isEqualTo(123L);
        assertThat(Complaint.idOf("CMP-12a")).isNull();
        assertThat(Complaint.idOf("../etc")).isNull();
    }
}
