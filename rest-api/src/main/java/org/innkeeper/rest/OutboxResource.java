package org.innkeeper.rest;

import static org.innkeeper.rest.security.ApiRoles.FRONT_DESK;
import static org.innkeeper.rest.security.ApiRoles.MANAGER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import org.innkeeper.application.MailService;
import org.innkeeper.application.dto.OutboxView;

/** The e-mail outbox: every message to a guest, sent or waiting, and whether an SMTP server is configured. */
@Path("frontdesk/outbox")
@ApplicationScoped
@RolesAllowed({FRONT_DESK, MANAGER})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outbox", description = "E-mail to guests: booking confirmations and invoices, sent or waiting (staff)")
public class OutboxResource {

    static final int MOST = 500;
    static final int DEFAULT = 100;

    @EJB
    MailService mail;

    @Operation(summary = "The e-mail outbox, newest first",
            description = "Every message to a guest with its status (PENDING, SENT, FAILED), attempts and last error;"
                    + " smtpConfigured false means messages wait as PENDING until an SMTP server is configured."
                    + " At most limit messages (default 100, most 500).")
    @GET
    public OutboxView outbox(
            @Parameter(description = "only messages of this status",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"PENDING", "SENT", "FAILED"}))
            @QueryParam("status") String status,
            @QueryParam("limit") String limit) {
        return mail.outbox(status, QueryParams.intOr(limit, "limit", 1, MOST, DEFAULT));
    }
}
