package org.standby.agreement;

/** The kinds of option leadership can weigh against the agreement. */
public enum OptionKind {
    DROP_PROMISE,
    SHORTEN_PROMISE,
    MOVE_TO_VENDOR,
    ADD_PART_TIMER,
    PAY_WEEKENDS
}
