package org.standby.leave;

public enum AbsenceStatus {
    REQUESTED,
    APPROVED,
    REJECTED
}
