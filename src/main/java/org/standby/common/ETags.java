package org.standby.common;

import jakarta.ws.rs.core.EntityTag;

/**
 * Versions of editable records as HTTP entity tags. A GET answers {@code ETag: "3"}; a PUT may send
 * {@code If-Match: "3"} and is refused with 412 when the stored record has moved on. Two writes from the same
 * version never both succeed: the second fails on the row's version column and is answered 409.
 */
public final class ETags {

    private ETags() {}

    /** The tag of a version. */
    public static EntityTag of(long version) {
        return new EntityTag(String.valueOf(version));
    }

    /**
     * The version an If-Match header names: {@code "3"}, {@code W/"3"} or {@code 3}; null for none or "*".
     *
     * @param what the record's name for the error message ("the policy", "the team")
     */
    public static Long ifMatch(String header, String what) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
            tag = tag.substring(1, tag.length() - 1);
        }
        try {
            long version = Long.parseLong(tag);
            if (version >= 0) {
                return version;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidFieldException("If-Match", "must be " + what + "'s ETag, such as \"3\", not '" + header + "'");
    }

    /**
     * Refuses a write based on another version than the stored one: 412 for the If-Match header's version, 409 for
     * the version in the body (a client that sends back what it read); neither given, the last writer wins.
     */
    public static void require(Long ifMatch, Long bodyVersion, long current, String what) {
        require(ifMatch, current, what);
        if (bodyVersion != null && bodyVersion != current) {
            throw new ConflictException(what + " is at version " + current + ", not " + bodyVersion
                    + "; reload it and apply the change again");
        }
    }

    /** A create names no version: the server gives the first. */
    public static void noneOnCreate(Long bodyVersion) {
        if (bodyVersion != null) {
            throw new InvalidFieldException("version", "is given by the server; leave it out when creating");
        }
    }

    /** Refuses (412) a write based on another version than the stored one; no If-Match (null) passes. */
    public static void require(Long expected, long current, String what) {
        if (expected != null && expected != current) {
            throw new PreconditionFailedException(what + " is at version " + current + ", not " + expected
                    + "; reload it and apply the change again");
        }
    }
}
