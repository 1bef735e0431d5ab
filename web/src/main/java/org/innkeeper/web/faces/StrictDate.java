package org.innkeeper.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ResourceBundle;

/**
 * Dates as YYYY-MM-DD, strictly: 2027-02-30 is refused with a message, never quietly turned into
 * another day (which a lenient parser does, and a guest would arrive on the wrong date).
 */
@FacesConverter("strictDate")
public class StrictDate implements Converter<LocalDate> {

    static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse(value);
        } catch (DateTimeParseException e) {
            // The page's own bundle, in the clerk's language.
            ResourceBundle bundle = context.getApplication().getResourceBundle(context, "msg");
            String text = new MessageFormat(bundle.getString("error.date"), context.getViewRoot().getLocale())
                    .format(new Object[] {value.strip()});
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null), e);
        }
    }

    static LocalDate parse(String value) {
        return LocalDate.parse(value.strip(), FORMAT);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : FORMAT.format(value);
    }
}
