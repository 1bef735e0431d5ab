package org.innkeeper.web.reports;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.time.LocalDate;
import org.innkeeper.application.HotelService;
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
    private HotelService hotel;
    @Inject
    private FacesMessages messages;

    private LocalDate from;
    private LocalDate to;
    private OccupancyReportView report;

    @PostConstruct
    void init() {
        from = hotel.businessDate();
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

    /** Chart.js configuration of the occupancy line, built with JSON-P so every label is escaped. */
    public String getChart() {
        if (report == null) {
            return null;
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (OccupancyDayView day : report.days()) {
            labels.add(day.date().toString());
            values.add(day.occupancyPercent());
        }
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder()
                        .add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", messages.text("report.occupancy"))
                                .add("data", values)
                                .add("fill", true)
                                .add("tension", 0.3)
                                .add("borderColor", "#2563eb")
                                .add("backgroundColor", "rgba(37,99,235,0.15)"))))
                .add("options", Json.createObjectBuilder()
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("min", 0).add("max", 100)))
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder()
                                .add("display", false))))
                .build()
                .toString();
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
