package org.standby.notify;

/** PENDING until delivered (SENT) or given up after the last attempt (FAILED, with the reason). */
public enum OutboxStatus {
    PENDING,
    SENT,
    FAILED
}
