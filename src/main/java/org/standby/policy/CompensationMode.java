package org.standby.policy;

/** How a team compensates standby: time off in lieu (hours) or pay (an amount of money per hour). */
public enum CompensationMode {
    /** Standby and call-outs earn hours off, recorded as taken by a director. */
    TIME_OFF,
    /** Standby earns an amount per hour; call-outs are paid at {@link CompensationRules#calloutPayPerHour()}. */
    PAY
}
