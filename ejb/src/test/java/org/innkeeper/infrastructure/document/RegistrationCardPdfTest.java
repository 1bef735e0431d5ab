package org.innkeeper.infrastructure.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.innkeeper.application.dto.RegistrationCardView;
import org.innkeeper.application.dto.RegistrationCardView.CompanionLine;
import org.innkeeper.application.dto.RegistrationCardView.GuestLine;
import org.innkeeper.application.dto.RegistrationCardView.NightLine;
import org.junit.jupiter.api.Test;

class RegistrationCardPdfTest {

    private final RegistrationCardPdf pdf = new RegistrationCardPdf();

    @Test
    void anEnglishCardShowsTheGuestCompanionsStayAndPrices() throws IOException {
        byte[] bytes = pdf.render(card("en", new GuestLine("Ivan", "Petrov", "ivan@example.test", "+7 921 000 11 22",
                "RU", LocalDate.of(1980, 5, 17), "PASSPORT", "4510 123456"),
                List.of(new CompanionLine("Anna Petrova", "PASSPORT", "4511 654321", "RU", LocalDate.of(1982, 2, 1)),
                        new CompanionLine("Mark Petrov", "ID_CARD", "ID 778899", null, null))));

        assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        String text = text(bytes);
        assertThat(text).contains("Registration card", "Hotel Nevsky", "IKABCD2345",
                "Guest", "Ivan Petrov", "Passport", "4510 123456", "17 May 1980",
                "Companions", "Identity document", "Anna Petrova", "4511 654321", "Mark Petrov", "Identity card",
                "ID 778899",
                "Arrival", "3 Mar 2027", "Departure", "6 Mar 2027",
                "Room", "214", "DBL – Double room", "Rate", "BAR – Best available rate",
                "409.50 EUR", "City tax", "6.00 EUR", "Total", "1,234.50 EUR",
                "Policies", "Free cancellation until 1 March 2027",
                "Keys issued", "Signature of the guest", "Anna Smith", "14:05");
        assertThat(text).doesNotContain("Регистрационная карта");
    }

    @Test
    void aRussianCardPrintsCyrillicLabelsAndNames() throws IOException {
        byte[] bytes = pdf.render(card("ru", new GuestLine("Иван", "Петров", null, null, "RU",
                LocalDate.of(1980, 5, 17), "PASSPORT", "4510 123456"),
                List.of(new CompanionLine("Анна Петрова", "PASSPORT", "4511 654321", "RU", null),
                        new CompanionLine("Марк Петров", "DRIVING_LICENCE", "77 АВ 123456", null, null))));

        String text = text(bytes);
        assertThat(text).contains("Регистрационная карта", "Иван Петров", "Паспорт", "4510 123456", "17.05.1980",
                "Сопровождающие лица", "Анна Петрова", "4511 654321", "Марк Петров", "Водительское удостоверение",
                "77 АВ 123456", "Заезд", "03.03.2027", "Выезд", "06.03.2027", "Номер", "214",
                "Итого", "1 234,50 EUR", "Подпись гостя");
        assertThat(text).doesNotContain("Registration card", "Signature of the guest");
        // The font travels inside the PDF, so the card prints the same on any machine.
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).contains("/FontFile2");
    }

    @Test
    void aGuestOfAnotherLanguageGetsTheCardInEnglish() throws IOException {
        assertThat(text(pdf.render(card("de", guest(), List.of())))).contains("Registration card", "Companions");
    }

    @Test
    void onlyTheLastFourDigitsOfTheGuaranteeCardArePrinted() throws IOException {
        String text = text(pdf.render(card("en", guest(), List.of())));

        assertThat(text).contains("**** 4242").doesNotContainPattern("\\d\\s*4242");
        assertThatThrownBy(() -> card("en", guest(), List.of(), "4000056655664242"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static GuestLine guest() {
        return new GuestLine("Ivan", "Petrov", null, null, null, null, null, null);
    }

    private static RegistrationCardView card(String language, GuestLine guest, List<CompanionLine> companions) {
        return card(language, guest, companions, "4242");
    }

    private static RegistrationCardView card(String language, GuestLine guest, List<CompanionLine> companions,
                                             String cardLast4) {
        BigDecimal night = new BigDecimal("409.50");
        return new RegistrationCardView("Hotel Nevsky", "Nevsky prospekt 1, Saint Petersburg", language,
                "IKABCD2345", guest, companions,
                LocalDate.of(2027, 3, 3), LocalDate.of(2027, 3, 6), 3, 2, 1,
                "214", "DBL", "Double room", "BAR", "Best available rate", true,
                List.of(new NightLine(LocalDate.of(2027, 3, 3), night), new NightLine(LocalDate.of(2027, 3, 4), night),
                        new NightLine(LocalDate.of(2027, 3, 5), night)),
                new BigDecimal("1234.50"), "EUR", new BigDecimal("6.00"),
                "Free cancellation until 1 March 2027, then the first night. No-show: the first night.",
                cardLast4, null, 2, Instant.parse("2027-03-03T11:05:00Z"), ZoneId.of("Europe/Moscow"), "Anna Smith");
    }

    /**
     * All pages' text with every run of white space made one plain space: cells wrap where the
     * column ends, and Russian groups digits with no-break spaces.
     */
    private static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString().replaceAll("[\\s\u00A0\u202F]+", " ");
        } finally {
            reader.close();
        }
    }
}
