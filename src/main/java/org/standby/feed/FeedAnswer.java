package org.standby.feed;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.core.Response;

/**
 * One answer to {@code GET} or {@code HEAD /feeds/{token}.ics}: status, headers and body, prepared once per
 * rendering for each content coding (200 and 304). This is the only place that says what a feed answer holds;
 * {@link CachedFeedRoute} writes it to Vert.x on the event loop, {@link PublicFeedResource} hands it to Quarkus
 * REST, and neither adds or changes anything.
 */
final class FeedAnswer {

    private static final CharSequence NO_CACHE = HttpHeaders.createOptimized("private, no-cache");
    private static final CharSequence CALENDAR = HttpHeaders.createOptimized(FeedPublisher.CALENDAR);
    private static final CharSequence GZIP = HttpHeaders.createOptimized(ContentCoding.GZIP);
    private static final CharSequence VARY = HttpHeaders.createOptimized(ContentCoding.VARY);

    final int status;
    private final CharSequence[] names;
    private final CharSequence[] values;
    /** The body (null for 304), and the same bytes off the heap, shared by all answers of the route. */
    private final byte[] bytes;

    private final Buffer body;

    private FeedAnswer(int status, CharSequence[] names, CharSequence[] values, byte[] bytes) {
        this.status = status;
        this.names = names;
        this.values = values;
        this.bytes = bytes;
        this.body = bytes == null ? null : FeedCache.offHeap(bytes);
    }

    /** The 200 answer of one coding of a rendering. */
    static FeedAnswer ok(byte[] bytes, String etag, CharSequence lastModified, boolean gzip) {
        CharSequence tag = HttpHeaders.createOptimized(etag);
        CharSequence length = HttpHeaders.createOptimized(String.valueOf(bytes.length));
        return gzip
                ? new FeedAnswer(
                        200,
                        new CharSequence[] {
                            HttpHeaders.ETAG,
                            HttpHeaders.LAST_MODIFIED,
                            HttpHeaders.CACHE_CONTROL,
                            HttpHeaders.VARY,
                            HttpHeaders.CONTENT_TYPE,
                            HttpHeaders.CONTENT_LENGTH,
                            HttpHeaders.CONTENT_ENCODING
                        },
                        new CharSequence[] {tag, lastModified, NO_CACHE, VARY, CALENDAR, length, GZIP},
                        bytes)
                : new FeedAnswer(
                        200,
                        new CharSequence[] {
                            HttpHeaders.ETAG,
                            HttpHeaders.LAST_MODIFIED,
                            HttpHeaders.CACHE_CONTROL,
                            HttpHeaders.VARY,
                            HttpHeaders.CONTENT_TYPE,
                            HttpHeaders.CONTENT_LENGTH
                        },
                        new CharSequence[] {tag, lastModified, NO_CACHE, VARY, CALENDAR, length},
                        bytes);
    }

    /** The 304 answer of one coding: its validators, no body. */
    static FeedAnswer notModified(String etag, CharSequence lastModified) {
        return new FeedAnswer(
                304,
                new CharSequence[] {
                    HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED, HttpHeaders.CACHE_CONTROL, HttpHeaders.VARY
                },
                new CharSequence[] {HttpHeaders.createOptimized(etag), lastModified, NO_CACHE, VARY},
                null);
    }

    /** Writes the answer on the event loop; a HEAD gets the headers only. */
    void writeTo(HttpServerResponse response, boolean head) {
        response.setStatusCode(status);
        for (int i = 0; i < names.length; i++) {
            response.putHeader(names[i], values[i]);
        }
        if (head || body == null) {
            response.end();
        } else {
            response.end(body);
        }
    }

    /**
     * The same answer for Quarkus REST. With a body, Content-Length is left to the server, which writes the same
     * number (a second header would be a protocol error); a HEAD keeps it.
     */
    Response toResponse(boolean head) {
        Response.ResponseBuilder response = Response.status(status);
        boolean withBody = !head && bytes != null;
        for (int i = 0; i < names.length; i++) {
            if (!(withBody && HttpHeaders.CONTENT_LENGTH.toString().contentEquals(names[i]))) {
                response.header(names[i].toString(), values[i].toString());
            }
        }
        if (withBody) {
            response.entity(bytes);
        }
        return response.build();
    }
}
