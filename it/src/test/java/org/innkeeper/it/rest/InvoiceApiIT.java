package org.innkeeper.it.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.innkeeper.it.rest.Api.DEMO_CHANNEL;
import static org.innkeeper.it.rest.Api.FRONT_DESK;
import static org.innkeeper.it.rest.Api.get;
import static org.innkeeper.it.rest.Api.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Invoices over the staff API: a company's invoice for what the folio holds, its PDF (the hotel's legal
 * identity, the recipient's VAT ID, the VAT by rate), reprinted byte for byte; a credit note cancels it
 * and the corrected invoice is issued anew with the next number; check-out invoices what is left.
 */
class InvoiceApiIT {

    @Test
    void aCompanyInvoiceIsCancelledByACreditNoteAndIssuedAnew() throws Exception {
        StayFixtures.Guest guest = StayFixtures.inHouse("Invoiced", 1);
        String base = "/frontdesk/reservations/" + guest.confirmationNumber();
        post(base + "/folio/charges", FRONT_DESK, Map.of("article", "RESTAURANT", "amount", new BigDecimal("59.50"),
                "description", "Dinner for two")).ok(201);
        post(base + "/folio/charges", FRONT_DESK, Map.of("article", "LATE_CHECKOUT")).ok(201);
        get(base + "/invoices", DEMO_CHANNEL).problem(403, null);

        Api.Reply issued = post(base + "/invoices", FRONT_DESK, Map.of("recipientName", "Acme Travel Ltd",
                "recipientAddress", "1 Long Lane, London", "recipientVatId", "GB123456789", "language", "en"));
        JsonNode invoice = issued.ok(201);
        assertThat(issued.response().headers().firstValue("Location")).get().asString()
                .endsWith("/frontdesk/invoices/" + invoice.path("id").asLong());
        String number = invoice.path("number").asText();
        assertThat(number).matches("INV-\\d{6}");
        assertThat(invoice.path("grossTotal").decimalValue()).isEqualByComparingTo("89.50");
        assertThat(invoice.path("vat").findValues("percent")).extracting(p -> p.decimalValue().intValue())
                .containsExactly(7, 19);
        assertThat(invoice.path("issuer").path("vatId").asText()).isEqualTo("DE123456789");
        post(base + "/invoices", FRONT_DESK, Map.of()).problem(409, "nothing-to-invoice");
        post(base + "/invoices", FRONT_DESK, Map.of("language", "de")).problem(422, null);

        long id = invoice.path("id").asLong();
        HttpResponse<byte[]> pdf = Api.bytes("/frontdesk/invoices/" + id + "/pdf", FRONT_DESK, "application/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).get().asString().startsWith("application/pdf");
        String text = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1);
        assertThat(text).contains("Invoice " + number, "Innkeeper Riverside Hotel GmbH", "DE123456789",
                "Acme Travel Ltd", "GB123456789", "Dinner for two", "VAT by rate", "89.50");
        assertThat(Api.bytes("/frontdesk/invoices/" + id + "/pdf", FRONT_DESK, "application/pdf").body())
                .as("reprinted byte for byte").isEqualTo(pdf.body());

        JsonNode note = post("/frontdesk/invoices/" + id + "/credit-note", FRONT_DESK,
                Map.of("reason", "the guest pays privately")).ok(201);
        assertThat(note.path("number").asText()).matches("CN-\\d{6}");
        assertThat(note.path("credits").asText()).isEqualTo(number);
        assertThat(note.path("grossTotal").decimalValue()).isEqualByComparingTo("-89.50");
        post("/frontdesk/invoices/" + id + "/credit-note", FRONT_DESK, Map.of("reason", "again"))
                .problem(409, "already-cancelled");
        JsonNode anew = post(base + "/invoices", FRONT_DESK, Map.of()).ok(201);
        assertThat(anew.path("recipientName").asText()).isEqualTo(guest.name());
        assertThat(Long.parseLong(anew.path("number").asText().substring(4)))
                .isGreaterThan(Long.parseLong(number.substring(4)));

        // settled and checked out: nothing left to invoice, so no further invoice
        post(base + "/folio/payments", FRONT_DESK, Map.of("method", "BANK_TRANSFER", "amount", new BigDecimal("89.50")))
                .ok(201);
        post(base + "/check-out", FRONT_DESK, null).ok(200);
        Api.put("/rooms/" + guest.roomNumber() + "/housekeeping", FRONT_DESK, Map.of("status", "CLEAN")).ok(200);
        assertThat(get(base + "/invoices", FRONT_DESK).ok(200).findValuesAsText("number"))
                .containsExactly(number, note.path("number").asText(), anew.path("number").asText());
    }
}
