package org.innkeeper.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.domain.shared.NotFoundException;

/** Translated messages for the desk: texts from the {@code msg} bundle, domain refusals by their kind. */
@ApplicationScoped
public class FacesMessages {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");

    public void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, text(key, args));
    }

    public void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, text(key, args));
    }

    /**
     * A service said no, in the clerk's language: the first of {@link #keys} that the bundle has, with the
     * (English) message of the exception as {0}, else that message alone.
     */
    public void error(DomainException refusal) {
        String key = keys(refusal).stream().filter(this::has).findFirst().orElse(null);
        add(FacesMessage.SEVERITY_ERROR, key != null ? text(key, String.valueOf(refusal.getMessage())) : refusal.getMessage());
        FacesContext.getCurrentInstance().validationFailed();
    }

    /**
     * The keys a refusal is looked up by, most specific first: {@code error.<kind>.<field>}; for a field of a
     * list ({@code rooms[1].adults}, {@code preferences[2]}) the same without the position ({@code rooms.adults},
     * {@code preferences}) and the last part alone ({@code adults}); then {@code error.<kind>}.
     */
    public static List<String> keys(DomainException refusal) {
        return keys("error.", refusal);
    }

    /** The same keys under another prefix ({@code stay.error.}, for a page's own texts of refusals). */
    public static List<String> keys(String prefix, DomainException refusal) {
        Set<String> keys = new LinkedHashSet<>();
        String field = field(refusal);
        if (field != null) {
            String unlisted = field.replaceAll("\\[\\d+]", "");
            keys.add(prefix + refusal.kind() + "." + field);
            keys.add(prefix + refusal.kind() + "." + unlisted);
            keys.add(prefix + refusal.kind() + "." + unlisted.substring(unlisted.lastIndexOf('.') + 1));
        }
        keys.add(prefix + refusal.kind());
        return List.copyOf(keys);
    }

    /**
     * The input to blame. A {@link NotFoundException} blames none, but names the kind of thing that was not
     * found ("Room move"), which serves as the field: {@code roomMove}.
     */
    static String field(DomainException refusal) {
        if (refusal.field() != null || !(refusal instanceof NotFoundException notFound) || notFound.what() == null
                || notFound.what().isBlank()) {
            return refusal.field();
        }
        String[] words = notFound.what().strip().split("\\s+");
        StringBuilder field = new StringBuilder(words[0].toLowerCase(Locale.ROOT));
        for (int i = 1; i < words.length; i++) {
            field.append(words[i].substring(0, 1).toUpperCase(Locale.ROOT)).append(words[i].substring(1).toLowerCase(Locale.ROOT));
        }
        return field.toString();
    }

    /**
     * A text of the bundle, its placeholders filled. Only a text with placeholders goes through MessageFormat
     * (and writes an apostrophe twice, can''t); one without is shown as written (can't), arguments or not.
     */
    public String text(String key, Object... args) {
        String pattern = has(key) ? bundle().getString(key) : key;
        return args.length == 0 || !PLACEHOLDER.matcher(pattern).find() ? pattern
                : new MessageFormat(pattern, locale()).format(args);
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

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
