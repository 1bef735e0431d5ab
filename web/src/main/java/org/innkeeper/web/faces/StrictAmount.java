package org.innkeeper.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * Every amount field: digits with an optional sign and decimal point, nothing else. The standard
 * converter hands the text to {@code new BigDecimal}, which reads {@code 1e3} as 1,000.00: a
 * slip of the finger would post a thousand. Registered for BigDecimal in faces-config.xml.
 */
public class StrictAmount implements Converter<BigDecimal> {

    private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    static final String MESSAGE_KEY = "jakarta.faces.converter.BigDecimalConverter.DECIMAL";

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (!PLAIN_DECIMAL.matcher(text).matches()) {
            throw new ConverterException(refusal(context, component, text));
        }
        return new BigDecimal(text);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    /** The same text as the standard converter's, from the desk's message bundle, in the clerk's language. */
    private static FacesMessage refusal(FacesContext context, UIComponent component, String text) {
        ResourceBundle bundle = ResourceBundle.getBundle(context.getApplication().getMessageBundle(),
                context.getViewRoot().getLocale(), Thread.currentThread().getContextClassLoader());
        Object label = component.getAttributes().get("label");
        String message = new MessageFormat(bundle.getString(MESSAGE_KEY), context.getViewRoot().getLocale())
                .format(new Object[] {text, "12.50", label == null ? component.getClientId(context) : label});
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message);
    }
}
