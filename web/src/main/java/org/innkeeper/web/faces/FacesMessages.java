package org.innkeeper.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.innkeeper.domain.shared.DomainException;

/** Translated messages for the desk: texts from the {@code msg} bundle, domain refusals by their kind. */
@ApplicationScoped
public class FacesMessages {

    public void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, text(key, args));
    }

    public void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, text(key, args));
    }

    /**
     * A service said no, in the clerk's language: {@code error.<kind>.<field>} from the bundle, else
     * {@code error.<kind>}, else the (English) message of the exception.
     */
    public void error(DomainException refusal) {
        String specific = "error." + refusal.kind() + "." + refusal.field();
        String general = "error." + refusal.kind();
        String key = refusal.field() != null && has(specific) ? specific : general;
        add(FacesMessage.SEVERITY_ERROR, has(key) ? text(key, String.valueOf(refusal.getMessage())) : refusal.getMessage());
        FacesContext.getCurrentInstance().validationFailed();
    }

    public String text(String key, Object... args) {
        String pattern = has(key) ? bundle().getString(key) : key;
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
    }

    public boolean has(String key) {
        try {
            bundle().getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    private void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }

    private static ResourceBundle bundle() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "msg");
    }

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
