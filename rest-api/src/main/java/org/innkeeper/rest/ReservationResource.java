package org.innkeeper.rest;

import static org.innkeeper.rest.security.ApiRoles.CHANNEL;
import static org.innkeeper.rest.security.ApiRoles.FRONT_DESK;
import static org.innkeeper.rest.security.ApiRoles.MANAGER;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.innkeeper.application.ReservationService;
import org.innkeeper.application.dto.BookingRequest;
import org.innkeeper.application.dto.ReservationView;

/**
 * Booking, reading and cancelling reservations. A channel books under its own code and sees only its
 * own reservations (another's answer 404); staff book as the desk (phone) and see all.
 */
@Path("reservations")
@RequestScoped
@RolesAllowed({CHANNEL, FRONT_DESK, MANAGER})
@Produces(MediaType.APPLICATION_JSON)
public class ReservationResource {

    @EJB
    ReservationService reservations;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response book(@NotNull @Valid BookingRequest request,
                         @Context SecurityContext security, @Context UriInfo uri) {
        ReservationView booked = reservations.book(request, Callers.bookingChannel(security));
        URI location = uri.getBaseUriBuilder().path(ReservationResource.class)
                .path(booked.confirmationNumber()).build();
        return Response.created(location).entity(booked).build();
    }

    @GET
    @Path("{confirmationNumber}")
    public ReservationView find(@PathParam("confirmationNumber") String confirmationNumber,
                                @Context SecurityContext security) {
        return reservations.find(confirmationNumber, Callers.viewerChannel(security));
    }

    @POST
    @Path("{confirmationNumber}/cancel")
    public ReservationView cancel(@PathParam("confirmationNumber") String confirmationNumber,
                                  @Context SecurityContext security) {
        return reservations.cancel(confirmationNumber, Callers.viewerChannel(security));
    }
}
