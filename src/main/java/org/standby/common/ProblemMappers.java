package org.standby.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Every error answer of the API, as RFC 9457 problem+json: one mapper method per kind of error, all producing
 * {@link ProblemResponse}. No stack trace or class name reaches a client; an unexpected error is logged with an
 * id that the 500 answer repeats.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    static final String BASIC_CHALLENGE = "Basic realm=\"Standby\", charset=\"UTF-8\"";
    /** Feed URLs carry their only credential, the token, in the path: answers and logs show the template. */
    private static final String FEED_PATHS = "/feeds/";

    public static final String FEED_TEMPLATE = "/feeds/{token}.ics";

    /** What a refused sign-in says, whether the user is unknown or the password wrong. */
    public static final String WRONG_PASSWORD = "unknown user or wrong password";
    /** The form login's POST (quarkus.http.auth.form.post-location). */
    private static final String FORM_LOGIN_PATH = ConfigProvider.getConfig()
            .getOptionalValue("quarkus.http.auth.form.post-location", String.class)
            .orElse("/j_security_check");

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        return answer(ProblemResponse.of(404, "Not Found", e.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response conflict(ConflictException e, UriInfo uri) {
        return answer(ProblemResponse.of(409, "Conflict", e.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response preconditionFailed(PreconditionFailedException e, UriInfo uri) {
        return answer(ProblemResponse.of(412, "Precondition Failed", e.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response staleVersion(OptimisticLockException e, UriInfo uri) {
        return answer(
                ProblemResponse.of(
                        409, "Conflict", "the record was changed by someone else meanwhile; reload it and try again"),
                uri);
    }

    @ServerExceptionMapper
    public Response tooLarge(TooLargeException e, UriInfo uri) {
        return answer(
                ProblemResponse.of(413, "Content Too Large", e.getMessage()).withErrors(e.errors()), uri);
    }

    @ServerExceptionMapper
    public Response invalidField(InvalidFieldException e, UriInfo uri) {
        return answer(ProblemResponse.of(400, "Bad Request", e.getMessage()).withErrors(e.errors()), uri);
    }

    @ServerExceptionMapper
    public Response violation(ResteasyReactiveViolationException e, UriInfo uri) {
        return violations(e, uri);
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e, UriInfo uri) {
        List<ProblemResponse.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new ProblemResponse.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(ProblemResponse.FieldError::field)
                        .thenComparing(ProblemResponse.FieldError::message))
                .toList();
        String detail =
                errors.stream().map(err -> err.field() + ": " + err.message()).collect(Collectors.joining("; "));
        return answer(ProblemResponse.of(400, "Bad Request", detail).withErrors(errors), uri);
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri) {
        String field = pathOf(e);
        return badBody(field, "unknown property; it cannot be set here", uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        if (e.getTargetType() == String.class) {
            // refused text (StrictJson): say why, never echo the control characters back
            return badBody(pathOf(e), "is not plain text: " + reasonOf(e), uri);
        }
        String range = e.getTargetType() == java.time.LocalDate.class
                ? " of the years " + StrictJson.FIRST_YEAR + " to " + StrictJson.LAST_YEAR
                : "";
        return badBody(
                pathOf(e),
                "cannot be read as " + simpleTypeName(e.getTargetType()) + range + ": '" + e.getValue() + "'",
                uri);
    }

    private static String reasonOf(InvalidFormatException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        int colon = message.lastIndexOf(": ");
        return colon < 0 ? "invalid characters" : message.substring(colon + 2);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String field = pathOf(e);
        return badBody(field, "has the wrong type or shape; expected " + simpleTypeName(e.getTargetType()), uri);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, UriInfo uri) {
        return badBody(pathOf(e), "cannot be read: " + firstLine(e.getOriginalMessage()), uri);
    }

    @ServerExceptionMapper
    public Response notJson(JsonParseException e, UriInfo uri) {
        String where = e.getLocation() == null
                ? ""
                : " at line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr();
        return badBody("body", "is not valid JSON" + where, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        java.util.OptionalLong retryAfter = TooManyLogins.retryAfter(e);
        if (retryAfter.isPresent()) {
            return Response.status(429)
                    .header(HttpHeaders.RETRY_AFTER, retryAfter.getAsLong())
                    .type(ProblemResponse.MEDIA_TYPE)
                    .entity(ProblemResponse.of(429, "Too Many Requests", e.getMessage())
                            .withInstance(shownPath(uri)))
                    .build();
        }
        if (isFormLogin(uri)) {
            // the page's sign-in (Quarkus' form mechanism): no Basic challenge, which would make a browser ask for
            // a password in its own dialog; the refusal's own words ("unknown user or wrong password", or that
            // local passwords are switched off)
            String detail = e.getMessage() == null || e.getMessage().isBlank() ? WRONG_PASSWORD : e.getMessage();
            return Response.fromResponse(answer(ProblemResponse.of(401, "Unauthorized", detail), uri))
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .build();
        }
        return unauthenticated(uri);
    }

    private static boolean isFormLogin(UriInfo uri) {
        return FORM_LOGIN_PATH.equals(uri.getPath());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        String detail =
                e.getMessage() == null || e.getMessage().isBlank() ? "your role does not allow this" : e.getMessage();
        return answer(ProblemResponse.of(403, "Forbidden", detail), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        Response original = e.getResponse();
        int status = original == null ? 500 : original.getStatus();
        if (status == 400 && e.getCause() instanceof JsonParseException parse) {
            return notJson(parse, uri);
        }
        if (status == 400 && e.getCause() instanceof JsonMappingException mapping) {
            return jsonMapping(mapping, uri);
        }
        if (status == 400 && e.getCause() != null) {
            return badBody("body", "cannot be read; send a JSON document", uri);
        }
        if (status < 400) {
            return original;
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "there is nothing at " + shownPath(uri);
            case 405 -> "this method is not allowed here";
            case 406 -> "the requested media type is not available here";
            case 415 -> "this media type is not accepted here; send " + acceptedMediaType(uri);
            default -> title;
        };
        Response.ResponseBuilder builder = Response.status(status)
                .type(ProblemResponse.MEDIA_TYPE)
                .entity(ProblemResponse.of(status, title, detail).withInstance(shownPath(uri)));
        if (original != null && original.getHeaderString(HttpHeaders.ALLOW) != null) {
            builder.header(HttpHeaders.ALLOW, original.getHeaderString(HttpHeaders.ALLOW));
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (isStaleWrite(e)) {
            // a version check that failed only at commit arrives wrapped in the transaction's rollback
            return answer(
                    ProblemResponse.of(
                            409,
                            "Conflict",
                            "the record was changed by someone else meanwhile; reload it and try again"),
                    uri);
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", errorId, shownPath(uri));
        return answer(
                ProblemResponse.of(
                                500,
                                "Internal Server Error",
                                "something went wrong on our side; quote error id " + errorId)
                        .withErrorId(errorId),
                uri);
    }

    /** The media type a request to this path must carry: the calendar import reads text/calendar, all else JSON. */
    static String acceptedMediaType(UriInfo uri) {
        String path = uri.getPath();
        return path != null && path.matches("/api/teams/[^/]+/periods/import/?")
                ? "text/calendar (the school's .ics file; text/plain is read as well)"
                : "application/json";
    }

    /** Whether an optimistic-lock failure (JPA's or Hibernate's) is among the causes of an exception. */
    static boolean isStaleWrite(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof org.hibernate.StaleStateException) {
                return true;
            }
        }
        return false;
    }

    private static Response unauthenticated(UriInfo uri) {
        return Response.status(401)
                .header(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE)
                .type(ProblemResponse.MEDIA_TYPE)
                .entity(ProblemResponse.of(401, "Unauthorized", "log in with HTTP Basic or send a valid API token")
                        .withInstance(shownPath(uri)))
                .build();
    }

    private static Response badBody(String field, String message, UriInfo uri) {
        return answer(
                ProblemResponse.of(400, "Bad Request", field + ": " + message)
                        .withErrors(List.of(new ProblemResponse.FieldError(field, message))),
                uri);
    }

    private static Response answer(ProblemResponse problem, UriInfo uri) {
        return Response.status(problem.status())
                .type(ProblemResponse.MEDIA_TYPE)
                .entity(problem.withInstance(shownPath(uri)))
                .build();
    }

    /** The request path as answers and logs may show it: never a feed's secret token. */
    static String shownPath(UriInfo uri) {
        String path = uri.getPath();
        return path != null && path.startsWith(FEED_PATHS) ? FEED_TEMPLATE : path;
    }

    /** The JSON path of a Jackson error, as {@code shifts[2].weight}; {@code body} for the whole document. */
    static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /** The field of a violation without the method and parameter names: {@code create.request.fte -> fte}. */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getIndex() != null && !path.isEmpty()) {
                path.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                continue; // a list element: roles[0], not roles[0].<list element>
            }
            if (node.getName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(node.getName());
            }
        }
        if (!path.isEmpty()) {
            return path.toString();
        }
        return parameter == null || parameter.equals("request") ? "body" : parameter;
    }

    private static String simpleTypeName(Class<?> type) {
        if (type == null) {
            return "a value";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "a date (2027-06-30)";
            case "LocalTime" -> "a time (18:00)";
            case "Instant", "OffsetDateTime", "ZonedDateTime" -> "an instant (2027-06-30T18:00:00+02:00)";
            case "BigDecimal", "Double", "double", "Float", "float" -> "a number";
            case "Long", "long", "Integer", "int" -> "a whole number";
            case "Boolean", "boolean" -> "true or false";
            case "String" -> "a string";
            default -> type.isArray() || java.util.Collection.class.isAssignableFrom(type) ? "a list" : "an object";
        };
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid value";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        // Jackson messages may name Java classes; keep only the human part.
        return line.replaceAll("`[a-zA-Z0-9_.$]+`", "value").replaceAll("\\(class [^)]*\\)", "");
    }
}
