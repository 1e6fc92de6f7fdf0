package org.standby.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** RFC 9457 problem details, the body of every error answer. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record ProblemResponse(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<FieldError> errors,
        String errorId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    @Schema(name = "FieldError")
    public record FieldError(String field, String message) {}

    public static ProblemResponse of(int status, String title, String detail) {
        return new ProblemResponse("about:blank", title, status, detail, null, null, null);
    }

    public ProblemResponse withErrors(List<FieldError> fieldErrors) {
        return new ProblemResponse(type, title, status, detail, instance, fieldErrors, errorId);
    }

    public ProblemResponse withInstance(String path) {
        return new ProblemResponse(type, title, status, detail, path, errors, errorId);
    }

    public ProblemResponse withErrorId(String id) {
        return new ProblemResponse(type, title, status, detail, instance, errors, id);
    }
}
