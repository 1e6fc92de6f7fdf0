package org.standby.common;

/** A resource the caller asked for does not exist, or is not visible to them. Answered 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " was not found");
    }
}
