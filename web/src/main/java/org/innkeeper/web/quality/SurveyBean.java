package org.innkeeper.web.quality;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.innkeeper.application.SurveyService;
import org.innkeeper.application.dto.SurveyAnswerRequest;
import org.innkeeper.application.dto.SurveyInvitationView;
import org.innkeeper.domain.shared.DomainException;

/**
 * The guest's survey, opened from the link in the thank-you e-mail, without login: the link's token is
 * the key. In the guest's language; a link used or expired says so plainly.
 */
@Named
@ViewScoped
public class SurveyBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SurveyService surveys;

    private String token;
    private SurveyInvitationView invitation;
    /** Why the link does not open a survey: not-found, survey-answered, survey-expired; null when it does. */
    private String refusal;
    private boolean thanked;

    private Integer nps;
    private Integer csatOverall;
    private Integer frontDesk;
    private Integer room;
    private Integer cleanliness;
    private Integer foodAndBeverage;
    private String comment;

    public void load() {
        try {
            invitation = surveys.invitation(token);
        } catch (DomainException refused) {
            refusal = refused.kind();
        }
    }

    public void submit() {
        try {
            surveys.answer(token, new SurveyAnswerRequest(nps, csatOverall, frontDesk, room, cleanliness,
                    foodAndBeverage, comment == null || comment.isBlank() ? null : comment));
            thanked = true;
        } catch (DomainException refused) {
            refusal = refused.kind();
        }
    }

    public java.util.List<Integer> getZeroToTen() {
        return java.util.stream.IntStream.rangeClosed(0, 10).boxed().toList();
    }

    public java.util.List<Integer> getOneToFive() {
        return java.util.stream.IntStream.rangeClosed(1, 5).boxed().toList();
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public SurveyInvitationView getInvitation() {
        return invitation;
    }

    public String getRefusal() {
        return refusal;
    }

    public boolean isThanked() {
        return thanked;
    }

    public Integer getNps() {
        return nps;
    }

    public void setNps(Integer nps) {
        this.nps = nps;
    }

    public Integer getCsatOverall() {
        return csatOverall;
    }

    public void setCsatOverall(Integer csatOverall) {
        this.csatOverall = csatOverall;
    }

    public Integer getFrontDesk() {
        return frontDesk;
    }

    public void setFrontDesk(Integer frontDesk) {
        this.frontDesk = frontDesk;
    }

    public Integer getRoom() {
        return room;
    }

    public void setRoom(Integer room) {
        this.room = room;
    }

    public Integer getCleanliness() {
        return cleanliness;
    }

    public void setCleanliness(Integer cleanliness) {
        this.cleanliness = cleanliness;
    }

    public Integer getFoodAndBeverage() {
        return foodAndBeverage;
    }

    public void setFoodAndBeverage(Integer foodAndBeverage) {
        this.foodAndBeverage = foodAndBeverage;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
