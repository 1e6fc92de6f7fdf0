package org.standby.common;

import java.util.List;

/** One or more fields of a request are invalid in a way Bean Validation cannot see. Answered 400. */
public class InvalidFieldException extends RuntimeException {

    private final List<ProblemResponse.FieldError> errors;

    public InvalidFieldException(String field, String message) {
        this(List.of(new ProblemResponse.FieldError(field, message)));
    }

    public InvalidFieldException(List<ProblemResponse.FieldError> errors) {
        super(
                errors.isEmpty()
                        ? "invalid request"
                        : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<ProblemResponse.FieldError> errors() {
        return errors;
    }
}
