package org.innkeeper.rest;

import static org.innkeeper.rest.security.ApiRoles.CHANNEL;
import static org.innkeeper.rest.security.ApiRoles.FRONT_DESK;
import static org.innkeeper.rest.security.ApiRoles.MANAGER;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.innkeeper.application.ReservationService;
import org.innkeeper.application.dto.GroupBookingRequest;
import org.innkeeper.application.dto.GroupBookingView;
import org.innkeeper.rest.platform.Idempotent;

/**
 * Multi-room bookings: several rooms for one stay and guest, all booked or none. Each room is a
 * reservation of its own (read, modify, cancel it under {@code /reservations}); the booking's
 * reference ties them together.
 */
@Path("bookings")
@ApplicationScoped
@Idempotent
@RolesAllowed({CHANNEL, FRONT_DESK, MANAGER})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bookings", description = "Several rooms for one stay, all or none")
public class BookingResource {

    @EJB
    ReservationService reservations;

    @Operation(summary = "Book several rooms at once",
            description = "All rooms are booked or none; each is a reservation of its own.")
    @APIResponse(responseCode = "201", description = "Booked; Location is its address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GroupBookingView.class)))
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = GroupBookingRequest.class),
            examples = @ExampleObject(name = "two rooms", value = """
                    {"arrival": "2027-03-01", "departure": "2027-03-03",
                     "rooms": [{"roomType": "STD", "ratePlan": "BAR", "adults": 2},
                               {"roomType": "FAM", "ratePlan": "BB", "adults": 2, "children": 2}],
                     "guest": {"firstName": "Ada", "lastName": "Lovelace", "email": "ada@example.com",
                               "phone": "+44 20 7946 0000"},
                     "source": "Corporate agreement"}""")))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response book(@NotNull @Valid GroupBookingRequest request,
                         @Context SecurityContext security, @Context UriInfo uri) {
        GroupBookingView booked = reservations.bookGroup(request, Callers.bookingChannel(security));
        URI location = uri.getBaseUriBuilder().path(BookingResource.class).path(booked.reference()).build();
        return Response.created(location).entity(booked).build();
    }

    @Operation(summary = "Read a multi-room booking")
    @GET
    @Path("{reference}")
    public GroupBookingView find(@PathParam("reference") String reference, @Context SecurityContext security) {
        return reservations.findGroup(reference, Callers.viewerChannel(security));
    }
}
