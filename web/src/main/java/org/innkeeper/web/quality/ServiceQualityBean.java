package org.innkeeper.web.quality;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.innkeeper.application.HotelService;
import org.innkeeper.application.ReportFormat;
import org.innkeeper.application.SurveyService;
import org.innkeeper.application.dto.ReportDocument;
import org.innkeeper.application.dto.ServiceQualityView;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.web.faces.FacesMessages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The managers' service quality: NPS and CSAT by department and staff member, complaints per 100 stays,
 * repeats, the survey's response rate, the trend by week and month as charts, CSV and XLSX files.
 */
@Named
@ViewScoped
public class ServiceQualityBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SurveyService surveys;
    @EJB
    private HotelService hotel;
    @Inject
    private FacesMessages messages;

    private LocalDate from;
    private LocalDate to;
    private String trend = "MONTH";
    private ServiceQualityView figures;

    @PostConstruct
    void init() {
        to = hotel.businessDate();
        from = to.minusYears(1).plusDays(1);
        run();
    }

    public void run() {
        try {
            figures = surveys.figures(from, to);
        } catch (DomainException refusal) {
            figures = null;
            messages.error(refusal);
        }
    }

    private List<ServiceQualityView.Score> trendRows() {
        return figures == null ? List.of() : "WEEK".equals(trend) ? figures.byWeek() : figures.byMonth();
    }

    /** Chart.js: NPS and CSAT % by week or month (lines), built with JSON-P so every label is escaped. */
    public String getScoreChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder nps = Json.createArrayBuilder();
        JsonArrayBuilder csat = Json.createArrayBuilder();
        for (ServiceQualityView.Score s : trendRows()) {
            labels.add(s.key());
            nps.add(s.nps());
            csat.add(s.csatPercent());
        }
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder()
                                .add(line(messages.text("quality.nps"), nps, "#2563eb"))
                                .add(line(messages.text("quality.csat"), csat, "#16a34a"))))
                .add("options", Json.createObjectBuilder().add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder()
                                .add("min", -100).add("max", 100))))
                .build().toString();
    }

    /** Chart.js: complaints by week or month (bars). */
    public String getComplaintChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        for (ServiceQualityView.Score s : trendRows()) {
            labels.add(s.key());
            values.add(s.complaints());
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", messages.text("quality.complaints")).add("data", values)
                                .add("backgroundColor", "#f59e0b"))))
                .add("options", Json.createObjectBuilder().add("maintainAspectRatio", false))
                .build().toString();
    }

    private static jakarta.json.JsonObjectBuilder line(String label, JsonArrayBuilder data, String color) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("tension", 0.3)
                .add("borderColor", color).add("fill", false);
    }

    public StreamedContent getCsv() {
        return file(ReportFormat.CSV);
    }

    public StreamedContent getXlsx() {
        return file(ReportFormat.XLSX);
    }

    private StreamedContent file(ReportFormat format) {
        ReportDocument document = surveys.figuresDocument(from, to, trend, format);
        return DefaultStreamedContent.builder().name(document.fileName()).contentType(document.mediaType())
                .stream(() -> new ByteArrayInputStream(document.content())).build();
    }

    public ServiceQualityView getFigures() {
        return figures;
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

    public String getTrend() {
        return trend;
    }

    public void setTrend(String trend) {
        this.trend = trend;
    }
}
