package org.innkeeper.web.desk.guest;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.innkeeper.application.GuestService;
import org.innkeeper.application.dto.GuestSummaryView;

/** Finding a guest's profile by name, e-mail or phone. */
@Named
@ViewScoped
public class GuestSearchBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int LIMIT = 50;

    @EJB
    private GuestService guests;

    private String text;
    private List<GuestSummaryView> results = List.of();

    public void search() {
        results = text == null || text.isBlank() ? List.of() : guests.search(text.strip(), LIMIT);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<GuestSummaryView> getResults() {
        return results;
    }
}
