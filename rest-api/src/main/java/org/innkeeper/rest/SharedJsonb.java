package org.innkeeper.rest;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for the whole API: it writes as the default one does and reads strictly
 * ({@link StrictJson}: what a channel sends is what is booked, or it is refused). Without a resolver,
 * RESTEasy builds a new Jsonb for every request and body, and Yasson then introspects every DTO
 * class again each time: a third of the server's CPU in the benchmark (docs/benchmarks.md). Jsonb
 * is thread-safe; RESTEasy does not close an instance that a resolver supplies.
 */
@Provider
@ApplicationScoped
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public class SharedJsonb implements ContextResolver<Jsonb> {

    /** Yasson's name for failing on unknown properties: a second guard behind {@link StrictJson}. */
    static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

    private final Jsonb jsonb = new StrictJsonb(JsonbBuilder.create(
            new JsonbConfig().setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true)));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    @PreDestroy
    void close() throws Exception {
        jsonb.close();
    }
}
