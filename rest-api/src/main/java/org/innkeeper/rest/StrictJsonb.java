package org.innkeeper.rest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;

/**
 * JSON-B that reads strictly: every body is checked by {@link StrictJson} against the type it is to
 * become before it is bound. Writing is JSON-B's own.
 */
final class StrictJsonb implements Jsonb {

    private final Jsonb jsonb;

    StrictJsonb(Jsonb jsonb) {
        this.jsonb = jsonb;
    }

    @Override
    public <T> T fromJson(String str, Class<T> type) {
        return fromJson(str, (Type) type);
    }

    @Override
    public <T> T fromJson(String str, Type runtimeType) {
        return fromJson(str.getBytes(StandardCharsets.UTF_8), runtimeType);
    }

    @Override
    public <T> T fromJson(Reader reader, Class<T> type) {
        return fromJson(reader, (Type) type);
    }

    @Override
    public <T> T fromJson(Reader reader, Type runtimeType) {
        try {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            for (int read = reader.read(buffer); read != -1; read = reader.read(buffer)) {
                text.append(buffer, 0, read);
            }
            return fromJson(text.toString(), runtimeType);
        } catch (IOException e) {
            throw new JsonbException("The request body could not be read", e);
        }
    }

    @Override
    public <T> T fromJson(InputStream stream, Class<T> type) {
        return fromJson(stream, (Type) type);
    }

    @Override
    public <T> T fromJson(InputStream stream, Type runtimeType) {
        try {
            return fromJson(stream.readAllBytes(), runtimeType);
        } catch (IOException e) {
            throw new JsonbException("The request body could not be read", e);
        }
    }

    /** Bodies are at most 1 MB ({@link org.innkeeper.rest.platform.RequestBodyLimit}): read twice from memory. */
    private <T> T fromJson(byte[] json, Type runtimeType) {
        StrictJson.check(json, runtimeType);
        return jsonb.fromJson(new ByteArrayInputStream(json), runtimeType);
    }

    @Override
    public String toJson(Object object) {
        return jsonb.toJson(object);
    }

    @Override
    public String toJson(Object object, Type runtimeType) {
        return jsonb.toJson(object, runtimeType);
    }

    @Override
    public void toJson(Object object, Writer writer) {
        jsonb.toJson(object, writer);
    }

    @Override
    public void toJson(Object object, Type runtimeType, Writer writer) {
        jsonb.toJson(object, runtimeType, writer);
    }

    @Override
    public void toJson(Object object, OutputStream stream) {
        jsonb.toJson(object, stream);
    }

    @Override
    public void toJson(Object object, Type runtimeType, OutputStream stream) {
        jsonb.toJson(object, runtimeType, stream);
    }

    @Override
    public void close() throws Exception {
        jsonb.close();
    }
}
