package org.innkeeper.web.desk.arrival;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The countries for a nationality: ISO 3166 two-letter codes, named in the clerk's language. */
@Named
@ApplicationScoped
public class Countries {

    /** A country: its code (what is stored) and its name (what the clerk reads). */
    public record Country(String code, String name) {
    }

    private final Map<Locale, List<Country>> byLocale = new ConcurrentHashMap<>();

    public List<Country> getAll() {
        return in(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    static List<Country> list(Locale locale) {
        Collator order = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries())
                .map(code -> new Country(code, new Locale("", code).getDisplayCountry(locale)))
                .sorted(Comparator.comparing(Country::name, order))
                .toList();
    }

    List<Country> in(Locale locale) {
        return byLocale.computeIfAbsent(locale, Countries::list);
    }
}
