package org.innkeeper.rest.platform;

import jakarta.enterprise.context.RequestScoped;

import org.innkeeper.application.dto.IdempotentResponse;

/**
 * The Idempotency-Key of this request, whose it is and what was asked (hash), as
 * {@link IdempotencyKeyFilter} found them; and the answer kept for it.
 */
@RequestScoped
public class IdempotentRequest {

    private String owner;
    private String key;
    private String hash;
    private IdempotentResponse answer;

    void of(String owner, String key, String hash) {
        this.owner = owner;
        this.key = key;
        this.hash = hash;
    }

    boolean present() {
        return key != null;
    }

    String owner() {
        return owner;
    }

    String key() {
        return key;
    }

    String hash() {
        return hash;
    }

    void answered(IdempotentResponse answer) {
        this.answer = answer;
    }

    IdempotentResponse answer() {
        return answer;
    }
}
