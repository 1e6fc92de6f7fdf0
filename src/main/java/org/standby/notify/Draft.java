package org.standby.notify;

import java.time.Instant;

/**
 * A decided message before it is addressed: what, about what, and when it may go.
 *
 * @param kind       e.g. change-request.pending, reminder; part of the idempotency key
 * @param occurrence the subject and occurrence, e.g. change-request:17 or shift:5:1440; part of the key
 * @param urgency    how quiet time applies
 * @param at         the earliest delivery (the decision time, or a reminder's due time)
 * @param ics        an iTIP attachment, or null
 */
public record Draft(
        long teamId,
        String kind,
        String occurrence,
        Urgency urgency,
        Instant at,
        String subject,
        String body,
        String link,
        String ics) {

    /** How a message treats quiet time. */
    public enum Urgency {
        /** At once, at any hour (gaps in the next 24 hours, to directors only). */
        URGENT,
        /** At its time (reminders, hand-over notices, messages to directors): the person asked for it. */
        TIMED,
        /** Held for a member who is off duty, on leave or resting until their next working morning. */
        ORDINARY
    }
}
