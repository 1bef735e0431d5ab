package org.innkeeper.domain.rate;

import java.util.List;
import java.util.stream.Collectors;
import org.innkeeper.domain.shared.DomainException;

/** The stay can't be sold under the restrictions of its dates (or the plan is not on sale); nothing was booked. */
public class SaleRefusedException extends DomainException {

    private final List<SaleRefusal> refusals;

    public SaleRefusedException(List<SaleRefusal> refusals) {
        super(refusals.get(0).code(), "arrival",
                refusals.stream().map(SaleRefusal::message).collect(Collectors.joining("; ")));
        this.refusals = List.copyOf(refusals);
    }

    public List<SaleRefusal> refusals() {
        return refusals;
    }
}
