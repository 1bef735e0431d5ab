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
import org.innkeeper.application.dto.ReservationCriteria;
import org.innkeeper.application.dto.ReservationSummary;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.web.faces.FacesMessages;

/** Finding a reservation by guest name, confirmation number, stay dates, status and channel. */
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
    private String status;
    private String channel;
    private List<ReservationSummary> results;

    /** The states a reservation passes through, in the order of the guest cycle. */
    static final List<String> STATUSES = List.of("OPTION", "CONFIRMED", "GUARANTEED", "WAITLISTED", "IN_HOUSE",
            "CHECKED_OUT", "CANCELLED", "NO_SHOW");
    /** The desk's own channels first, then the channels of the demo and the hotel's booking engine. */
    static final List<String> CHANNELS = List.of(ReservationService.DESK_PHONE, ReservationService.DESK_WALK_IN,
            "WEB", "DEMO", "OTA2");

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        try {
            results = reservations.search(new ReservationCriteria(text == null ? "" : text.strip(), from, to,
                    status, channel), LIMIT);
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

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public List<String> getStatuses() {
        return STATUSES;
    }

    public List<String> getChannels() {
        return CHANNELS;
    }

    public List<ReservationSummary> getResults() {
        return results;
    }
}
