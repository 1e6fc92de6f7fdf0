package org.standby.compensation;

/** A call-out is logged PENDING; a director confirms it (it then counts) or rejects it. */
public enum CalloutStatus {
    PENDING,
    CONFIRMED,
    REJECTED
}
