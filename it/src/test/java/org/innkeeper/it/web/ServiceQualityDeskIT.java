package org.innkeeper.it.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innkeeper.it.rest.Api.FRONT_DESK;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.innkeeper.it.rest.Api;
import org.innkeeper.it.rest.GuestMail;
import org.innkeeper.it.rest.StayFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Complaints and the survey in the browser: a complaint taken at the desk (the guest's hostile words shown
 * as text) and compensated, the compensation on the folio with the complaint's reference; the guest
 * leaves, the thank-you arrives (GreenMail), the survey is answered from the e-mailed link without
 * login, and the NPS on the managers' dashboard moves.
 */
class ServiceQualityDeskIT extends DeskBrowser {

    private static final String HOSTILE = "<script>window.hacked=1</script>";
    private static final Pattern LINK = Pattern.compile("(http\\S+/survey\\.xhtml\\?token=[A-Za-z0-9_-]{43})");
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
    void aComplaintCompensatedOnTheFolioThenTheSurveyFromTheMailMovesTheNps() throws Exception {
        String email = "desk-survey-" + unique() + "@example.org";
        StayFixtures.Guest guest = StayFixtures.inHouse("Quality" + unique(), 1, email);
        String cn = guest.confirmationNumber();
        Api.post("/frontdesk/reservations/" + cn + "/folio/charges", FRONT_DESK,
                Map.of("article", "MINIBAR", "amount", new BigDecimal("9.50"))).ok(201);

        logIn("manager", "manager");
        navigate("complaints/index.xhtml");
        type(By.id("complaintStay"), cn);
        type(By.id("guestWords"), HOSTILE + " the fridge is broken");
        click(By.id("registerComplaint"));
        waitFor(By.id("complaintReference"));
        String ref = text(By.id("complaintReference"));
        assertThat(ref).matches("CMP-\\d{6}");
        assertThat(text(By.id("complaintWords"))).as("shown as text, not run").startsWith(HOSTILE);
        assertThat(((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return window.hacked")).isNull();
        assertThat(text(By.id("standardSteps"))).isNotBlank();

        type(By.id("compensationArticle"), "MINIBAR");
        type(By.id("compensationAmount"), "4.00");
        type(By.id("compensationReason"), "warm drinks");
        click(By.id("compensateComplaint"));
        waitFor(By.id("compensationText"));
        type(By.id("actionTaken"), "Fridge replaced");
        click(By.id("resolveComplaint"));
        waitForText(By.id("complaintStatus"), "Resolved");
        screenshot("complaint-compensated");

        open("departure/folio.xhtml?cn=" + cn);
        waitForText(By.tagName("body"), "Compensation " + ref);
        assertThat(driver.findElement(By.tagName("body")).getText()).contains(ref + ": warm drinks");
        screenshot("compensation-on-folio");

        // the dashboard for today's departures, before the guest answers
        open("reports/quality.xhtml");
        setDate("from", Api.businessDate().toString());
        setDate("to", Api.businessDate().toString());
        click(By.id("runQuality"));
        BigDecimal before = new BigDecimal(text(By.id("npsValue")));

        StayFixtures.settleWindows(cn, true);
        Api.post("/frontdesk/reservations/" + cn + "/check-out", FRONT_DESK, null).ok(200);
        Api.put("/rooms/" + guest.roomNumber() + "/housekeeping", FRONT_DESK, Map.of("status", "CLEAN"));
        String link = surveyLink(email);

        // the guest, from the e-mail: a promoter if that moves the score up, else a detractor
        boolean promoter = before.compareTo(new BigDecimal("100")) < 0;
        driver.get(link);
        waitForPage();
        waitFor(By.id("sendSurvey"));
        chooseButton("nps", promoter ? "10" : "0");
        chooseButton("csatOverall", promoter ? "5" : "1");
        chooseButton("cleanliness", promoter ? "5" : "1");
        type(By.id("comment"), HOSTILE + " thanks");
        click(By.id("sendSurvey"));
        waitFor(By.id("surveyThanks"));
        screenshot("survey-answered");
        driver.get(link);
        waitForPage();
        waitForText(By.id("surveyRefused"), "answered already");

        open("reports/quality.xhtml");
        setDate("from", Api.businessDate().toString());
        setDate("to", Api.businessDate().toString());
        click(By.id("runQuality"));
        BigDecimal after = new BigDecimal(text(By.id("npsValue")));
        screenshot("quality-dashboard");
        assertThat(after).as("the NPS moved").isNotEqualByComparingTo(before);
        assertThat(promoter ? after.compareTo(before) > 0 : after.compareTo(before) < 0).isTrue();

        // the guest's comment, on the complaint a low score opened, is text too
        if (!promoter) {
            open("complaints/index.xhtml");
            assertThat(driver.findElement(By.id("openComplaints")).getText()).contains(HOSTILE + " thanks");
            assertThat(((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return window.hacked")).isNull();
        }
    }

    private static String surveyLink(String email) throws Exception {
        Matcher link = LINK.matcher(GuestMail.text(mail.await(email, "Thank you")));
        assertThat(link.find()).isTrue();
        return link.group(1);
    }
}
