package org.standby.agreement;

/** How much the school depends on a service. */
public enum Tier {
    /** Teaching or safety stops without it (Wi-Fi, door access). */
    CRITICAL,
    /** A day without it hurts (student information system, e-mail). */
    IMPORTANT,
    /** It can wait for the next school day. */
    NORMAL
}
