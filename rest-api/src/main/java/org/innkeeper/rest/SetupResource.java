package org.innkeeper.rest;

import static org.innkeeper.rest.security.ApiRoles.MANAGER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innkeeper.application.SetupService;
import org.innkeeper.application.dto.ArticleForm;
import org.innkeeper.application.dto.ArticleView;
import org.innkeeper.rest.platform.Idempotent;

/** The hotel's setup that the API offers: the service catalogue and the hotel's settings. */
@Path("setup")
@ApplicationScoped
@Idempotent
@RolesAllowed(MANAGER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Setup", description = "The service catalogue and the hotel's settings (managers)")
public class SetupResource {

    @EJB
    SetupService setup;

    @Operation(summary = "The service catalogue: every article, the system ones first")
    @GET
    @Path("articles")
    public List<ArticleView> articles() {
        return setup.articles();
    }

    @Operation(summary = "Add an article, or change the one with this code",
            description = "Prices include VAT. System articles (room night, city tax, fees) keep their department and"
                    + " VAT, which follow the hotel's taxes; only their name changes.")
    @PUT
    @Path("articles/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ArticleView saveArticle(@PathParam("code") String code, @NotNull @Valid ArticleForm form) {
        if (!code.equalsIgnoreCase(form.code() == null ? "" : form.code().trim())) {
            throw new org.innkeeper.domain.shared.InvalidValueException("code", "the code in the body (" + form.code()
                    + ") is not the one in the address (" + code + ")");
        }
        return setup.saveArticle(form);
    }

    @Operation(summary = "The hotel's settings: check-in and check-out hours, the no-show hour, hold times, sale horizon",
            description = "Hours are hotel time (timeZone). A guest due today may be marked a no-show at the desk from"
                    + " noShowHour; the night audit marks the rest when it closes the day.")
    @GET
    @Path("hotel")
    public org.innkeeper.application.dto.HotelSettingsForm hotelSettings() {
        return setup.hotelSettings();
    }

    @Operation(summary = "Change the hotel's settings",
            description = "All fields are required; timeZone is read only (ignored). Changes apply from now on: an"
                    + " option already held keeps its expiry.")
    @PUT
    @Path("hotel")
    @Consumes(MediaType.APPLICATION_JSON)
    public org.innkeeper.application.dto.HotelSettingsForm saveHotelSettings(
            @NotNull @Valid org.innkeeper.application.dto.HotelSettingsForm settings) {
        return setup.saveHotelSettings(settings);
    }
}
