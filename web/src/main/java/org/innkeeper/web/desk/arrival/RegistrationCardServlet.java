package org.innkeeper.web.desk.arrival;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.innkeeper.application.ArrivalService;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.domain.shared.InvalidValueException;
import org.innkeeper.domain.shared.NotFoundException;

/**
 * The registration card of a checked-in guest as a PDF, opened from the check-in page in its own
 * tab ({@code ?cn=...}, optionally {@code &language=en|ru}; else the guest's language). Staff only,
 * like every desk address (web.xml).
 */
@WebServlet(RegistrationCardServlet.PATH)
public class RegistrationCardServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/arrival/registration-card";

    @EJB
    private ArrivalService arrivals;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String cn = request.getParameter("cn");
        byte[] pdf;
        try {
            pdf = arrivals.registrationCard(cn == null ? "" : cn, request.getParameter("language"));
        } catch (NotFoundException | InvalidValueException unknown) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (DomainException notCheckedIn) {
            response.sendError(HttpServletResponse.SC_CONFLICT);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"registration-card-" + cn.strip() + ".pdf\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
