package org.innkeeper.it.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innkeeper.it.rest.Api.DEMO_CHANNEL;
import static org.innkeeper.it.rest.Api.FRONT_DESK;
import static org.innkeeper.it.rest.Api.MANAGER;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Complaints and the survey over the API against the server: a complaint registered with the guest's
 * words (hostile text kept as text), compensated on the folio with its reference; at check-out the
 * thank-you really leaves the server (GreenMail, as in {@link OutboxIT}) with a one-use survey link the
 * guest answers without login; a second answer and a guessed link refused as problem+json; the low
 * score opens a complaint for the duty manager; the figures for managers only.
 */
class ServiceQualityIT {

    private static final String HOSTILE = "<script>alert('x')</script>";
    private static final Pattern LINK = Pattern.compile("(http\\S+/survey\\.xhtml\\?token=([A-Za-z0-9_-]{43}))");
    private static GuestMail mail;

    @BeforeAll
    static void startSmtpServer() {
        mail = GuestMail.start();
    }

    @AfterAll
    static void stopSmtpServer() {
        mail.close();
    }

    @Test
    void aComplaintCompensatedThenTheThanksAndTheSurveyAnsweredOnceFromItsLink() throws Exception {
        String email = "survey-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        StayFixtures.Guest guest = StayFixtures.inHouse("Survey" + UUID.randomUUID().toString().substring(0, 6), 1, email);
        String cn = guest.confirmationNumber();
        Api.post("/frontdesk/reservations/" + cn + "/folio/charges", FRONT_DESK,
                Map.of("article", "MINIBAR", "amount", new BigDecimal("11.90"))).ok(201);

        Map<String, Object> complaint = new LinkedHashMap<>();
        complaint.put("confirmationNumber", cn);
        complaint.put("category", "FOOD_AND_BEVERAGE");
        complaint.put("severity", "MEDIUM");
        complaint.put("source", "PHONE");
        complaint.put("guestWords", HOSTILE + " the minibar was warm");
        Api.Reply registered = Api.post("/complaints", FRONT_DESK, complaint);
        JsonNode taken = registered.ok(201);
        String ref = taken.path("reference").asText();
        assertThat(ref).matches("CMP-\\d{6}");
        assertThat(registered.header("Location")).get().asString().endsWith("/complaints/" + ref);
        assertThat(taken.path("guestWords").asText()).startsWith(HOSTILE);
        assertThat(taken.path("roomNumber").asText()).isEqualTo(guest.roomNumber());
        assertThat(taken.path("standardSteps").asText()).contains("Replace the dish");
        assertThat(taken.path("takenBy").asText()).isEqualTo("frontdesk");

        JsonNode compensated = Api.post("/complaints/" + ref + "/compensations", FRONT_DESK, Map.of("kind", "DISCOUNT",
                "article", "MINIBAR", "amount", new BigDecimal("5.00"), "reason", "warm drinks")).ok(200);
        assertThat(compensated.path("compensationAmount").decimalValue()).isEqualByComparingTo("5.00");
        Api.post("/complaints/" + ref + "/compensations", FRONT_DESK, Map.of("kind", "DISCOUNT", "amount",
                new BigDecimal("500.00"), "reason", "too much")).problem(409, "compensation-exceeds-charges");
        JsonNode folio = Api.get("/frontdesk/reservations/" + cn + "/folio", FRONT_DESK).ok(200);
        assertThat(folio.path("postings").findParents("complaint")).anySatisfy(p -> {
            assertThat(p.path("complaint").asText()).isEqualTo(ref);
            assertThat(p.path("amount").decimalValue()).isEqualByComparingTo("-5.00");
            assertThat(p.path("reason").asText()).isEqualTo(ref + ": warm drinks");
        });
        Api.post("/complaints/" + ref + "/resolution", FRONT_DESK, Map.of("actionTaken", "Cold drinks brought up",
                "guestAccepted", true, "mistakeAdmitted", true)).ok(200);

        StayFixtures.settleWindows(cn, true);
        Api.post("/frontdesk/reservations/" + cn + "/check-out", FRONT_DESK, null).ok(200);
        Api.put("/rooms/" + guest.roomNumber() + "/housekeeping", FRONT_DESK, Map.of("status", "CLEAN"));

        MimeMessage thanks = mail.await(email, "Thank you");
        assertThat(thanks.getSubject()).contains("Thank you", "Innkeeper Riverside Hotel");
        String body = GuestMail.text(thanks);
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as("a survey link in %s", body).isTrue();
        assertThat(link.group(1)).startsWith(Api.BASE_URL + "/survey.xhtml?token=");
        String token = link.group(2);

        // the guest's own calls: no login
        JsonNode invitation = Api.get("/surveys/" + token, null).ok(200);
        assertThat(invitation.path("hotelName").asText()).isEqualTo("Innkeeper Riverside Hotel");
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("nps", 4);
        answers.put("csatOverall", 2);
        answers.put("foodAndBeverage", 1);
        answers.put("comment", HOSTILE + " never again");
        assertThat(Api.post("/surveys/" + token + "/answers", null, answers).status()).isEqualTo(204);
        Api.post("/surveys/" + token + "/answers", null, answers).problem(409, "survey-answered");
        Api.get("/surveys/" + token, null).problem(409, "survey-answered");
        Api.get("/surveys/" + "A".repeat(43), null).problem(404, "not-found");
        Api.get("/surveys/not-a-token", null).problem(404, "not-found");

        // the low score opened a complaint for the duty manager, and the stay's survey shows the answers
        JsonNode forStay = Api.get("/complaints/stays/" + cn, FRONT_DESK).ok(200);
        assertThat(forStay.findParents("source")).anySatisfy(c -> {
            assertThat(c.path("source").asText()).isEqualTo("SURVEY");
            assertThat(c.path("assignedTo").asText()).isEqualTo("duty manager");
            assertThat(c.path("category").asText()).isEqualTo("FOOD_AND_BEVERAGE");
            assertThat(c.path("repeat").asBoolean()).as("the same guest complained before").isTrue();
            assertThat(c.path("guestWords").asText()).contains(HOSTILE + " never again");
        });
        JsonNode results = Api.get("/surveys", FRONT_DESK).ok(200);
        assertThat(results.findParents("confirmationNumber")).anySatisfy(r -> {
            assertThat(r.path("confirmationNumber").asText()).isEqualTo(cn);
            assertThat(r.path("nps").asInt()).isEqualTo(4);
            assertThat(r.path("checkedInBy").asText()).isEqualTo("frontdesk");
            assertThat(r.path("checkedOutBy").asText()).isEqualTo("frontdesk");
        });

        JsonNode figures = Api.get("/reports/service-quality", MANAGER).ok(200);
        assertThat(figures.path("overall").path("answers").asLong()).isPositive();
        assertThat(figures.path("surveysSent").asLong()).isGreaterThanOrEqualTo(figures.path("surveysAnswered").asLong());
        assertThat(figures.path("byDepartment")).hasSize(4);
        assertThat(figures.path("byMonth").size()).as("a month at least").isPositive();
        Api.Reply csv = Api.get("/reports/service-quality?format=csv&trend=week", MANAGER);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("NPS", "CSAT %");
        Api.get("/reports/service-quality", FRONT_DESK).problem(403, null);
    }

    @Test
    void complaintsAreForStaffAndRefuseWhatIsWrong() {
        Api.get("/complaints", null).problem(401, null);
        Api.get("/complaints", DEMO_CHANNEL).problem(403, null);
        Api.get("/complaints/repeats", FRONT_DESK).problem(403, null);
        assertThat(Api.get("/complaints/repeats", MANAGER).ok(200).isArray()).isTrue();
        Api.get("/complaints/CMP-999999", FRONT_DESK).problem(404, "not-found");
        Map<String, Object> wrong = new LinkedHashMap<>();
        wrong.put("guestName", "Walk-in");
        wrong.put("roomNumber", "101");
        wrong.put("category", "WEATHER");
        wrong.put("severity", "LOW");
        wrong.put("guestWords", "Rain");
        assertThat(Api.post("/complaints", FRONT_DESK, wrong).problem(422, "invalid-value").path("field").asText())
                .isEqualTo("category");
        assertThat(Api.get("/complaints/standards", FRONT_DESK).ok(200)).hasSize(8);
        Api.put("/complaints/standards/NOISE", FRONT_DESK, Map.of("steps", "x", "targetMinutes", 10)).problem(403, null);
    }
}
