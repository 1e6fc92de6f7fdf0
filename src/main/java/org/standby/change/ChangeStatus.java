package org.standby.change;

/**
 * The life of a change request. A member's swap (or a cover they ask of another member) starts AWAITING_CONSENT:
 * the member who would receive a shift accepts (then PENDING) or declines (DECLINED). Every other request starts
 * PENDING, until a director approves or rejects it. The requester may cancel it while it is AWAITING_CONSENT or
 * PENDING. APPROVED, REJECTED, CANCELLED and DECLINED are final.
 */
public enum ChangeStatus {
    AWAITING_CONSENT,
    PENDING,
    APPROVED,
    REJECTED,
    CANCELLED,
    DECLINED;

    /** Not decided yet: the requester may still cancel it, a director may still reject it. */
    public boolean isOpen() {
        return this == AWAITING_CONSENT || this == PENDING;
    }
}
