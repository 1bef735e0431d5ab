package org.innkeeper.web.desk;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.innkeeper.application.ReservationService;
import org.innkeeper.application.dto.ReservationSummary;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.web.faces.FacesMessages;

/** Finding a reservation by guest name, confirmation number and stay dates. */
@Named
@ViewScoped
public class ReservationSearchBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int LIMIT = 100;

    @EJB
    private ReservationService reservations;
    @Inject
    private FacesMessages messages;

    private String text;
    private LocalDate from;
    private LocalDate to;
    private List<ReservationSummary> results;

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        try {
            results = reservations.search(text == null ? "" : text.strip(), from, to, LIMIT);
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public List<ReservationSummary> getResults() {
        return results;
    }
}
