package org.innkeeper.web.reports;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.innkeeper.application.FrontDeskService;
import org.innkeeper.application.ReportService;
import org.innkeeper.application.dto.OccupancyDayView;
import org.innkeeper.application.dto.OccupancyReportView;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.web.faces.FacesMessages;

/** Occupancy, ADR and RevPAR per business date over a period, for managers. */
@Named
@ViewScoped
public class OccupancyReportBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReportService reports;
    @EJB
    private FrontDeskService frontDesk;
    @Inject
    private FacesMessages messages;

    private LocalDate from;
    private LocalDate to;
    private OccupancyReportView report;

    @PostConstruct
    void init() {
        from = frontDesk.businessDate();
        to = from.plusDays(13);
    }

    public void run() {
        try {
            report = reports.occupancy(from, to);
        } catch (DomainException refusal) {
            report = null;
            messages.error(refusal);
        }
    }

    /** Chart.js configuration of the occupancy line (dates and percents only: nothing to escape). */
    public String getChart() {
        if (report == null) {
            return null;
        }
        String labels = report.days().stream().map(d -> "\"" + d.date() + "\"").collect(Collectors.joining(","));
        String values = report.days().stream().map(OccupancyDayView::occupancyPercent)
                .map(p -> p == null ? "0" : p.toPlainString()).collect(Collectors.joining(","));
        return "{\"type\":\"line\",\"data\":{\"labels\":[" + labels + "],\"datasets\":[{\"label\":\""
                + messages.text("report.occupancy").replace("\"", "'") + "\",\"data\":[" + values
                + "],\"fill\":true,\"tension\":0.3,\"borderColor\":\"#2563eb\",\"backgroundColor\":\"rgba(37,99,235,0.15)\"}]},"
                + "\"options\":{\"maintainAspectRatio\":false,\"scales\":{\"y\":{\"min\":0,\"max\":100}},"
                + "\"plugins\":{\"legend\":{\"display\":false}}}}";
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

    public OccupancyReportView getReport() {
        return report;
    }
}
