package org.innkeeper.domain.reservation;

import java.time.LocalDate;
import java.util.List;
import org.innkeeper.domain.shared.Money;

/**
 * What the desk records at check-in: the main guest's identity document, nationality and date of
 * birth, the companions, the keys handed over and the deposit or pre-authorisation taken.
 */
public record Registration(IdentityDocument document, String nationality, LocalDate birthDate,
                           List<PersonalData> companions, int keys, Money deposit,
                           Reservation.DepositKind depositKind) {

    public Registration {
        companions = companions == null ? List.of() : List.copyOf(companions);
        nationality = PersonalData.nationality("nationality", nationality);
        if (deposit != null && deposit.isNegative()) {
            throw new org.innkeeper.domain.shared.InvalidValueException("deposit", "a deposit is not negative");
        }
        if (deposit != null && deposit.isZero()) {
            deposit = null;
        }
        if (deposit != null && depositKind == null) {
            depositKind = Reservation.DepositKind.PRE_AUTHORISATION;
        }
    }
}
