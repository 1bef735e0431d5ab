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
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.innkeeper.application.dto.InvoiceView;

/**
 * An invoice or credit note as an A4 PDF in the guest's language (Russian, else English): the hotel's
 * legal name, address and VAT ID, the recipient, number and date, the service period, the lines by
 * date and article, the VAT by rate (net, VAT, gross), the city tax, the payments and the balance.
 * Rendered once when issued and kept; reprints are the stored bytes.
 */
@ApplicationScoped
public class InvoicePdf {

    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final Color LINE = new Color(0xAA, 0xAA, 0xAA);

    public byte[] render(InvoiceView invoice) {
        Sheet s = new Sheet(invoice, "ru".equals(invoice.language()), DocumentFonts.load());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 42, 42, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle(s.title() + " " + invoice.number());
        document.addCreator("Innkeeper");
        document.open();
        s.header(document);
        s.lines(document);
        s.vat(document);
        s.totals(document);
        document.close();
        return out.toByteArray();
    }

    private record Sheet(InvoiceView inv, boolean ru, DocumentFonts fonts) {

        String t(String en, String russian) {
            return ru ? russian : en;
        }

        String title() {
            return "CREDIT_NOTE".equals(inv.series()) ? t("Credit note", "Корректировочный счёт") : t("Invoice", "Счёт");
        }

        void header(Document d) {
            PdfPTable top = new PdfPTable(new float[] {55, 45});
            top.setWidthPercentage(100);
            PdfPCell issuer = bare();
            issuer.addElement(new Paragraph(inv.issuer().legalName(), fonts.font(true, 14)));
            if (inv.issuer().address() != null) {
                issuer.addElement(new Paragraph(inv.issuer().address(), fonts.font(false, 9, GREY)));
            }
            if (inv.issuer().vatId() != null) {
                issuer.addElement(new Paragraph(t("VAT ID ", "ИНН/VAT ") + inv.issuer().vatId(), fonts.font(false, 9, GREY)));
            }
            top.addCell(issuer);
            PdfPCell doc = bare();
            Paragraph title = new Paragraph(title() + " " + inv.number(), fonts.font(true, 14));
            title.setAlignment(Element.ALIGN_RIGHT);
            doc.addElement(title);
            Paragraph date = new Paragraph(t("Date: ", "Дата: ") + date(inv.issuedOn()), fonts.font(false, 10));
            date.setAlignment(Element.ALIGN_RIGHT);
            doc.addElement(date);
            Paragraph stay = new Paragraph(t("Reservation ", "Бронирование ") + inv.confirmationNumber(), fonts.font(false, 9, GREY));
            stay.setAlignment(Element.ALIGN_RIGHT);
            doc.addElement(stay);
            top.addCell(doc);
            d.add(top);

            Paragraph to = new Paragraph(t("To", "Получатель"), fonts.font(true, 10));
            to.setSpacingBefore(14);
            d.add(to);
            d.add(new Paragraph(inv.recipientName(), fonts.font(false, 11)));
            if (inv.recipientAddress() != null) {
                d.add(new Paragraph(inv.recipientAddress(), fonts.font(false, 10)));
            }
            if (inv.recipientVatId() != null) {
                d.add(new Paragraph(t("VAT ID ", "ИНН/VAT ") + inv.recipientVatId(), fonts.font(false, 10)));
            }
            if (inv.serviceFrom() != null) {
                Paragraph period = new Paragraph(t("Service period: ", "Период услуг: ") + date(inv.serviceFrom()) + " – "
                        + date(inv.serviceTo()), fonts.font(false, 10));
                period.setSpacingBefore(8);
                d.add(period);
            }
            if (inv.credits() != null) {
                d.add(new Paragraph(t("Cancels invoice ", "Отменяет счёт ") + inv.credits()
                        + (inv.reason() == null ? "" : " · " + inv.reason()), fonts.font(true, 10)));
            }
        }

        void lines(Document d) {
            PdfPTable table = new PdfPTable(new float[] {16, 44, 10, 14, 12, 14});
            table.setWidthPercentage(100);
            table.setSpacingBefore(14);
            for (String h : new String[] {t("Date", "Дата"), t("Description", "Описание"), t("VAT %", "НДС %"),
                t("Net", "Без НДС"), t("VAT", "НДС"), t("Gross", "Всего")}) {
                table.addCell(cell(h, fonts.font(true, 9), true, false));
            }
            for (InvoiceView.Line l : inv.lines()) {
                if ("PAYMENT".equals(l.kind())) {
                    continue;
                }
                table.addCell(cell(date(l.date()), fonts.font(false, 9), false, false));
                table.addCell(cell(l.description(), fonts.font(false, 9), false, false));
                table.addCell(cell("TAX".equals(l.kind()) ? "—" : l.vatPercent().stripTrailingZeros().toPlainString(),
                        fonts.font(false, 9), false, true));
                table.addCell(cell(money(l.net()), fonts.font(false, 9), false, true));
                table.addCell(cell(money(l.vat()), fonts.font(false, 9), false, true));
                table.addCell(cell(money(l.gross()), fonts.font(false, 9), false, true));
            }
            d.add(table);
        }

        void vat(Document d) {
            Paragraph head = new Paragraph(t("VAT by rate", "НДС по ставкам"), fonts.font(true, 10));
            head.setSpacingBefore(12);
            d.add(head);
            PdfPTable table = new PdfPTable(new float[] {25, 25, 25, 25});
            table.setWidthPercentage(70);
            table.setHorizontalAlignment(Element.ALIGN_LEFT);
            for (String h : new String[] {t("Rate", "Ставка"), t("Net", "Без НДС"), t("VAT", "НДС"), t("Gross", "Всего")}) {
                table.addCell(cell(h, fonts.font(true, 9), true, false));
            }
            for (InvoiceView.VatRate r : inv.vat()) {
                table.addCell(cell(r.percent().stripTrailingZeros().toPlainString() + " %", fonts.font(false, 9), false, false));
                table.addCell(cell(money(r.net()), fonts.font(false, 9), false, true));
                table.addCell(cell(money(r.vat()), fonts.font(false, 9), false, true));
                table.addCell(cell(money(r.gross()), fonts.font(false, 9), false, true));
            }
            d.add(table);
        }

        void totals(Document d) {
            PdfPTable table = new PdfPTable(new float[] {70, 30});
            table.setWidthPercentage(60);
            table.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.setSpacingBefore(12);
            row(table, t("Net", "Без НДС"), inv.netTotal(), false);
            row(table, t("VAT", "НДС"), inv.vatTotal(), false);
            if (inv.cityTax().signum() != 0) {
                row(table, t("City tax (no VAT)", "Туристический налог (без НДС)"), inv.cityTax(), false);
            }
            row(table, t("Total", "Итого"), inv.grossTotal(), true);
            for (InvoiceView.Line l : inv.lines()) {
                if ("PAYMENT".equals(l.kind())) {
                    row(table, date(l.date()) + " · " + l.description(), l.gross().negate(), false);
                }
            }
            row(table, t("Balance due", "К оплате"), inv.balance(), true);
            d.add(table);
            Paragraph by = new Paragraph(t("Issued by ", "Выставил: ") + inv.issuedBy(), fonts.font(false, 8, GREY));
            by.setSpacingBefore(18);
            d.add(by);
        }

        private void row(PdfPTable table, String label, BigDecimal amount, boolean strong) {
            table.addCell(cell(label, fonts.font(strong, 10), false, false));
            table.addCell(cell(money(amount) + " " + inv.currency(), fonts.font(strong, 10), false, true));
        }

        private PdfPCell cell(String text, Font font, boolean header, boolean right) {
            PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, font));
            c.setBorder(header ? Rectangle.BOTTOM : Rectangle.NO_BORDER);
            c.setBorderColor(LINE);
            c.setPadding(3);
            c.setHorizontalAlignment(right ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            return c;
        }

        private String date(LocalDate date) {
            return date == null ? "—" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                    .withLocale(ru ? Locale.forLanguageTag("ru") : Locale.UK).format(date);
        }

        private String money(BigDecimal amount) {
            NumberFormat format = NumberFormat.getNumberInstance(ru ? Locale.forLanguageTag("ru") : Locale.UK);
            format.setMinimumFractionDigits(2);
            format.setMaximumFractionDigits(2);
            format.setRoundingMode(RoundingMode.HALF_EVEN);
            return format.format(amount);
        }
    }

    private static PdfPCell bare() {
        PdfPCell c = new PdfPCell();
        c.setBorder(Rectangle.NO_BORDER);
        return c;
    }
}
