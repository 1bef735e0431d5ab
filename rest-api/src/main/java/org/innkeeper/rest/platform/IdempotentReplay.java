package org.innkeeper.rest.platform;

import org.innkeeper.application.dto.IdempotentResponse;

/** The request was answered before under its Idempotency-Key: that answer is sent again. */
public class IdempotentReplay extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient IdempotentResponse answer;

    public IdempotentReplay(IdempotentResponse answer) {
        super(null, null, false, false);
        this.answer = answer;
    }

    public IdempotentResponse answer() {
        return answer;
    }
}
