package org.standby.feed;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The conditional-request rules of the feed URLs, shared by the JAX-RS resource and the cached fast path. */
final class ConditionalGet {

    private ConditionalGet() {
    }

    /**
     * Whether the client's copy is current: If-None-Match (weak tags and {@code *} match) wins over
     * If-Modified-Since, as RFC 9110 says.
     */
    static boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag, Instant lastModified) {
        return ifNoneMatch != null
                ? matches(ifNoneMatch, etag)
                : ifModifiedSince != null && !lastModified.isAfter(parseHttpDate(ifModifiedSince));
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private static Instant parseHttpDate(String value) {
        try {
            return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }
}
