package org.innkeeper.web.desk;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.innkeeper.application.ReservationService;
import org.innkeeper.application.dto.NotificationView;
import org.innkeeper.application.dto.ReservationSummary;

/** The waitlist in the order rooms will be offered, and the latest messages sent to guests. */
@Named
@ViewScoped
public class WaitlistBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int NOTIFICATIONS = 50;

    @EJB
    private ReservationService reservations;

    private List<ReservationSummary> queue;
    private List<NotificationView> notifications;

    @PostConstruct
    void init() {
        refresh();
    }

    public void refresh() {
        queue = reservations.waitlist();
        notifications = reservations.notifications(NOTIFICATIONS);
    }

    public List<ReservationSummary> getQueue() {
        return queue;
    }

    public List<NotificationView> getNotifications() {
        return notifications;
    }
}
