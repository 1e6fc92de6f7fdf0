package org.standby.leave;

public enum AbsenceKind {
    VACATION,
    SICK,
    TRAINING,
    OTHER
}
