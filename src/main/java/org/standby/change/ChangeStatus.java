package org.standby.change;

/**
 * The life of a change request: PENDING until a director approves or rejects it or its requester cancels it.
 * The three other states are final.
 */
public enum ChangeStatus {
    PENDING,
    APPROVED,
    REJECTED,
    CANCELLED
}
