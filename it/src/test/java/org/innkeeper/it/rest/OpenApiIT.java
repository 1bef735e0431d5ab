package org.innkeeper.it.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.HttpMethod;
import org.innkeeper.rest.InnkeeperApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document served at /openapi describes the API the resources define: every path and
 * method (read from the resource classes themselves), the DTOs they take and give, the problems, the
 * security schemes and the Idempotency-Key.
 */
class OpenApiIT {

    private static JsonNode document;
    private static List<Class<?>> resources;

    @BeforeAll
    static void load() throws Exception {
        Api.Reply reply = Platform.send("GET", Api.BASE_URL + "/openapi?format=JSON", null, (Object) null,
                "Accept", "application/json");
        assertThat(reply.status()).as("GET /openapi: %s", reply.body()).isEqualTo(200);
        document = reply.json();
        resources = resourceClasses();
        assertThat(resources).hasSizeGreaterThanOrEqualTo(5);
    }

    /** Every class of the API's package with a @Path: the resources, found without a list to keep. */
    private static List<Class<?>> resourceClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path location = Path.of(InnkeeperApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String pkg = InnkeeperApi.class.getPackageName().replace('.', '/') + "/";
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.list(location.resolve(pkg))) {
                files.map(f -> pkg + f.getFileName()).forEach(names::add);
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(pkg)).forEach(names::add);
            }
        }
        List<Class<?>> found = new ArrayList<>();
        for (String name : names) {
            String relative = name.substring(pkg.length());
            if (relative.endsWith(".class") && !relative.contains("/") && !relative.contains("$")) {
                // loaded, not initialised: only the annotations are read, without the server's providers
                Class<?> type = Class.forName(name.replace('/', '.').replace(".class", ""), false,
                        OpenApiIT.class.getClassLoader());
                if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                    found.add(type);
                }
            }
        }
        return found;
    }

    /** "GET /reservations/{confirmationNumber}" for every resource method. */
    private static Set<String> definedOperations() {
        Set<String> operations = new TreeSet<>();
        for (Class<?> resource : resources) {
            String base = resource.getAnnotation(jakarta.ws.rs.Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                String verb = Stream.of(method.getAnnotations())
                        .map(a -> a.annotationType().getAnnotation(HttpMethod.class))
                        .filter(java.util.Objects::nonNull).map(HttpMethod::value).findFirst().orElse(null);
                if (verb != null) {
                    jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                    operations.add(verb + " " + normalize(base + (sub == null ? "" : "/" + sub.value())));
                }
            }
        }
        return operations;
    }

    private static String normalize(String path) {
        return ("/" + path).replaceAll("/+", "/").replaceAll("/$", "");
    }

    /** The document's operations under /v1, as "METHOD /path" (the part after /v1). */
    private static Set<String> documentedOperations() {
        Set<String> operations = new TreeSet<>();
        for (Iterator<String> paths = document.path("paths").fieldNames(); paths.hasNext(); ) {
            String path = paths.next();
            int v1 = path.indexOf("/v1/");
            assertThat(v1).as("path %s is under /v1", path).isGreaterThanOrEqualTo(0);
            for (Iterator<String> methods = document.path("paths").path(path).fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                if (Set.of("get", "put", "post", "delete", "patch").contains(method)) {
                    operations.add(method.toUpperCase(Locale.ROOT) + " " + normalize(path.substring(v1 + 3)));
                }
            }
        }
        return operations;
    }

    @Test
    void everyPathAndMethodTheResourcesDefineIsDocumentedAndNothingElse() {
        Set<String> defined = definedOperations();
        assertThat(defined).contains("POST /reservations", "PATCH /reservations/{confirmationNumber}",
                "GET /availability");
        assertThat(documentedOperations()).isEqualTo(defined);
    }

    @Test
    void theDtosTheResourcesTakeAndGiveAreSchemas() {
        Set<String> dtos = new TreeSet<>();
        for (Class<?> resource : resources) {
            for (Method method : resource.getDeclaredMethods()) {
                Stream.concat(Stream.of(method.getReturnType()), Stream.of(method.getParameterTypes()))
                        .filter(type -> type.getPackageName().equals("org.innkeeper.application.dto"))
                        .map(Class::getSimpleName).forEach(dtos::add);
            }
        }
        assertThat(dtos).contains("BookingRequest", "ModificationRequest", "AvailabilityView");
        JsonNode schemas = document.path("components").path("schemas");
        for (String dto : dtos) {
            assertThat(schemas.has(dto)).as("schema %s in %s", dto, schemas.fieldNames()).isTrue();
        }
        JsonNode problem = schemas.path("Problem").path("properties");
        assertThat(problem.has("type") && problem.has("title") && problem.has("status") && problem.has("detail")
                && problem.has("field")).as("Problem schema: %s", problem).isTrue();
        assertThat(schemas.path("ReservationView").path("properties").has("confirmationNumber")).isTrue();
    }

    @Test
    void everyOperationNamesItsErrorsAsProblemsAndEveryPostAndPatchTakesAnIdempotencyKey() {
        JsonNode responses = document.path("components").path("responses");
        for (String name : List.of("BadRequest", "Unauthorized", "Forbidden", "NotFound", "Conflict", "TooLarge",
                "Invalid", "TooManyRequests", "ServerError")) {
            JsonNode content = responses.path(name).path("content").path(Api.PROBLEM_JSON);
            assertThat(content.path("schema").path("$ref").asText()).as("response %s", name)
                    .isEqualTo("#/components/schemas/Problem");
        }
        assertThat(responses.path("TooManyRequests").path("headers").has("Retry-After")).isTrue();
        assertThat(document.path("components").path("parameters").path("Idempotency-Key").path("in").asText())
                .isEqualTo("header");

        for (Iterator<String> paths = document.path("paths").fieldNames(); paths.hasNext(); ) {
            String path = paths.next();
            for (Iterator<String> methods = document.path("paths").path(path).fieldNames(); methods.hasNext(); ) {
                String method = methods.next();
                JsonNode operation = document.path("paths").path(path).path(method);
                if (!operation.has("responses")) {
                    continue;
                }
                String where = method + " " + path;
                assertThat(operation.path("responses").has("401")).as("401 of %s", where).isTrue();
                assertThat(operation.path("responses").has("429")).as("429 of %s", where).isTrue();
                assertThat(operation.path("responses").has("500")).as("500 of %s", where).isTrue();
                assertThat(operation.path("summary").asText()).as("summary of %s", where).isNotBlank();
                if (operation.has("requestBody")) {
                    assertThat(operation.path("responses").has("413")).as("413 of %s", where).isTrue();
                    assertThat(operation.path("responses").has("422")).as("422 of %s", where).isTrue();
                }
                if (method.equals("post") || method.equals("patch")) {
                    assertThat(operation.path("parameters").toString()).as("parameters of %s", where)
                            .contains("#/components/parameters/Idempotency-Key");
                }
            }
        }
    }

    @Test
    void theSecuritySchemesAreTheChannelKeyAndStaffLogins() {
        JsonNode schemes = document.path("components").path("securitySchemes");
        assertThat(schemes.path("channelKey").path("scheme").asText()).isEqualToIgnoringCase("bearer");
        assertThat(schemes.path("staff").path("scheme").asText()).isEqualToIgnoringCase("basic");
    }

    @Test
    void theBookingRequestHasAnExample() {
        JsonNode book = document.path("paths").properties().stream()
                .filter(e -> e.getKey().endsWith("/v1/reservations")).findFirst().orElseThrow().getValue().path("post");
        assertThat(book.path("requestBody").toString()).contains("example").contains("roomType");
        assertThat(book.path("responses").has("201")).isTrue();
    }

    @Test
    void requestBodiesSayUnknownFieldsAreRefusedAndNumbersMustBeWhole() {
        JsonNode schemas = document.path("components").path("schemas");
        for (String request : List.of("BookingRequest", "GuestDetails", "GroupBookingRequest", "RoomRequest")) {
            assertThat(schemas.path(request).path("additionalProperties").isBoolean())
                    .as("additionalProperties of %s: %s", request, schemas.path(request)).isTrue();
            assertThat(schemas.path(request).path("additionalProperties").asBoolean()).isFalse();
        }
        String description = document.path("info").path("description").asText();
        assertThat(description).contains("unknown field").contains("whole number").contains("rooms[1].adults");
        assertThat(document.path("components").path("responses").path("BadRequest").path("description").asText())
                .contains("field the operation does not have");
    }
}
