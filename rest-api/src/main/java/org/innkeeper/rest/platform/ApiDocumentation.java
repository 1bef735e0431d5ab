package org.innkeeper.rest.platform;

import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the OpenAPI document with what filters and mappers answer for every operation, so the
 * resources carry only what is their own: 401, 403, 429 and 500 everywhere; 404 at addresses with a
 * path parameter; 400, 413, 415 and 422 where a body is read; 422 where a query is read; and for POST
 * and PATCH the Idempotency-Key header, the replay marker and 409 (the key still in use). Every
 * schema a request body is read as says {@code additionalProperties: false}: unknown fields are
 * refused (400), see {@code StrictJson}. The problem responses themselves are components declared on {@link org.innkeeper.rest.InnkeeperApi}.
 */
public class ApiDocumentation implements OASFilter {

    private static final String RESPONSES = "#/components/responses/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Set<Schema> read = Collections.newSetFromMap(new IdentityHashMap<>());
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            Map<PathItem.HttpMethod, Operation> operations = item.getOperations();
            if (operations != null) {
                operations.forEach((method, operation) -> {
                    complete(path, method, operation);
                    RequestBody body = operation.getRequestBody();
                    if (body != null && body.getContent() != null && body.getContent().getMediaTypes() != null) {
                        body.getContent().getMediaTypes().values()
                                .forEach(media -> closed(openAPI, media.getSchema(), read));
                    }
                });
            }
        });
    }

    /** A schema a body is read as, and every object schema within it, takes no other properties. */
    private static void closed(OpenAPI openAPI, Schema schema, Set<Schema> done) {
        if (schema == null || !done.add(schema)) {
            return;
        }
        if (schema.getRef() != null) {
            String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
            if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
                closed(openAPI, openAPI.getComponents().getSchemas().get(name), done);
            }
            return;
        }
        if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
            schema.setAdditionalPropertiesBoolean(Boolean.FALSE);
            schema.getProperties().values().forEach(property -> closed(openAPI, property, done));
        }
        closed(openAPI, schema.getItems(), done);
        for (List<Schema> composed : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (composed != null) {
                composed.forEach(part -> closed(openAPI, part, done));
            }
        }
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createObject(APIResponses.class));
        }
        APIResponses responses = operation.getResponses();
        refer(responses, "401", "Unauthorized");
        refer(responses, "403", "Forbidden");
        refer(responses, "429", "TooManyRequests");
        refer(responses, "500", "ServerError");
        if (path.contains("{")) {
            refer(responses, "404", "NotFound");
        }
        boolean readsQuery = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
        if (operation.getRequestBody() != null) {
            refer(responses, "400", "BadRequest");
            refer(responses, "413", "TooLarge");
            refer(responses, "415", "UnsupportedMediaType");
            refer(responses, "422", "Invalid");
        } else if (readsQuery) {
            refer(responses, "422", "Invalid");
        }
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PATCH) {
            operation.addParameter(OASFactory.createObject(Parameter.class).ref("Idempotency-Key"));
            refer(responses, "409", "Conflict");
            refer(responses, "422", "Invalid");
            if (responses.getAPIResponses() != null) {
                responses.getAPIResponses().forEach((status, response) -> {
                    if (status.startsWith("2") && response.getRef() == null) {
                        response.addHeader("Idempotent-Replayed", OASFactory.createObject(Header.class)
                                .description("true when this is the kept answer to an earlier request with the same"
                                        + " Idempotency-Key")
                                .schema(OASFactory.createObject(Schema.class).addType(Schema.SchemaType.BOOLEAN)));
                    }
                });
            }
        }
    }

    private static void refer(APIResponses responses, String status, String component) {
        if (responses.getAPIResponse(status) == null) {
            responses.addAPIResponse(status, OASFactory.createObject(APIResponse.class).ref(RESPONSES + component));
        }
    }
}
