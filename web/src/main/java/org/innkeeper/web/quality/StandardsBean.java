package org.innkeeper.web.quality;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.innkeeper.application.ComplaintService;
import org.innkeeper.application.dto.StandardResolutionView;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.web.faces.FacesMessages;

/** Setup: the standard resolution of each category of complaint (the steps and the target), for managers. */
@Named
@ViewScoped
public class StandardsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ComplaintService complaints;
    @Inject
    private FacesMessages messages;

    private List<Row> rows;

    /** One category, as edited. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String category;
        private String steps;
        private int targetMinutes;

        Row(StandardResolutionView v) {
            category = v.category();
            steps = v.steps();
            targetMinutes = v.targetMinutes();
        }

        public String getCategory() {
            return category;
        }

        public String getSteps() {
            return steps;
        }

        public void setSteps(String steps) {
            this.steps = steps;
        }

        public int getTargetMinutes() {
            return targetMinutes;
        }

        public void setTargetMinutes(int targetMinutes) {
            this.targetMinutes = targetMinutes;
        }
    }

    @PostConstruct
    void init() {
        rows = new ArrayList<>(complaints.standards().stream().map(Row::new).toList());
    }

    public void save(Row row) {
        try {
            complaints.changeStandard(row.category, new StandardResolutionView(row.category, row.steps, row.targetMinutes));
            messages.info("setup.complaints.saved");
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    public List<Row> getRows() {
        return rows;
    }
}
