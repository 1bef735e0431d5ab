package org.innkeeper.domain.shared;

/** An input breaks a rule of the domain (a stay that ends before it starts, a negative charge). */
public class InvalidValueException extends DomainException {

    public InvalidValueException(String field, String message) {
        super("invalid-value", field, message);
    }
}
