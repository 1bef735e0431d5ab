package org.innkeeper.domain.guest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innkeeper.domain.guest.GuestTest.guest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which profile a booking or a registration attaches to: only a clear match. */
class ProfileMatchingTest {

    /** Profiles in memory, as the JPA repository answers: oldest first. */
    private static final class InMemoryGuests implements GuestRepository {
        final List<Guest> all = new ArrayList<>();

        @Override
        public Optional<Guest> findSamePerson(String firstName, String lastName, String email) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Guest> find(long id) {
            return all.stream().filter(g -> g.id() == id).findFirst();
        }

        @Override
        public Optional<Guest> findForUpdate(long id) {
            return find(id);
        }

        @Override
        public List<Guest> withEmail(String email) {
            return all.stream().filter(g -> email.toLowerCase(Locale.ROOT).equals(g.email())).toList();
        }

        @Override
        public List<Guest> named(String firstName, String lastName) {
            return all.stream().filter(g -> g.isNamed(firstName, lastName)).toList();
        }

        @Override
        public List<Guest> withDocument(String documentType, String documentNumber) {
            return all.stream().filter(g -> documentType.equals(g.documentType())
                    && documentNumber.equals(g.documentNumber())).toList();
        }

        @Override
        public List<Guest> search(String text, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void store(Guest guest) {
            all.add(guest);
        }
    }

    private final InMemoryGuests guests = new InMemoryGuests();
    private final ProfileMatching matching = new ProfileMatching(guests);

    @Test
    void theDeskMatchesTheSameEmailWhateverTheName() {
        Guest anna = guest(1, "Anna", "Berg", "anna@example.com", "+49 30 1234567");
        guests.store(anna);
        assertThat(matching.atDesk("Ann", "Berg", "ANNA@example.com", null)).contains(anna);
    }

    @Test
    void theDeskMatchesTheSameNameAndPhone() {
        Guest anna = guest(1, "Anna", "Berg", null, "+49 30 1234567");
        guests.store(anna);
        assertThat(matching.atDesk("anna", "berg", null, "+49 (30) 123 4567")).contains(anna);
        assertThat(matching.atDesk("Anna", "Berg", null, "+49 30 7654321")).isEmpty();
        assertThat(matching.atDesk("Maria", "Berg", null, "+49 30 1234567")).isEmpty();
        assertThat(matching.atDesk("Anna", "Berg", null, null)).isEmpty();
    }

    @Test
    void aChannelMatchesOnlyTheExactEmail() {
        Guest anna = guest(1, "Anna", "Berg", "anna@example.com", "+49 30 1234567");
        guests.store(anna);
        assertThat(matching.fromChannel("anna@example.com")).contains(anna);
        assertThat(matching.fromChannel(null)).isEmpty();
        assertThat(matching.fromChannel("anna.berg@example.com")).isEmpty();
    }

    @Test
    void theOldestWinsAndAMergedProfileLeadsToItsSurvivor() {
        Guest first = guest(1, "Anna", "Berg", "anna@example.com", null);
        Guest second = guest(2, "Anna", "Berg", "anna@example.com", null);
        Guest third = guest(3, "Anna", "Berg", "anna@example.com", null);
        guests.store(first);
        guests.store(second);
        guests.store(third);
        assertThat(matching.atDesk("Anna", "Berg", "anna@example.com", null)).contains(first);
        second.absorb(first, "clerk", Instant.now());
        third.absorb(second, "clerk", Instant.now());
        assertThat(matching.fromChannel("anna@example.com")).contains(third);
        assertThat(matching.atDesk("Anna", "Berg", "anna@example.com", null)).contains(third);
    }

    @Test
    void aRegistrationMatchesTheSameDocument() {
        Guest anna = guest(1, "Anna", "Berg", null, null);
        anna.registered("PASSPORT", "C01X00T47", "DE", null);
        guests.store(anna);
        assertThat(matching.byDocument("PASSPORT", "C01X00T47")).contains(anna);
        assertThat(matching.byDocument("ID_CARD", "C01X00T47")).isEmpty();
        assertThat(matching.byDocument("PASSPORT", null)).isEmpty();
    }
}
