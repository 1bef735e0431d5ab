package org.innkeeper.web.reports;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import org.innkeeper.application.HotelService;
import org.innkeeper.application.ReportService;
import org.innkeeper.application.ReportKind;
import org.innkeeper.application.dto.ReportTable;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.web.faces.FacesMessages;

/** The manager's report, the trial balance, the cashier report and pace of one business date, with their files. */
@Named
@ViewScoped
public class DailyReportsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ReportService reports;
    @EJB
    private HotelService hotel;
    @Inject
    private FacesMessages messages;

    private LocalDate date;
    private ReportTable manager;
    private ReportTable trialBalance;
    private ReportTable cashier;
    private ReportTable pace;

    @PostConstruct
    void init() {
        date = hotel.businessDate().minusDays(1); // the last closed day
        run();
    }

    public void run() {
        try {
            manager = reports.table(ReportKind.MANAGER, date);
            trialBalance = reports.table(ReportKind.TRIAL_BALANCE, date);
            cashier = reports.table(ReportKind.CASHIER, date);
            pace = reports.table(ReportKind.PACE, date);
        } catch (DomainException refusal) {
            manager = null;
            trialBalance = null;
            cashier = null;
            pace = null;
            messages.error(refusal);
        }
    }

    /** A cell as the desk shows it: fixed wording in the desk's language, numbers as the locale writes them. */
    public String cell(Object value) {
        if (value instanceof ReportTable.Label label) {
            return messages.has(label.key()) ? messages.text(label.key()) : label.english();
        }
        if (value instanceof Boolean flag) {
            return messages.text(flag ? "daily.yes" : "daily.no");
        }
        if (value instanceof BigDecimal number) {
            NumberFormat format = NumberFormat.getNumberInstance(FacesContext.getCurrentInstance().getViewRoot().getLocale());
            format.setMinimumFractionDigits(number.scale() > 0 ? 2 : 0);
            format.setMaximumFractionDigits(2);
            return format.format(number);
        }
        return value == null ? "" : value.toString();
    }

    /** Where a report's file is downloaded from (the desk's servlet, under the managers' /reports). */
    public String file(String report, String format) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + ReportFileServlet.PATH + "?report=" + report + "&format=" + format + "&date=" + date;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public ReportTable getManager() {
        return manager;
    }

    public ReportTable getTrialBalance() {
        return trialBalance;
    }

    public ReportTable getPace() {
        return pace;
    }

    public ReportTable getCashier() {
        return cashier;
    }
}
