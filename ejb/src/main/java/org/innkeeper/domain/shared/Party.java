package org.innkeeper.domain.shared;

import java.io.Serializable;

/** Who sleeps in one room: adults and children. At least one adult; at most 8 people. */
public record Party(int adults, int children) implements Serializable {

    public static final int MAX_PEOPLE = 8;

    public Party {
        if (adults < 1 || adults > MAX_PEOPLE) {
            throw new InvalidValueException("adults", "adults must be between 1 and " + MAX_PEOPLE + ", not " + adults);
        }
        if (children < 0 || children > MAX_PEOPLE - 1) {
            throw new InvalidValueException("children", "children must be between 0 and " + (MAX_PEOPLE - 1)
                    + ", not " + children);
        }
        if (adults + children > MAX_PEOPLE) {
            throw new InvalidValueException("children", "at most " + MAX_PEOPLE + " people share a room");
        }
    }

    public static Party of(Integer adults, Integer children) {
        if (adults == null) {
            throw new InvalidValueException("adults", "the number of adults is required");
        }
        return new Party(adults, children == null ? 0 : children);
    }

    public int people() {
        return adults + children;
    }

    @Override
    public String toString() {
        return adults + (children == 0 ? " adults" : " adults, " + children + " children");
    }
}
