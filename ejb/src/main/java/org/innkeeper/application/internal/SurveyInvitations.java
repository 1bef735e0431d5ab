package org.innkeeper.application.internal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.innkeeper.application.MailService;
import org.innkeeper.domain.hotel.Hotel;
import org.innkeeper.domain.mail.MailKind;
import org.innkeeper.domain.reservation.Reservation;
import org.innkeeper.domain.survey.Survey;
import org.innkeeper.domain.survey.SurveyRepository;

/**
 * "Ask right after": at check-out the stay gets its survey (a one-use link) and the guest a thank-you
 * e-mail with the link, in their language, queued in the outbox in the check-out's transaction. Every
 * guest gets the same survey.
 */
@ApplicationScoped
public class SurveyInvitations {

    /** The public address of the hotel's pages, as the guest reaches them (system property {@code innkeeper.public.url}). */
    public static final String PUBLIC_URL = "innkeeper.public.url";
    /** Where the survey page is, under the public address. */
    public static final String PAGE = "/survey.xhtml?token=";

    @Inject
    SurveyRepository surveys;
    @EJB
    MailService mail;

    /**
     * The survey of a stay that just left (on {@code today}'s business date, which the figures count it
     * by), and the thanks by e-mail when there is an address; once per stay.
     */
    public Survey invite(Reservation r, Today today) {
        Hotel hotel = today.hotel();
        Instant now = today.instant();
        if (surveys.ofReservation(r.id()).isPresent()) {
            return null;
        }
        String language = r.guest() != null && r.guest().language() != null ? r.guest().language() : "en";
        Survey survey = new Survey(new Survey.Stay(r.id(), r.confirmationNumber().value(),
                r.guest() == null ? null : r.guest().id(), r.room() == null ? null : r.room().number(),
                r.checkedInBy(), r.checkedOutBy(), today.businessDate(), language), now);
        surveys.store(survey);
        String to = r.contactEmail();
        if (to != null) {
            ResourceBundle texts = ResourceBundle.getBundle("org.innkeeper.mail.survey", Locale.forLanguageTag(
                    survey.language()), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
            Locale locale = Locale.forLanguageTag(survey.language());
            String until = DateTimeFormatter.ofPattern("d MMMM yyyy", locale)
                    .format(survey.expiresAt().atZone(hotel.timeZone()));
            Object[] args = {r.guestName(), hotel.name(), link(survey.token()), until};
            mail.queue(to, new MessageFormat(texts.getString("subject"), locale).format(args),
                    new MessageFormat(texts.getString("body"), locale).format(args), MailKind.SURVEY,
                    r.confirmationNumber().value());
        }
        return survey;
    }

    /** The survey's link as the guest gets it. */
    public static String link(String token) {
        return publicUrl() + PAGE + token;
    }

    static String publicUrl() {
        String url = System.getProperty(PUBLIC_URL);
        if (url == null || url.isBlank()) {
            int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
            url = "http://localhost:" + (8080 + offset);
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
