package org.standby.common;

/** A conditional request (If-Match) names a version that is no longer the stored one. Answered 412. */
public class PreconditionFailedException extends RuntimeException {

    public PreconditionFailedException(String detail) {
        super(detail);
    }
}
