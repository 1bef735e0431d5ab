package org.innkeeper.web.quality;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Locale;
import org.innkeeper.application.SurveyService;
import org.innkeeper.domain.shared.DomainException;

/**
 * The survey page's language: the guest's, found from the link's token. Request-scoped, because the
 * page's locale is read before its view (and a view-scoped bean) exists.
 */
@Named
@RequestScoped
public class SurveyLocale {

    @EJB
    private SurveyService surveys;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            String token = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("token");
            String language = "en";
            try {
                language = token == null ? "en" : surveys.invitation(token).language();
            } catch (DomainException refused) {
                // used, expired or no such link: the page says so in English
            }
            locale = Locale.forLanguageTag(language);
        }
        return locale;
    }
}
