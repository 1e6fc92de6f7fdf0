package org.standby.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.standby.common.InvalidFieldException;

/** The checks of a report's {@code from} and {@code to} (inclusive dates): both given, in order, at most 400 days. */
public final class ReportRange {

    /** The longest report range: a school year and a little slack, as for rotas. */
    public static final int MAX_DAYS = 400;

    private ReportRange() {}

    public static void check(LocalDate from, LocalDate to) {
        if (from == null) {
            throw new InvalidFieldException("from", "is required (a date such as 2027-06-30)");
        }
        if (to == null) {
            throw new InvalidFieldException("to", "is required (a date such as 2027-06-30)");
        }
        if (to.isBefore(from)) {
            throw new InvalidFieldException("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new InvalidFieldException("to", "a range covers at most " + MAX_DAYS + " days");
        }
    }
}
