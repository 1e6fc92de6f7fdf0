package org.standby.notify;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Predicate;

/**
 * When a non-urgent message may reach a member: pure time maths in the team's zone.
 *
 * <p>A member is reachable while on one of their shifts, or on a working day (Monday to Friday, not on approved
 * leave) between the start and the end of the working day, unless resting (within the rest time after the end of
 * one of their shifts). A message decided while the member is not reachable is held until the next moment they
 * are: in practice their next <em>working morning</em>, the start of the working day (08:00 by default) on the
 * next working day, or the end of their rest if that falls inside a working day.
 */
public final class QuietTime {

    /** The team's working day and the rest after a shift. */
    public record Rules(LocalTime dayStart, LocalTime dayEnd, Duration rest) {}

    /** A shift of the member, [start, end). */
    public record Busy(Instant start, Instant end) {}

    private static final int MAX_DAYS = 400;

    private QuietTime() {}

    /**
     * The earliest instant at or after {@code now} at which the member is reachable.
     *
     * @param onLeave whether the member is on approved leave on a local date
     * @param shifts  the member's shifts around now (those ended within the rest time and those running)
     */
    public static Instant release(
            Instant now, ZoneId zone, Rules rules, Predicate<LocalDate> onLeave, List<Busy> shifts) {
        Instant t = now;
        for (int i = 0; i < MAX_DAYS * 3; i++) {
            Instant at = t;
            if (shifts.stream().anyMatch(s -> !at.isBefore(s.start()) && at.isBefore(s.end()))) {
                return t;
            }
            ZonedDateTime local = t.atZone(zone);
            LocalDate date = local.toLocalDate();
            boolean workingDay = isWorkingDay(date, onLeave);
            LocalTime time = local.toLocalTime();
            if (!workingDay || time.isBefore(rules.dayStart()) || !time.isBefore(rules.dayEnd())) {
                t = nextMorning(local, rules.dayStart(), onLeave);
                continue;
            }
            Instant restEnd = shifts.stream()
                    .map(Busy::end)
                    .filter(end -> !end.isAfter(at) && end.plus(rules.rest()).isAfter(at))
                    .map(end -> end.plus(rules.rest()))
                    .max(Instant::compareTo)
                    .orElse(null);
            if (restEnd == null) {
                return t;
            }
            t = restEnd;
        }
        return t;
    }

    /** The start of the working day on the next working day (today's, if it has not begun yet). */
    static Instant nextMorning(ZonedDateTime local, LocalTime dayStart, Predicate<LocalDate> onLeave) {
        LocalDate date = local.toLocalDate();
        if (!(isWorkingDay(date, onLeave) && local.toLocalTime().isBefore(dayStart))) {
            date = date.plusDays(1);
        }
        for (int i = 0; i < MAX_DAYS && !isWorkingDay(date, onLeave); i++) {
            date = date.plusDays(1);
        }
        return date.atTime(dayStart).atZone(local.getZone()).toInstant();
    }

    static boolean isWorkingDay(LocalDate date, Predicate<LocalDate> onLeave) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !onLeave.test(date);
    }
}
