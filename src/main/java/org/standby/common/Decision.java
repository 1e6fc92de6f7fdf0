package org.standby.common;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * What a director decided about a request (a change request, a leave request, a call-out), or what its requester
 * did when withdrawing it: who, when, and the note given. One value type for every decision, stored in the columns
 * {@code decided_by}, {@code decided_at} and {@code decision_note} of the owning entity; null while undecided.
 */
@Embeddable
public class Decision {

    @Column(name = "decided_by")
    private String by;

    @Column(name = "decided_at")
    private Instant at;

    @Column(name = "decision_note")
    private String note;

    protected Decision() {}

    private Decision(String by, Instant at, String note) {
        this.by = by;
        this.at = at;
        this.note = note;
    }

    /** A decision by {@code by} at {@code at}; a blank note is kept as none. */
    public static Decision of(String by, Instant at, String note) {
        return new Decision(by, at, note == null || note.isBlank() ? null : note.strip());
    }

    public String by() {
        return by;
    }

    public Instant at() {
        return at;
    }

    public String note() {
        return note;
    }

    /** Who decided, or null while undecided. */
    public static String by(Decision decision) {
        return decision == null ? null : decision.by;
    }

    /** When, or null while undecided. */
    public static Instant at(Decision decision) {
        return decision == null ? null : decision.at;
    }

    /** The note, or null while undecided or given without one. */
    public static String note(Decision decision) {
        return decision == null ? null : decision.note;
    }
}
