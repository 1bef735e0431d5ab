package org.innkeeper.domain.survey;

import org.innkeeper.domain.report.NetPromoterScore;
import org.innkeeper.domain.report.Satisfaction;
import org.innkeeper.domain.shared.FreeText;
import org.innkeeper.domain.shared.InvalidValueException;

/**
 * What the guest answered: would they recommend us (0–10), satisfaction overall and per department
 * (1–5; a department the guest did not use may be left out) and a comment.
 */
public record SurveyAnswers(int nps, int csatOverall, Integer frontDesk, Integer room, Integer cleanliness,
                            Integer foodAndBeverage, String comment) {

    public SurveyAnswers {
        if (nps < 0 || nps > 10) {
            throw new InvalidValueException("nps", "how likely you are to recommend us is 0 to 10");
        }
        csat("csatOverall", csatOverall);
        csat("frontDesk", frontDesk);
        csat("room", room);
        csat("cleanliness", cleanliness);
        csat("foodAndBeverage", foodAndBeverage);
        comment = comment == null || comment.isBlank() ? null : FreeText.lines("comment", comment).strip();
        if (comment != null && comment.length() > 2000) {
            throw new InvalidValueException("comment", "a comment has at most 2000 characters");
        }
    }

    private static void csat(String field, Integer score) {
        if (score != null && (score < 1 || score > 5)) {
            throw new InvalidValueException(field, "satisfaction is 1 to 5");
        }
    }

    /** A detractor (0–6) or a dissatisfied answer (1–2) anywhere: the duty manager gets a complaint. */
    public boolean callsForAComplaint() {
        return NetPromoterScore.detractor(nps) || Satisfaction.dissatisfied(csatOverall)
                || Satisfaction.dissatisfied(frontDesk) || Satisfaction.dissatisfied(room)
                || Satisfaction.dissatisfied(cleanliness) || Satisfaction.dissatisfied(foodAndBeverage);
    }
}
