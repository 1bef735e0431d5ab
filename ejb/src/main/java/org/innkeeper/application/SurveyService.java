package org.innkeeper.application;

import jakarta.ejb.Local;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import org.innkeeper.application.dto.ReportDocument;
import org.innkeeper.application.dto.ServiceQualityView;
import org.innkeeper.application.dto.SurveyAnswerRequest;
import org.innkeeper.application.dto.SurveyInvitationView;
import org.innkeeper.application.dto.SurveyResultView;

/**
 * The survey after every stay (the link is e-mailed with the thanks at check-out) and the service
 * quality managers read from it.
 */
@Local
public interface SurveyService {

    /** What the public page shows for a link; refused (409) once answered or expired, 404 for no such link. */
    SurveyInvitationView invitation(String token);

    /** The guest's answers, once; a detractor's score or a low satisfaction opens a complaint for the duty manager. */
    void answer(String token, @NotNull @Valid SurveyAnswerRequest request);

    /** The surveys of stays that left in the period (null: the last 30 days), answered ones with their answers. */
    List<SurveyResultView> results(LocalDate from, LocalDate to);

    /** NPS, CSAT, complaints and the response rate of stays that left in the period (null: the last 12 months). */
    ServiceQualityView figures(LocalDate from, LocalDate to);

    /** The figures by week or month (trend {@code WEEK} or {@code MONTH}) as a CSV or XLSX file. */
    ReportDocument figuresDocument(LocalDate from, LocalDate to, String trend, ReportFormat format);
}
