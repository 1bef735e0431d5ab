package org.innkeeper.it.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innkeeper.it.rest.Api.DEMO_CHANNEL;
import static org.innkeeper.it.rest.Api.FRONT_DESK;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The guest's booking confirmation really leaves the server: this JVM runs an SMTP server (GreenMail)
 * on the port the server under test was started with ({@code -Dinnkeeper.smtp.port}, see it/pom.xml),
 * a channel books with the guest's e-mail, the message arrives naming the confirmation number, and
 * the staff's outbox lists it as SENT.
 */
class OutboxIT {

    private static final int SMTP_PORT = Integer.getInteger("innkeeper.smtp.port", 2525);
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static GreenMail smtp;

    @BeforeAll
    static void startSmtpServer() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtpServer() {
        smtp.stop();
    }

    @Test
    void aBookingsConfirmationIsMailedToTheGuestAndListedAsSent() throws Exception {
        String email = "outbox-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        LocalDate arrival = LocalDate.now().plusDays(90);
        Map<String, Object> booking = Api.booking("STD", "BAR", arrival, arrival.plusDays(2), 2, "Outbox");
        @SuppressWarnings("unchecked")
        Map<String, Object> guest = (Map<String, Object>) booking.get("guest");
        guest.put("email", email);
        String cn = Api.post("/reservations", DEMO_CHANNEL, booking).ok(201).path("confirmationNumber").asText();

        MimeMessage received = eventually("the confirmation mailed to " + email, () -> Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> addressedTo(m, email)).findFirst());
        assertThat(received.getSubject()).contains(cn, "Innkeeper Riverside Hotel");
        String body = GreenMailUtil.getBody(received);
        assertThat(body).contains(cn, "Standard", "2 nights", "2 adults");

        JsonNode sent = eventually("the message listed as SENT", () -> {
            JsonNode outbox = Api.get("/frontdesk/outbox?status=SENT&limit=500", FRONT_DESK).ok(200);
            assertThat(outbox.path("smtpConfigured").asBoolean()).isTrue();
            for (JsonNode m : outbox.path("messages")) {
                if (cn.equals(m.path("confirmationNumber").asText())) {
                    return Optional.of(m);
                }
            }
            return Optional.empty();
        });
        assertThat(sent.path("recipient").asText()).isEqualTo(email);
        assertThat(sent.path("kind").asText()).isEqualTo("BOOKING_CONFIRMATION");
        assertThat(sent.path("createdBy").asText()).isEqualTo("channel:DEMO");
        assertThat(sent.path("attempts").asInt()).isPositive();
        assertThat(sent.has("sentAt")).isTrue();
    }

    @Test
    void theOutboxIsForStaffOnlyAndRefusesAnUnknownStatus() {
        Api.get("/frontdesk/outbox", DEMO_CHANNEL).problem(403, null);
        assertThat(Api.get("/frontdesk/outbox?status=LOST", FRONT_DESK).problem(422, "invalid-value").path("field").asText())
                .isEqualTo("status");
    }

    private static boolean addressedTo(MimeMessage message, String email) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(email));
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    /** Polls until the answer is there (the server's sender runs every few seconds), at most a minute. */
    private static <T> T eventually(String what, Supplier<Optional<T>> look) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            Optional<T> found = look.get();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for " + what);
    }
}
