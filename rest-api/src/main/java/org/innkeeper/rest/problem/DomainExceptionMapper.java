package org.innkeeper.rest.problem;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.innkeeper.domain.inventory.NoAvailabilityException;
import org.innkeeper.domain.rate.SaleRefusedException;
import org.innkeeper.domain.shared.DomainException;
import org.innkeeper.domain.shared.NotFoundException;
import org.innkeeper.domain.shared.StateConflictException;

/**
 * A business rule said no: 404 for what does not exist (or is another channel's), 409 when the
 * hotel's state forbids it (nothing left, wrong status, balance open), 422 for input the domain refuses.
 */
@Provider
@ApplicationScoped
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Override
    public Response toResponse(DomainException e) {
        Problem problem = Problem.of(e.kind(), statusOf(e)).detail(e.getMessage()).field(e.field());
        if (e.field() != null && statusOf(e) == 422) {
            problem.errors(List.of(new Problem.FieldError(e.field(), e.getMessage())));
        }
        if (e instanceof SaleRefusedException refused) {
            // every reason the stay can't be sold, each with its code
            problem.reasons(refused.refusals().stream().map(r -> new Problem.Reason(r.code(), r.message(), r.nights())).toList());
        }
        return problem.toResponse();
    }

    static int statusOf(DomainException e) {
        if (e instanceof NotFoundException) {
            return 404;
        }
        if (e instanceof NoAvailabilityException || e instanceof StateConflictException
                || e instanceof SaleRefusedException) {
            return 409;
        }
        return 422; // InvalidValueException and any other refusal of the input
    }
}
