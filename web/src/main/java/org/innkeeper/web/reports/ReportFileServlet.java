package org.innkeeper.web.reports;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.innkeeper.application.ReportService;
import org.innkeeper.application.dto.ReportDocument;
import org.innkeeper.application.ReportFormat;
import org.innkeeper.application.ReportKind;
import org.innkeeper.domain.shared.InvalidValueException;

/**
 * A report of a business date as a file, through the desk session:
 * {@code ?report=manager|trial-balance|cashier&format=csv|xlsx|pdf&date=YYYY-MM-DD} (no date: the last
 * closed day). Under /reports, so managers only (web.xml).
 */
@WebServlet(ReportFileServlet.PATH)
public class ReportFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/reports/file";

    @EJB
    private ReportService reports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ReportDocument document;
        try {
            String date = request.getParameter("date");
            LocalDate day = date == null || date.isBlank() ? null : LocalDate.parse(date.strip());
            document = reports.document(ReportKind.parse(request.getParameter("report")), day,
                    ReportFormat.parse(request.getParameter("format")));
        } catch (InvalidValueException | DateTimeParseException wrong) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        response.setContentType(document.mediaType());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + document.fileName() + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(document.content().length);
        response.getOutputStream().write(document.content());
    }
}
