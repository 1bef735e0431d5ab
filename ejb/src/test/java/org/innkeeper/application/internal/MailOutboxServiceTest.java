package org.innkeeper.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import org.innkeeper.application.dto.BookingRequest;
import org.innkeeper.application.dto.GroupBookingRequest;
import org.innkeeper.application.dto.GuestDetails;
import org.innkeeper.application.dto.OutboxMessageView;
import org.innkeeper.application.dto.RoomRequest;
import org.innkeeper.domain.hotel.Hotel;
import org.innkeeper.domain.mail.MailKind;
import org.innkeeper.domain.rate.RatePlan;
import org.innkeeper.domain.rate.RatePolicies;
import org.innkeeper.domain.rate.RoomRate;
import org.innkeeper.domain.room.RoomType;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.Money;
import org.innkeeper.infrastructure.mail.SmtpServer;
import org.innkeeper.infrastructure.persistence.Repositories;
import org.innkeeper.infrastructure.persistence.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The e-mail outbox through the services, on H2 and PostgreSQL, with a real SMTP server (GreenMail)
 * in the test: messages exist only if their transaction commits, are sent with subject, body and
 * attachment intact, fail with a reason and are tried again later, and wait while no SMTP server is
 * configured; a booking with an e-mail address queues its confirmation.
 */
class MailOutboxServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 5, 10);
    private static final Instant NOW = Instant.parse("2027-05-10T10:00:00Z");

    private TestDatabase db;
    private GreenMail greenMail;
    private final MovableClock clock = new MovableClock(NOW);
    private SmtpServer smtp = new SmtpServer(Session.getInstance(new Properties()), false);

    private void open(TestDatabase.Kind kind) {
        assumeTrue(kind == TestDatabase.Kind.H2 || TestDatabase.postgresqlAvailable(),
                "PostgreSQL is not running on 127.0.0.1:5432");
        db = TestDatabase.of(kind);
        db.inTransaction(em -> {
            em.persist(new Hotel("Riverside Test Hotel", "EUR", ZoneOffset.UTC, TODAY));
            RoomType std = new RoomType("STD", "Standard Double", 2, 0);
            em.persist(std);
            RatePlan bar = new RatePlan("BAR", "Best Available Rate", null, 0, RatePolicies.flexible(24));
            em.persist(bar);
            for (LocalDate n = TODAY; n.isBefore(TODAY.plusDays(30)); n = n.plusDays(1)) {
                em.persist(new RoomRate(bar, std, n, Money.of("100", "EUR")));
            }
            Repositories.bind(em).inventory().open(std, TODAY, TODAY.plusDays(30), 3);
            return null;
        });
    }

    @AfterEach
    void close() {
        if (greenMail != null) {
            greenMail.stop();
        }
        if (db != null) {
            db.close();
        }
    }

    private <T> T tx(Function<Services, T> work) {
        return db.inTransaction(em -> work.apply(Services.bind(em, clock, db).withSmtp(smtp)));
    }

    private static SmtpServer smtpAt(int port) {
        Properties props = new Properties();
        props.setProperty("mail.smtp.host", "localhost");
        props.setProperty("mail.smtp.port", String.valueOf(port));
        props.setProperty("mail.from", "reservations@riverside.example");
        return new SmtpServer(Session.getInstance(props), true);
    }

    /** As the timer does: outside a transaction, each message in one of its own. */
    private int sendPending() {
        return db.inTransaction(em -> Services.bind(em, clock, db).withSmtp(smtp)).mail().sendPending();
    }

    private List<OutboxMessageView> outbox() {
        return tx(s -> s.mail().outbox(null, 100)).messages();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aPendingMessageIsSentWithSubjectBodyAndAttachmentIntact(TestDatabase.Kind kind) throws Exception {
        open(kind);
        greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        greenMail.start();
        smtp = smtpAt(greenMail.getSmtp().getPort());
        byte[] pdf = "%PDF-1.7 an invoice, ünïcödé and all\n".getBytes(StandardCharsets.UTF_8);

        long id = tx(s -> s.mail().queue("ada@example.com", "Your invoice 2027-000001", "Dear Ada,\nyour invoice is attached.\n",
                "invoice-2027-000001.pdf", "application/pdf", pdf, MailKind.INVOICE, "IK2ABCDEFG"));
        assertThat(outbox()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo(id);
            assertThat(m.status()).isEqualTo("PENDING");
            assertThat(m.createdBy()).isEqualTo("clerk");
            assertThat(m.attachmentName()).isEqualTo("invoice-2027-000001.pdf");
        });

        assertThat(sendPending()).isEqualTo(1);

        assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage received = greenMail.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("Your invoice 2027-000001");
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo("ada@example.com");
        assertThat(received.getFrom()[0].toString()).isEqualTo("reservations@riverside.example");
        MimeMultipart parts = (MimeMultipart) received.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        // SMTP carries lines ended by CRLF
        assertThat(parts.getBodyPart(0).getContent().toString().replace("\r\n", "\n")).isEqualTo("Dear Ada,\nyour invoice is attached.\n");
        assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("invoice-2027-000001.pdf");
        assertThat(parts.getBodyPart(1).getContentType()).startsWith("application/pdf");
        assertThat(parts.getBodyPart(1).getInputStream().readAllBytes()).isEqualTo(pdf);

        assertThat(outbox()).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo("SENT");
            assertThat(m.attempts()).isEqualTo(1);
            assertThat(m.sentAt()).isEqualTo(NOW);
            assertThat(m.lastError()).isNull();
            assertThat(m.nextAttemptAt()).isNull();
        });
        // sent once: another round sends nothing again
        assertThat(sendPending()).isZero();
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aFailingSmtpServerMarksTheMessageFailedKeepsItAndTriesAgainLater(TestDatabase.Kind kind) throws Exception {
        open(kind);
        smtp = smtpAt(closedPort());
        tx(s -> s.mail().queue("ada@example.com", "Your booking", "Dear Ada", MailKind.BOOKING_CONFIRMATION, "IK2ABCDEFG"));

        assertThat(sendPending()).isZero();
        OutboxMessageView failed = tx(s -> s.mail().outbox("failed", 10)).messages().get(0);
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isNotBlank().hasSizeLessThanOrEqualTo(300).doesNotContain("\n", "\tat ")
                .containsIgnoringCase("connect");
        assertThat(failed.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(tx(s -> s.mail().outbox(null, 10)).failed()).isEqualTo(1);

        // not before its pause is over; then again, a little later each time, until it gives up
        assertThat(sendPending()).isZero();
        assertThat(outbox().get(0).attempts()).isEqualTo(1);
        for (int attempt = 2; attempt <= 5; attempt++) {
            clock.set(clock.instant().plus(Duration.ofMinutes(attempt - 1)));
            sendPending();
            assertThat(outbox().get(0).attempts()).isEqualTo(attempt);
        }
        clock.set(clock.instant().plus(Duration.ofHours(1)));
        sendPending();
        assertThat(outbox()).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo("FAILED");
            assertThat(m.attempts()).isEqualTo(5);
            assertThat(m.nextAttemptAt()).isNull();
            assertThat(m.subject()).isEqualTo("Your booking");
        });
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void withoutAnSmtpServerMessagesWaitPending(TestDatabase.Kind kind) {
        open(kind);
        tx(s -> s.mail().queue("ada@example.com", "Your booking", "Dear Ada", MailKind.BOOKING_CONFIRMATION, null));

        assertThat(sendPending()).isZero();

        var outbox = tx(s -> s.mail().outbox("PENDING", 10));
        assertThat(outbox.smtpConfigured()).isFalse();
        assertThat(outbox.pending()).isEqualTo(1);
        assertThat(outbox.messages()).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo("PENDING");
            assertThat(m.attempts()).isZero();
        });
        assertThatThrownBy(() -> tx(s -> s.mail().outbox("LOST", 10))).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aMessageExistsOnlyIfItsTransactionCommits(TestDatabase.Kind kind) {
        open(kind);
        assertThatThrownBy(() -> tx(s -> {
            s.mail().queue("ada@example.com", "Your booking", "Dear Ada", MailKind.BOOKING_CONFIRMATION, null);
            throw new IllegalStateException("the booking failed after all");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(outbox()).isEmpty();
        assertThatThrownBy(() -> tx(s -> s.mail().queue("not an address", "Subject", "Body", MailKind.INVOICE, null)))
                .isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aBookingWithAnEmailQueuesItsConfirmationAndOneWithoutQueuesNothing(TestDatabase.Kind kind) {
        open(kind);
        String cn = tx(s -> s.reservations().book(request("ada@example.com"), "channel:DEMO")).confirmationNumber();
        tx(s -> s.reservations().book(request(null), "DESK_PHONE"));
        tx(s -> s.reservations().book(request("walkin@example.com"), "DESK_WALK_IN"));

        assertThat(outbox()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo("BOOKING_CONFIRMATION");
            assertThat(m.confirmationNumber()).isEqualTo(cn);
            assertThat(m.recipient()).isEqualTo("ada@example.com");
            assertThat(m.subject()).contains("Riverside Test Hotel", cn);
        });
        String body = tx(s -> s.repositories.em().createQuery("select m.body from OutboxMessage m", String.class)
                .getSingleResult());
        assertThat(body).contains("Dear Ada Lovelace", cn, "Riverside Test Hotel", "Standard Double",
                "Best Available Rate", "Tue 11 May 2027", "Thu 13 May 2027", "2 nights", "2 adults", "200.00 EUR");
        assertThat(body).containsIgnoringCase("cancel");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aGroupBookingQueuesOneConfirmationNamingEveryRoom(TestDatabase.Kind kind) {
        open(kind);
        var group = tx(s -> s.reservations().bookGroup(new GroupBookingRequest(TODAY.plusDays(1), TODAY.plusDays(2),
                List.of(new RoomRequest("STD", "BAR", 2, 0), new RoomRequest("STD", "BAR", 1, 0)),
                new GuestDetails("Ada", "Lovelace", "ada@example.com", null), null, null, null), "DESK_PHONE"));

        assertThat(outbox()).singleElement().satisfies(m -> assertThat(m.confirmationNumber()).isEqualTo(group.reference()));
        String body = tx(s -> s.repositories.em().createQuery("select m.body from OutboxMessage m", String.class)
                .getSingleResult());
        assertThat(body).contains(group.reference(), group.reservations().get(0).confirmationNumber(),
                group.reservations().get(1).confirmationNumber(), "Total for all rooms");
    }

    private static BookingRequest request(String email) {
        return new BookingRequest("STD", "BAR", TODAY.plusDays(1), TODAY.plusDays(3), 2, 0,
                new GuestDetails("Ada", "Lovelace", email, null), null, null, null, null);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
