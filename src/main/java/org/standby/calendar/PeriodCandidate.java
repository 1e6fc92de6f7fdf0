package org.standby.calendar;

import java.time.LocalDate;

/** A period an import would create: from the event with this UID, starting at this line of the document. */
public record PeriodCandidate(String name, PeriodKind kind, LocalDate start, LocalDate end, String uid, int line) {

    public Period toPeriod() {
        return new Period(name, kind, start, end);
    }
}
