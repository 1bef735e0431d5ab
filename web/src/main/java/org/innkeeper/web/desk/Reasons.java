package org.innkeeper.web.desk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.innkeeper.application.dto.PolicyView;
import org.innkeeper.application.dto.ReasonView;
import org.innkeeper.domain.rate.SaleRefusal;
import org.innkeeper.domain.rate.SaleRefusedException;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.web.faces.FacesMessages;

/**
 * Why something can't be sold, and what a rate plan's terms mean, in the clerk's language: the
 * services give stable codes (and English sentences, kept as the fallback).
 */
@Named
@ApplicationScoped
public class Reasons {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    FacesMessages messages;
    @jakarta.ejb.EJB
    org.innkeeper.application.HotelService hotels;

    /** The hotel's time zone: every moment the desk shows is hotel time, wherever the server runs. */
    private volatile ZoneId hotelZone;

    /** A reason by its code: {@code reason.<code>}, with the nights a length-of-stay rule asks for. */
    public String text(ReasonView reason) {
        return text(reason.code(), reason.message(), reason.nights());
    }

    String text(String code, String english, Integer nights) {
        String key = "reason." + code;
        if (!messages.has(key)) {
            return english;
        }
        return messages.text(key, nights == null ? "" : nights);
    }

    /** A refusal of a service as page messages: each restriction that refused a sale on its own line. */
    public void error(DomainException refusal) {
        if (refusal instanceof SaleRefusedException refused) {
            for (SaleRefusal r : refused.refusals()) {
                messages.error("newres.refused", text(r.code(), r.message(), r.nights()));
            }
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
        } else {
            messages.error(refusal);
        }
    }

    /** The terms of an offer or a booking, with what they mean in money. */
    public String policy(PolicyView p) {
        if (p == null) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        if ("DEPOSIT".equals(p.guarantee())) {
            s.append(messages.text("policy.guarantee.DEPOSIT", plain(p.depositPercent()), money(p.depositAmount())));
        } else {
            s.append(messages.text("policy.guarantee." + p.guarantee()));
        }
        s.append(' ');
        String fee = fee(p.cancellationFee(), p.cancellationFeePercent(), p.cancellationFeeAmount());
        if ("NONE".equals(p.cancellationFee())) {
            s.append(messages.text("policy.cancel.free"));
        } else if (p.freeCancellationUntil() != null) {
            s.append(messages.text("policy.cancel.until", moment(p.freeCancellationUntil()), fee));
        } else {
            s.append(messages.text("policy.cancel.never", fee));
        }
        s.append(' ').append(messages.text("policy.noShow", fee(p.noShowFee(), p.noShowFeePercent(), p.noShowFeeAmount())));
        return s.toString();
    }

    private String fee(String basis, BigDecimal percent, BigDecimal amount) {
        if (basis == null || "NONE".equals(basis)) {
            return messages.text("fee.NONE");
        }
        String what = messages.text("fee." + basis, plain(percent));
        return amount == null ? what : what + " (" + money(amount) + ")";
    }

    public String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant.atZone(hotelZone()));
    }

    public ZoneId hotelZone() {
        ZoneId zone = hotelZone;
        if (zone == null) {
            zone = hotels.hotel().zone();
            hotelZone = zone;
        }
        return zone;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
