package org.innkeeper.rest;

import static org.innkeeper.rest.security.ApiRoles.FRONT_DESK;
import static org.innkeeper.rest.security.ApiRoles.MANAGER;

import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.innkeeper.application.SurveyService;
import org.innkeeper.application.dto.SurveyAnswerRequest;
import org.innkeeper.application.dto.SurveyInvitationView;
import org.innkeeper.application.dto.SurveyResultView;

/**
 * The survey after a stay: the guest's own two calls, by the link's token and without login (the token
 * is the key: long, random, one use, expiring), and the results for staff.
 */
@Path("surveys")
@org.innkeeper.rest.platform.Idempotent
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Surveys", description = "The guest's survey after the stay (public, by its link) and its results (staff)")
public class SurveyResource {

    @EJB
    SurveyService surveys;

    @Operation(summary = "Surveys of stays that left from..to (staff)",
            description = "Default: the last 30 days. Answered ones with their answers and the complaint a low score opened.")
    @GET
    @RolesAllowed({FRONT_DESK, MANAGER})
    public List<SurveyResultView> results(@QueryParam("from") String from, @QueryParam("to") String to) {
        return surveys.results(QueryParams.dateOr(from, "from", null), QueryParams.dateOr(to, "to", null));
    }

    @Operation(summary = "The survey a link opens (the guest, no login)",
            description = "404 for no such link; 409 survey-answered once answered, 409 survey-expired after 30 days.")
    @SecurityRequirements
    @GET
    @Path("{token}")
    @PermitAll
    public SurveyInvitationView invitation(@PathParam("token") String token) {
        return surveys.invitation(token);
    }

    @Operation(summary = "Answer the survey (the guest, no login; once)",
            description = "NPS 0-10, satisfaction 1-5 overall and per department (a department not used may be left"
                    + " out), a comment. 204; 409 survey-answered the second time, 409 survey-expired, 404 no such link."
                    + " A detractor's score (0-6) or a satisfaction of 1-2 opens a complaint for the duty manager.")
    @APIResponse(responseCode = "204", description = "Thank you")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SurveyAnswerRequest.class),
            examples = @ExampleObject(name = "answers", value = """
                    {"nps": 9, "csatOverall": 5, "frontDesk": 5, "room": 4, "cleanliness": 5, "foodAndBeverage": 4,
                     "comment": "Lovely stay"}""")))
    @SecurityRequirements
    @POST
    @Path("{token}/answers")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public Response answer(@PathParam("token") String token, @NotNull @Valid SurveyAnswerRequest request) {
        surveys.answer(token, request);
        return Response.noContent().build();
    }
}
