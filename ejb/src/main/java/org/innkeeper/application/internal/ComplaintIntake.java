package org.innkeeper.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.innkeeper.application.dto.ComplaintView;
import org.innkeeper.domain.complaint.Complaint;
import org.innkeeper.domain.complaint.ComplaintRepository;
import org.innkeeper.domain.complaint.ComplaintStatus;
import org.innkeeper.domain.reservation.Reservation;

/**
 * Takes a complaint, whoever registers it (the desk, the API, a low survey score): due by its
 * category's standard resolution, stored, and flagged when it repeats an earlier one. Also the
 * complaints' assembler for the desk and the API.
 */
@ApplicationScoped
public class ComplaintIntake {

    /** Who a complaint opened by a survey is assigned to. */
    public static final String DUTY_MANAGER = "duty manager";

    private static final Logger LOG = Logger.getLogger(ComplaintIntake.class.getName());

    @Inject
    ComplaintRepository complaints;

    /** The intake of a complaint about a stay: its guest and room (unless another room is named). */
    static Complaint.Intake about(Reservation r, String otherRoom, Complaint.Intake what) {
        String room = otherRoom != null && !otherRoom.isBlank() ? otherRoom.strip()
                : r.room() == null ? null : r.room().number();
        return new Complaint.Intake(r.id(), r.confirmationNumber().value(), r.guest() == null ? null : r.guest().id(),
                r.guestName(), room, what.category(), what.severity(), what.source(), what.guestWords());
    }

    public Complaint take(Complaint.Intake intake, String by, Instant at) {
        Complaint c = new Complaint(intake, complaints.standard(intake.category()), by, at);
        complaints.store(c);
        List<Complaint> earlier = complaints.earlier(c.roomNumber(), c.guestId(),
                at.minus(Duration.ofDays(Complaint.REPEAT_DAYS)), at);
        if (c.flagRepeatOf(earlier)) {
            LOG.info(() -> "Complaint " + c.reference() + " is a repeat: " + c.repeatReason());
        }
        return c;
    }

    ComplaintView view(Complaint c, Instant now) {
        return new ComplaintView(c.reference(), c.status().name(), c.category().name(), c.severity().name(),
                c.source().name(), c.confirmationNumber(), c.guestName(), c.roomNumber(), c.guestWords(), c.takenBy(),
                c.takenAt(), c.dueAt(), c.overdue(now), complaints.standard(c.category()).steps(), c.actionTaken(),
                c.guestAccepted(), c.mistakeAdmitted(), c.compensation(), c.compensationAmount(), c.resolvedAt(),
                c.resolvedBy(), c.followUpDue(), c.followUpDue(now), c.followedUpAt(), c.followedUpBy(),
                c.followUpNote(), c.isRepeat(), c.repeatReason(), c.assignedTo(),
                c.history().stream().map(e -> new ComplaintView.Event(e.at(), e.by(), e.status().name(), e.note()))
                        .toList());
    }

    List<ComplaintView> views(List<Complaint> list, Instant now) {
        return list.stream().map(c -> view(c, now)).toList();
    }

    static ComplaintStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return ComplaintStatus.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new org.innkeeper.domain.shared.InvalidValueException("status", "OPEN, RESOLVED or CLOSED");
        }
    }
}
