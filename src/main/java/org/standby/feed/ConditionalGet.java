package org.standby.feed;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The conditional-request rules of the feed URLs, shared by the JAX-RS resource and the cached fast path. */
final class ConditionalGet {

    private ConditionalGet() {}

    /**
     * Whether the client's copy is current: If-None-Match (weak tags and {@code *} match) wins over
     * If-Modified-Since, as RFC 9110 says. {@code etag} and {@code gzipEtag} tag the two codings of one version,
     * so a copy of either is current.
     */
    static boolean notModified(
            String ifNoneMatch, String ifModifiedSince, String etag, String gzipEtag, Instant lastModified) {
        return ifNoneMatch != null
                ? matches(ifNoneMatch, etag, gzipEtag)
                : ifModifiedSince != null && !lastModified.isAfter(parseHttpDate(ifModifiedSince));
    }

    private static boolean matches(String ifNoneMatch, String etag, String gzipEtag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag) || tag.equals(gzipEtag)) {
                return true;
            }
        }
        return false;
    }

    private static Instant parseHttpDate(String value) {
        try {
            return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }
}
