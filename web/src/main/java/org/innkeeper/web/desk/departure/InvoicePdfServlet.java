package org.innkeeper.web.desk.departure;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.innkeeper.application.DepartureService;
import org.innkeeper.domain.shared.NotFoundException;

/**
 * An invoice or credit note as issued, the PDF kept byte for byte ({@code ?id=...}), opened from
 * the folio in its own tab. Staff only, like every desk address (web.xml).
 */
@WebServlet(InvoicePdfServlet.PATH)
public class InvoicePdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/departure/invoice";

    @EJB
    private DepartureService departures;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        byte[] pdf;
        try {
            pdf = departures.invoicePdf(Long.parseLong(id == null ? "" : id.strip()));
        } catch (NumberFormatException | NotFoundException unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"invoice-" + id.strip() + ".pdf\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
