package org.standby.agreement;

/**
 * Where a version of the coverage agreement stands. A DRAFT is edited by the director; PROPOSED is frozen and waits
 * for leadership; SIGNED is the current agreement (one per team); SUPERSEDED was signed and replaced by a later one.
 */
public enum AgreementStatus {
    DRAFT,
    PROPOSED,
    SIGNED,
    SUPERSEDED
}
