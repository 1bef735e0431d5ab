package org.innkeeper.rest;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for the whole API, with the default configuration. Without a resolver,
 * RESTEasy builds a new Jsonb for every request and body, and Yasson then introspects every DTO
 * class again each time: a third of the server's CPU in the benchmark (docs/benchmarks.md). Jsonb
 * is thread-safe; RESTEasy does not close an instance that a resolver supplies.
 */
@Provider
@ApplicationScoped
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public class SharedJsonb implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    @PreDestroy
    void close() throws Exception {
        jsonb.close();
    }
}
