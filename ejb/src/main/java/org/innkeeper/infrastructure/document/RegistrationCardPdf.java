package org.innkeeper.infrastructure.document;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import org.innkeeper.application.dto.RegistrationCardView;
import org.innkeeper.application.dto.RegistrationCardView.CompanionLine;
import org.innkeeper.application.dto.RegistrationCardView.GuestLine;
import org.innkeeper.application.dto.RegistrationCardView.NightLine;

/**
 * The registration card of a stay as an A4 PDF in the guest's language (Russian, else English),
 * for the guest to check and sign at the desk. The font is embedded from the classpath
 * (OpenPDF's Liberation fonts), so Cyrillic prints on a server with no fonts installed.
 */
@ApplicationScoped
public class RegistrationCardPdf {

    private static final String NONE = "—";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final Color LINE = new Color(0xAA, 0xAA, 0xAA);

    public byte[] render(RegistrationCardView card) {
        Card c = new Card(card, Language.of(card.language()), DocumentFonts.load());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 42, 42, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle(c.text(Label.TITLE) + " " + card.confirmationNumber());
        document.addCreator("Innkeeper");
        document.open();
        c.header(document);
        c.guest(document);
        c.companions(document);
        c.stay(document);
        c.roomAndRate(document);
        c.policies(document);
        c.signature(document);
        document.close();
        return out.toByteArray();
    }

    /** One rendering: the card, its language and fonts. */
    private record Card(RegistrationCardView card, Language language, DocumentFonts fonts) {

        String text(Label label) {
            return language == Language.RU ? label.ru : label.en;
        }

        void header(Document document) {
            PdfPTable table = table(new float[] {55, 45});
            PdfPCell hotel = bare();
            hotel.addElement(new Paragraph(card.hotelName(), fonts.font(true, 15)));
            if (card.hotelAddress() != null) {
                hotel.addElement(new Paragraph(card.hotelAddress(), fonts.font(false, 9, GREY)));
            }
            table.addCell(hotel);
            PdfPCell title = bare();
            Paragraph heading = new Paragraph(text(Label.TITLE), fonts.font(true, 14));
            heading.setAlignment(Element.ALIGN_RIGHT);
            title.addElement(heading);
            Paragraph number = new Paragraph(text(Label.CONFIRMATION) + " " + card.confirmationNumber(),
                    fonts.font(false, 10));
            number.setAlignment(Element.ALIGN_RIGHT);
            title.addElement(number);
            table.addCell(title);
            document.add(table);
        }

        void guest(Document document) {
            GuestLine guest = card.guest();
            section(document, Label.GUEST);
            PdfPTable table = pairs();
            pair(table, Label.NAME, guest.firstName() + " " + guest.lastName());
            pair(table, Label.DATE_OF_BIRTH, date(guest.dateOfBirth()));
            pair(table, Label.IDENTITY_DOCUMENT, documentType(guest.documentType()));
            pair(table, Label.DOCUMENT_NUMBER, orNone(guest.documentNumber()));
            pair(table, Label.NATIONALITY, orNone(guest.nationality()));
            pair(table, Label.PHONE, orNone(guest.phone()));
            pair(table, Label.EMAIL, orNone(guest.email()));
            table.completeRow();
            document.add(table);
        }

        void companions(Document document) {
            section(document, Label.COMPANIONS);
            if (card.companions().isEmpty()) {
                document.add(new Paragraph(text(Label.NO_COMPANIONS), fonts.font(false, 10)));
                return;
            }
            PdfPTable table = table(new float[] {32, 22, 18, 12, 16});
            table.setHeaderRows(1);
            for (Label column : new Label[] {Label.NAME, Label.IDENTITY_DOCUMENT, Label.DOCUMENT_NUMBER,
                    Label.NATIONALITY, Label.DATE_OF_BIRTH}) {
                table.addCell(cell(text(column), fonts.font(false, 8, GREY), true));
            }
            for (CompanionLine companion : card.companions()) {
                value(table, companion.name());
                value(table, documentType(companion.documentType()));
                value(table, orNone(companion.documentNumber()));
                value(table, orNone(companion.nationality()));
                value(table, date(companion.dateOfBirth()));
            }
            document.add(table);
        }

        void stay(Document document) {
            section(document, Label.STAY);
            PdfPTable table = pairs();
            pair(table, Label.ARRIVAL, date(card.arrival()));
            pair(table, Label.DEPARTURE, date(card.departure()));
            pair(table, Label.NIGHTS, Integer.toString(card.nights()));
            pair(table, Label.ADULTS, Integer.toString(card.adults()));
            pair(table, Label.CHILDREN, Integer.toString(card.children()));
            table.completeRow();
            document.add(table);
        }

        void roomAndRate(Document document) {
            section(document, Label.ROOM_AND_RATE);
            PdfPTable table = pairs();
            pair(table, Label.ROOM, orNone(card.roomNumber()));
            pair(table, Label.ROOM_TYPE, codeAndName(card.roomTypeCode(), card.roomTypeName()));
            pair(table, Label.RATE, codeAndName(card.ratePlanCode(), card.ratePlanName()));
            pair(table, Label.BREAKFAST, text(card.breakfastIncluded() ? Label.INCLUDED : Label.NOT_INCLUDED));
            table.completeRow();
            document.add(table);

            PdfPTable prices = table(new float[] {50, 50});
            prices.setWidthPercentage(55);
            prices.setHorizontalAlignment(Element.ALIGN_LEFT);
            prices.setSpacingBefore(6);
            prices.setHeaderRows(1);
            prices.addCell(cell(text(Label.NIGHT), fonts.font(false, 8, GREY), true));
            prices.addCell(amountCell(text(Label.PRICE), fonts.font(false, 8, GREY), true));
            for (NightLine night : card.nightlyPrices()) {
                value(prices, date(night.night()));
                prices.addCell(amountCell(money(night.gross()), fonts.font(false, 10), false));
            }
            if (card.cityTax() != null && card.cityTax().signum() != 0) {
                value(prices, text(Label.CITY_TAX));
                prices.addCell(amountCell(money(card.cityTax()), fonts.font(false, 10), false));
            }
            prices.addCell(cell(text(Label.TOTAL), fonts.font(true, 10), true));
            prices.addCell(amountCell(money(card.total()), fonts.font(true, 10), true));
            document.add(prices);

            PdfPTable guarantee = pairs();
            guarantee.setSpacingBefore(6);
            pair(guarantee, Label.GUARANTEE_CARD,
                    card.guaranteeCardLast4() == null ? NONE : "**** " + card.guaranteeCardLast4());
            pair(guarantee, Label.DEPOSIT, card.deposit() == null ? NONE : money(card.deposit()));
            guarantee.completeRow();
            document.add(guarantee);
        }

        void policies(Document document) {
            section(document, Label.POLICIES);
            String summary = card.policiesSummary();
            document.add(new Paragraph(summary == null || summary.isBlank() ? NONE : summary,
                    fonts.font(false, 9)));
        }

        void signature(Document document) {
            section(document, Label.CHECK_IN);
            ZonedDateTime at = card.checkedInAt().atZone(card.hotelZone());
            PdfPTable table = pairs();
            pair(table, Label.KEYS, Integer.toString(card.keysIssued()));
            pair(table, Label.CHECKED_IN_AT, language.dates.format(at) + " " + TIME.format(at));
            pair(table, Label.CHECKED_IN_BY, orNone(card.checkedInBy()));
            table.completeRow();
            document.add(table);

            Paragraph declaration = new Paragraph(text(Label.DECLARATION), fonts.font(false, 9));
            declaration.setSpacingBefore(10);
            document.add(declaration);

            PdfPTable lines = table(new float[] {60, 10, 30});
            lines.setSpacingBefore(24);
            PdfPCell space = cell("", fonts.font(false, 10), false);
            space.setBorder(Rectangle.BOTTOM);
            space.setBorderColor(Color.BLACK);
            space.setMinimumHeight(28);
            lines.addCell(space);
            lines.addCell(bare());
            PdfPCell date = cell(language.dates.format(at), fonts.font(false, 10), false);
            date.setBorder(Rectangle.BOTTOM);
            date.setBorderColor(Color.BLACK);
            date.setVerticalAlignment(Element.ALIGN_BOTTOM);
            lines.addCell(date);
            lines.addCell(cell(text(Label.SIGNATURE), fonts.font(false, 8, GREY), false));
            lines.addCell(bare());
            lines.addCell(cell(text(Label.DATE), fonts.font(false, 8, GREY), false));
            document.add(lines);
        }

        private void section(Document document, Label title) {
            Paragraph heading = new Paragraph(text(title), fonts.font(true, 11));
            heading.setSpacingBefore(12);
            heading.setSpacingAfter(3);
            document.add(heading);
        }

        /** Label and value, twice a row. */
        private PdfPTable pairs() {
            return table(new float[] {19, 31, 19, 31});
        }

        private void pair(PdfPTable table, Label label, String value) {
            table.addCell(cell(text(label), fonts.font(false, 8, GREY), false));
            value(table, value);
        }

        private void value(PdfPTable table, String value) {
            table.addCell(cell(value, fonts.font(false, 10), false));
        }

        private PdfPCell cell(String content, Font font, boolean ruled) {
            PdfPCell cell = new PdfPCell(new Phrase(content, font));
            cell.setBorder(ruled ? Rectangle.BOTTOM : Rectangle.NO_BORDER);
            cell.setBorderColor(LINE);
            cell.setPaddingTop(2);
            cell.setPaddingBottom(4);
            return cell;
        }

        private PdfPCell amountCell(String content, Font font, boolean ruled) {
            PdfPCell cell = cell(content, font, ruled);
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            return cell;
        }

        private String documentType(String type) {
            if (type == null) {
                return NONE;
            }
            return switch (type) {
                case "PASSPORT" -> text(Label.PASSPORT);
                case "ID_CARD" -> text(Label.ID_CARD);
                case "DRIVING_LICENCE" -> text(Label.DRIVING_LICENCE);
                default -> type;
            };
        }

        private String date(LocalDate date) {
            return date == null ? NONE : language.dates.format(date);
        }

        /** The amount scaled to the currency's minor unit, grouped as the language writes numbers. */
        private String money(BigDecimal amount) {
            int digits = fractionDigits(card.currency());
            NumberFormat format = NumberFormat.getNumberInstance(language.locale);
            format.setMinimumFractionDigits(digits);
            format.setMaximumFractionDigits(digits);
            format.setRoundingMode(RoundingMode.HALF_EVEN);
            return format.format(amount) + " " + card.currency();
        }
    }

    private static int fractionDigits(String currency) {
        try {
            return Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0);
        } catch (IllegalArgumentException e) {
            return 2;
        }
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? NONE : value;
    }

    private static String codeAndName(String code, String name) {
        if (code == null) {
            return orNone(name);
        }
        return name == null || name.isBlank() ? code : code + " – " + name;
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.getDefaultCell().setBorder(Rectangle.NO_BORDER); // what completeRow() fills in
        return table;
    }

    private static PdfPCell bare() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    /** The languages a card is printed in; any other guest language gets English. */
    private enum Language {
        EN(Locale.ENGLISH, "d MMM yyyy"),
        RU(Locale.forLanguageTag("ru"), "dd.MM.yyyy");

        final Locale locale;
        final DateTimeFormatter dates;

        Language(Locale locale, String datePattern) {
            this.locale = locale;
            this.dates = DateTimeFormatter.ofPattern(datePattern, locale);
        }

        static Language of(String tag) {
            return tag != null && tag.trim().toLowerCase(Locale.ROOT).startsWith("ru") ? RU : EN;
        }
    }

    /** Every text the card prints, in English and Russian. */
    private enum Label {
        TITLE("Registration card", "Регистрационная карта"),
        CONFIRMATION("Confirmation No.", "Номер бронирования"),
        GUEST("Guest", "Гость"),
        NAME("Name", "Фамилия, имя"),
        DATE_OF_BIRTH("Date of birth", "Дата рождения"),
        NATIONALITY("Nationality", "Гражданство"),
        IDENTITY_DOCUMENT("Identity document", "Документ, удостоверяющий личность"),
        DOCUMENT_NUMBER("Document No.", "Номер документа"),
        PHONE("Phone", "Телефон"),
        EMAIL("E-mail", "Эл. почта"),
        PASSPORT("Passport", "Паспорт"),
        ID_CARD("Identity card", "Удостоверение личности"),
        DRIVING_LICENCE("Driving licence", "Водительское удостоверение"),
        COMPANIONS("Companions", "Сопровождающие лица"),
        NO_COMPANIONS("None", "Нет"),
        STAY("Stay", "Проживание"),
        ARRIVAL("Arrival", "Заезд"),
        DEPARTURE("Departure", "Выезд"),
        NIGHTS("Nights", "Ночей"),
        ADULTS("Adults", "Взрослых"),
        CHILDREN("Children", "Детей"),
        ROOM_AND_RATE("Room and rate", "Номер и тариф"),
        ROOM("Room", "Номер"),
        ROOM_TYPE("Room type", "Категория номера"),
        RATE("Rate", "Тариф"),
        BREAKFAST("Breakfast", "Завтрак"),
        INCLUDED("included", "включён"),
        NOT_INCLUDED("not included", "не включён"),
        NIGHT("Night", "Ночь"),
        PRICE("Price", "Стоимость"),
        CITY_TAX("City tax", "Туристический налог"),
        TOTAL("Total", "Итого"),
        GUARANTEE_CARD("Guarantee card", "Карта гарантии"),
        DEPOSIT("Deposit", "Депозит"),
        POLICIES("Policies", "Условия"),
        CHECK_IN("Check-in", "Заселение"),
        KEYS("Keys issued", "Выдано ключей"),
        CHECKED_IN_AT("Checked in at", "Дата и время заселения"),
        CHECKED_IN_BY("Checked in by", "Оформил(а)"),
        DECLARATION("I confirm that the details above are correct and accept the policies of the stay.",
                "Подтверждаю правильность указанных сведений и принимаю условия проживания."),
        SIGNATURE("Signature of the guest", "Подпись гостя"),
        DATE("Date", "Дата");

        final String en;
        final String ru;

        Label(String en, String ru) {
            this.en = en;
            this.ru = ru;
        }
    }
}
