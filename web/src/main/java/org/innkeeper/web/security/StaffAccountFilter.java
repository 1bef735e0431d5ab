package org.innkeeper.web.security;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.innkeeper.application.AccessService;
import org.innkeeper.application.dto.StaffPrincipal;

/**
 * A logged-in session follows its account: deactivated meanwhile, it ends at the next request; while
 * the password is a temporary one (a new account, a reset), only the page that changes it opens.
 * One look-up by primary key per page or AJAX request (not for styles and scripts).
 */
@WebFilter(urlPatterns = "*.xhtml")
public class StaffAccountFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String PASSWORD_PAGE = "/account/password.xhtml";

    @EJB
    private AccessService access;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String user = request.getRemoteUser();
        String page = request.getServletPath();
        if (user == null || page.startsWith("/jakarta.faces.resource/")) {
            chain.doFilter(request, response);
            return;
        }
        Optional<StaffPrincipal> staff = access.staff(user);
        if (staff.isEmpty() || !staff.get().active()) {
            request.logout();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login.xhtml");
        } else if (staff.get().mustChangePassword() && !PASSWORD_PAGE.equals(page) && !"/login.xhtml".equals(page)) {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
        } else {
            chain.doFilter(request, response);
        }
    }
}
