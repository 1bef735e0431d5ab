package org.innkeeper.web.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Properties;
import org.innkeeper.application.dto.PolicyView;
import org.innkeeper.application.dto.ReasonView;
import org.innkeeper.web.faces.FacesMessages;
import org.junit.jupiter.api.Test;

/** Refusal reasons and rate terms in the clerk's language, from the real bundles. */
class ReasonsTest {

    private static Reasons in(String bundle, Locale locale) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = ReasonsTest.class.getResourceAsStream("/org/innkeeper/web/" + bundle)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Reasons reasons = new Reasons();
        // the hotel's zone: the machine's here, as the demo's is
        reasons.hotels = new org.innkeeper.application.HotelService() {
            @Override
            public java.time.LocalDate businessDate() {
                return java.time.LocalDate.now();
            }

            @Override
            public org.innkeeper.application.dto.HotelView hotel() {
                return new org.innkeeper.application.dto.HotelView("Test", "EUR", businessDate(),
                        ZoneId.systemDefault().getId());
            }

            @Override
            public org.innkeeper.application.dto.DeskOverview overview() {
                throw new UnsupportedOperationException();
            }
        };
        reasons.messages = new FacesMessages() {
            @Override
            public boolean has(String key) {
                return texts.containsKey(key);
            }

            @Override
            public String text(String key, Object... args) {
                return new MessageFormat(texts.getProperty(key, key), locale).format(args);
            }
        };
        return reasons;
    }

    @Test
    void aMinimumStayKeepsItsNumberOfNightsInEitherLanguage() throws IOException {
        ReasonView minStay = new ReasonView("min-stay", "minimum stay 3 nights for arrival on 2027-12-30", 3);
        assertThat(in("messages.properties", Locale.ENGLISH).text(minStay))
                .isEqualTo("minimum stay 3 nights for this arrival date");
        assertThat(in("messages_ru.properties", Locale.forLanguageTag("ru")).text(minStay))
                .contains("(ночей): 3");
    }

    @Test
    void aReasonWithoutATranslationFallsBackToTheServicesSentence() throws IOException {
        ReasonView unknown = new ReasonView("new-rule", "a rule the desk does not know yet", null);
        assertThat(in("messages.properties", Locale.ENGLISH).text(unknown)).isEqualTo("a rule the desk does not know yet");
        assertThat(in("messages.properties", Locale.ENGLISH).text(new ReasonView("closed-to-arrival", "closed to arrival on 2027-12-24", null)))
                .isEqualTo("closed to arrival on this date");
    }

    @Test
    void termsSayWhatTheyCostInMoney() throws IOException {
        Instant until = LocalDateTime.of(2027, 3, 1, 15, 0).atZone(ZoneId.systemDefault()).toInstant();
        PolicyView flexible = new PolicyView("NONE", BigDecimal.ZERO, BigDecimal.ZERO, 24, until, "FIRST_NIGHT", BigDecimal.ZERO,
                new BigDecimal("142"), "FIRST_NIGHT", BigDecimal.ZERO, new BigDecimal("142"), true, "ignored");
        assertThat(in("messages.properties", Locale.ENGLISH).policy(flexible)).isEqualTo(
                "No guarantee needed. Free cancellation until 2027-03-01 15:00, then the first night (142.00)."
                        + " No-show: the first night (142.00).");
        PolicyView prepaid = new PolicyView("DEPOSIT", new BigDecimal("100"), new BigDecimal("269.2"), null, null, "FULL_STAY",
                BigDecimal.ZERO, new BigDecimal("269.2"), "FULL_STAY", BigDecimal.ZERO, new BigDecimal("269.2"), false, "ignored");
        assertThat(in("messages_ru.properties", Locale.forLanguageTag("ru")).policy(prepaid))
                .startsWith("Депозит 100 % (269.20)").contains("Без возврата").contains("всё проживание (269.20)");
    }
}
