package org.innkeeper.web.desk.mail;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.innkeeper.application.MailService;
import org.innkeeper.application.dto.OutboxView;
import org.innkeeper.web.faces.FacesMessages;

/** The e-mail outbox: the latest messages to guests, filtered by status, and "send pending now". */
@Named
@ViewScoped
public class OutboxBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 200;
    private static final List<String> STATUSES = List.of("", "PENDING", "SENT", "FAILED");

    @EJB
    private MailService mail;
    @Inject
    private FacesMessages messages;

    private String status = "";
    private OutboxView outbox;

    @PostConstruct
    void init() {
        refresh();
    }

    public void refresh() {
        outbox = mail.outbox(status, SHOWN);
    }

    public void sendNow() {
        int sent = mail.sendPending();
        refresh();
        if (outbox.failed() > 0 && sent == 0) {
            messages.error("outbox.noneSent", outbox.failed());
        } else {
            messages.info("outbox.sent", sent);
        }
    }

    public OutboxView getOutbox() {
        return outbox;
    }

    /** "3 waiting, 1 failed". */
    public String getCounts() {
        return messages.text("outbox.counts", outbox.pending(), outbox.failed());
    }

    public List<String> getStatuses() {
        return STATUSES;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null ? "" : status;
    }
}
