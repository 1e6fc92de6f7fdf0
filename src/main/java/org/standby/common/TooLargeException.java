package org.standby.common;

import java.util.List;

/**
 * A request is larger than Standby handles (body size, number of events, expanded occurrences, time to read it).
 * Answered 413 with the field and the limit that was exceeded.
 */
public class TooLargeException extends RuntimeException {

    private final String field;

    public TooLargeException(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public List<ProblemResponse.FieldError> errors() {
        String prefix = field + ": ";
        String message = getMessage().startsWith(prefix) ? getMessage().substring(prefix.length()) : getMessage();
        return List.of(new ProblemResponse.FieldError(field, message));
    }
}
