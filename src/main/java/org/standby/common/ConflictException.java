package org.standby.common;

/** The request clashes with the stored state (overlap, stale version, wrong lifecycle state). Answered 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String detail) {
        super(detail);
    }
}
