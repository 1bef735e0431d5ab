package org.innkeeper.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.innkeeper.rest.problem.Problem;

/**
 * The REST API, version 1: {@code /api/v1}. Channels (API key) search availability and book; the
 * front desk and managers (staff credentials) run the guest cycle and read reports.
 * Resources and providers are found by scanning. The OpenAPI document is served at {@code /openapi};
 * the errors every operation can meet are added to it by {@link org.innkeeper.rest.platform.ApiDocumentation}.
 */
@ApplicationPath("/v1")
@OpenAPIDefinition(
        info = @Info(title = "Innkeeper API", version = "1",
                description = "Availability, booking and the guest cycle of an Innkeeper hotel. Channels send"
                        + " `Authorization: Bearer <api key>`, staff HTTP Basic. Every error is"
                        + " `application/problem+json` (RFC 9457) with type, title, status, detail and, where one"
                        + " input is to blame, field. POST and PATCH take an `Idempotency-Key`; each channel has a"
                        + " rate limit (429 with Retry-After), and repeated wrong passwords or keys for an account or"
                        + " from an address are refused for a while (429 too-many-failed-logins with Retry-After); a"
                        + " member of staff with a temporary password changes it first (POST /staff/me/password,"
                        + " else 403 password-change-required); request bodies are at most 1 MB (413).\n\n"
                        + "Request bodies are read strictly, so that what is sent is what is booked: exactly one JSON"
                        + " document, each key once, only the fields the operation's schema names (an unknown field,"
                        + " such as a misspelt `adult`, is refused rather than ignored), each value of its schema's"
                        + " type (a string where a string is asked for, `true` or `false` for a boolean): otherwise"
                        + " 400. Whole-number fields take whole numbers within 32 bits (64 bits for ids), amounts"
                        + " at most 15 digits before and after the point: `1.9` adults or `4294967298` is a 422,"
                        + " never rounded or cut. The problem's `field` is the JSON path to blame, e.g. `adults`,"
                        + " `guest.firstName`, `rooms[1].adults`."),
        security = {@SecurityRequirement(name = "channelKey"), @SecurityRequirement(name = "staff")},
        components = @Components(
                securitySchemes = {
                    @SecurityScheme(securitySchemeName = "channelKey", type = SecuritySchemeType.HTTP,
                            scheme = "bearer", description = "A booking channel's API key"),
                    @SecurityScheme(securitySchemeName = "staff", type = SecuritySchemeType.HTTP,
                            scheme = "basic", description = "A member of staff: user name and password")},
                parameters = @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = false,
                        description = "Sent again with the same request, the first answer is replayed (with"
                                + " `Idempotent-Replayed: true`) and nothing is done twice; with another request,"
                                + " 422. 1 to 255 printable ASCII characters, kept for 24 hours, per caller.",
                        schema = @Schema(type = SchemaType.STRING, maxLength = 255),
                        example = "6f1c7c1e-4a8e-4a43-9f5e-0b8a4d0f3b1a"),
                responses = {
                    @APIResponse(name = "BadRequest", responseCode = "400",
                            description = "The body is not one JSON document (or has content after it, or a key"
                                    + " twice), names a field the operation does not have, or a value has the wrong"
                                    + " type (a number for a string, \"yes\" for a boolean)",
                            content = @Content(mediaType = Problem.MEDIA_TYPE,
                                    schema = @Schema(implementation = Problem.class),
                                    examples = @ExampleObject(name = "wrong-type", value = """
                                            {"type": "https://innkeeper.org/problems/bad-request", "title": "Bad request",
                                             "status": 400, "detail": "The request body could not be read: ...",
                                             "field": "adults"}"""))),
                    @APIResponse(name = "Unauthorized", responseCode = "401",
                            description = "No credentials, or not accepted",
                            content = @Content(mediaType = Problem.MEDIA_TYPE,
                                    schema = @Schema(implementation = Problem.class),
                                    examples = @ExampleObject(name = "unauthorized", value = """
                                            {"type": "https://innkeeper.org/problems/unauthorized", "title": "Unauthorized",
                                             "status": 401, "detail": "The credentials were not accepted."}"""))),
                    @APIResponse(name = "Forbidden", responseCode = "403", description = "Not open to the caller's role",
                            content = @Content(mediaType = Problem.MEDIA_TYPE,
                                    schema = @Schema(implementation = Problem.class),
                                    examples = @ExampleObject(name = "forbidden", value = """
                                            {"type": "https://innkeeper.org/problems/forbidden", "title": "Forbidden",
                                             "status": 403, "detail": "This is not open to your role."}"""))),
                    @APIResponse(name = "NotFound", responseCode = "404",
                            description = "No such thing, or another channel's",
                            content = @Content(mediaType = Problem.MEDIA_TYPE,
                                    schema = @Schema(implementation = Problem.class),
                                    examples = @ExampleObject(name = "not-found", value = """
                                            {"type": "https://innkeeper.org/problems/not-found", "title": "Not found",
                                             "status": 404, "detail": "Reservation IK2ABCDEFG not found"}"""))),
                    @APIResponse(name = "Conflict", responseCode = "409",
                            description = "The hotel's state forbids it: nothing left, a status that does not allow"
                                    + " it, or a request with the same Idempotency-Key still being answered",
                            content = @Content(mediaType = Problem.MEDIA_TYPE,
                                    schema = @Schema(implementation = Problem.class),
                                    examples = @ExampleObject(name = "no-availability", value = """
                                            {"type": "https://innkeeper.org/problems/no-availability",
                                             "title": "No availability", "status": 409,
                                             "detail": "no Junior Suite is left for every night from 2027-03-01 to 2027-03-03",
                                             "field": "roomType"}"""))),
                    @APIResponse(name = "TooLarge", responseCode = "413", description = "The body is over 1 MB",
                            content = @Content(mediaType = Problem.MEDIA_TYPE,
                                    schema = @Schema(implementation = Problem.class),
                                    examples = @ExampleObject(name = "body-too-large", value = """
                                            {"type": "https://innkeeper.org/problems/body-too-large",
                                             "title": "Body too large", "status": 413,
                                             "detail": "A request body may hold at most 1048576 bytes (1 MB)."}"""))),
                    @APIResponse(name = "UnsupportedMediaType", responseCode = "415",
                            description = "The body is not application/json",
                            content = @Content(mediaType = Problem.MEDIA_TYPE,
                                    schema = @Schema(implementation = Problem.class))),
                    @APIResponse(name = "Invalid", responseCode = "422",
                            description = "A value breaks a rule (with the field to blame): among them a number that"
                                    + " is not a whole number, or is too large or too small for its field; or the"
                                    + " Idempotency-Key was used for another request",
                            content = @Content(mediaType = Problem.MEDIA_TYPE,
                                    schema = @Schema(implementation = Problem.class),
                                    examples = {
                                        @ExampleObject(name = "invalid-value", value = """
                                                {"type": "https://innkeeper.org/problems/invalid-value",
                                                 "title": "Invalid value", "status": 422,
                                                 "detail": "the departure must be after the arrival", "field": "departure",
                                                 "errors": [{"field": "departure",
                                                             "message": "the departure must be after the arrival"}]}"""),
                                        @ExampleObject(name = "idempotency-key-reused", value = """
                                                {"type": "https://innkeeper.org/problems/idempotency-key-reused",
                                                 "title": "Idempotency key reused", "status": 422,
                                                 "detail": "Idempotency-Key 'abc' was used for a different request; use a new key for a new request.",
                                                 "field": "Idempotency-Key"}""")})),
                    @APIResponse(name = "TooManyRequests", responseCode = "429",
                            description = "The channel is over its rate limit, or too many wrong credentials came for the account or from the address",
                            headers = @Header(name = "Retry-After", description = "Seconds to wait",
                                    schema = @Schema(type = SchemaType.INTEGER)),
                            content = @Content(mediaType = Problem.MEDIA_TYPE,
                                    schema = @Schema(implementation = Problem.class),
                                    examples = @ExampleObject(name = "too-many-requests", value = """
                                            {"type": "https://innkeeper.org/problems/too-many-requests",
                                             "title": "Too many requests", "status": 429,
                                             "detail": "Channel OTA3 may send 5 requests per second; try again in 1 s."}"""))),
                    @APIResponse(name = "ServerError", responseCode = "500",
                            description = "Our fault; logged under the incident number in the detail",
                            content = @Content(mediaType = Problem.MEDIA_TYPE,
                                    schema = @Schema(implementation = Problem.class)))}))
public class InnkeeperApi extends Application {
}
