package org.standby.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.impl.RoutingContextInternal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Requests too large to read, answered as problem+json before anything else runs: a URI longer than
 * {@code standby.http.max-uri-length} (414) and a body whose {@code Content-Length} exceeds
 * {@code quarkus.http.limits.max-body-size} (413), or a body sent in chunks that grows over that size (413). Vert.x
 * and RESTEasy would answer them with an empty body; Vert.x's own line limit
 * ({@code quarkus.http.limits.max-initial-line-length}) is set as high as the body limit so that it lets long URIs
 * through to us (only a request line over 10 MiB still gets Vert.x's bare 414).
 */
@ApplicationScoped
public class RequestLimits {

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    @Inject
    StandbyConfig config;

    void install(@Observes Router router) {
        // ahead of CORS, authentication and Quarkus' own body limit: nothing is read or checked for such a request
        router.route().order(-(SecurityHandlerPriorities.CORS + 2)).handler(this::check);
    }

    void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        String uri = request.uri();
        int maxUriLength = config.http().maxUriLength();
        if (uri.length() > maxUriLength) {
            refuse(
                    context,
                    414,
                    "URI Too Long",
                    "uri",
                    "is " + uri.length() + " characters long; at most " + maxUriLength + " are read");
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null && isChunked(request) && request.path().startsWith("/api/")) {
            readCounted(context);
            return;
        }
        if (length != null) {
            long bytes;
            try {
                bytes = Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                bytes = -1;
            }
            if (bytes > maxBodySize.asLongValue()) {
                refuse(
                        context,
                        413,
                        "Content Too Large",
                        "body",
                        "is " + bytes + " bytes; a request body may be at " + "most " + maxBodySize.asLongValue()
                                + " bytes");
                return;
            }
        }
        context.next();
    }

    private static boolean isChunked(HttpServerRequest request) {
        String coding = request.getHeader(HttpHeaders.TRANSFER_ENCODING);
        return coding != null && coding.toLowerCase(java.util.Locale.ROOT).contains("chunked");
    }

    /**
     * A body sent in chunks declares no length: read it here, counting, and refuse it with 413 problem+json as soon
     * as it grows over the limit (RESTEasy would answer an empty 413 itself). A body within the limit is handed on
     * as the request's body, which RESTEasy reads instead of the stream.
     */
    private void readCounted(RoutingContext context) {
        HttpServerRequest request = context.request();
        long limit = maxBodySize.asLongValue();
        Buffer body = Buffer.buffer();
        boolean[] refused = {false};
        request.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if (body.length() + (long) chunk.length() > limit) {
                refused[0] = true;
                refuse(
                        context,
                        413,
                        "Content Too Large",
                        "body",
                        "is over " + limit + " bytes (sent in chunks); " + "a request body may be at most " + limit
                                + " bytes");
                return;
            }
            body.appendBuffer(chunk);
        });
        request.endHandler(end -> {
            if (!refused[0]) {
                ((RoutingContextInternal) context).setBody(body);
                context.next();
            }
        });
        request.resume();
    }

    private void refuse(RoutingContext context, int status, String title, String field, String message) {
        String path = context.request().path();
        ProblemResponse problem = ProblemResponse.of(status, title, field + ": " + message)
                .withErrors(List.of(new ProblemResponse.FieldError(field, message)));
        if (path != null && path.length() <= 200) {
            problem = problem.withInstance(path.startsWith("/feeds/") ? ProblemMappers.FEED_TEMPLATE : path);
        }
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + status + ",\"title\":\"" + title + "\"}";
        }
        // the body is not read: close the connection after the answer rather than drain megabytes
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponse.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }
}
