package org.innkeeper.web.desk.request;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.innkeeper.application.GuestRequestService;
import org.innkeeper.application.dto.RequestTargetForm;
import org.innkeeper.application.dto.RequestTargetView;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.web.faces.FacesMessages;

/** Setup: the managers' targets per request category and guest tier, in minutes. */
@Named
@ViewScoped
public class RequestTargetsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private GuestRequestService requests;
    @Inject
    private FacesMessages messages;

    private List<RequestTargetView> targets;
    private String category;
    private String tier;
    private int responseMinutes;
    private int resolutionMinutes;

    @PostConstruct
    void init() {
        targets = requests.targets();
    }

    public void edit(RequestTargetView t) {
        category = t.category();
        tier = t.tier();
        responseMinutes = t.responseMinutes();
        resolutionMinutes = t.resolutionMinutes();
    }

    public void save() {
        try {
            RequestTargetView saved = requests.setTarget(new RequestTargetForm(category, tier, responseMinutes,
                    resolutionMinutes));
            messages.info("targets.saved", saved.categoryName(), saved.tier());
            targets = requests.targets();
        } catch (DomainException refusal) {
            messages.error(refusal);
        }
    }

    public List<RequestTargetView> getTargets() {
        return targets;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getTier() {
        return tier;
    }

    public void setTier(String tier) {
        this.tier = tier;
    }

    public int getResponseMinutes() {
        return responseMinutes;
    }

    public void setResponseMinutes(int responseMinutes) {
        this.responseMinutes = responseMinutes;
    }

    public int getResolutionMinutes() {
        return resolutionMinutes;
    }

    public void setResolutionMinutes(int resolutionMinutes) {
        this.resolutionMinutes = resolutionMinutes;
    }
}
