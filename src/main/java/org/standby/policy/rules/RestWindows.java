package org.standby.policy.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The unplugged-time rules as windows that must stay free of on-call duty (issue 16), one definition for the engine
 * (a hard rule), the load report and the coverage agreement. Each {@link Group} is a set of windows of which every
 * member needs at least {@code freeRequired} without any shift overlapping it:
 * <ul>
 * <li>a calendar month whose weekends all lie in the range: its weekends (Saturday 00:00 to Monday 00:00, a weekend
 * belongs to the month of its Saturday), {@code freeWeekendsPerMonth} of them free;</li>
 * <li>a break (a run of BREAK or SUMMER dates, bridged over weekends and public holidays) that holds a whole
 * Monday-to-Sunday week inside the range: those whole weeks, one of them free (no shift starting in it).</li>
 * </ul>
 * A member away (leave, sickness) has no shift then, so an absence counts as unplugged. Pure.
 */
public final class RestWindows {

    public enum Kind {
        FREE_WEEKENDS,
        FREE_WEEK_IN_BREAK
    }

    /** What a date is for the break rule: a break day, a day that bridges a break (weekend, public holiday), school. */
    public enum DayKind {
        BREAK,
        BRIDGE,
        SCHOOL
    }

    /**
     * A window {@code [startSecond, endSecond)} in epoch seconds. A weekend is touched by every shift that overlaps
     * it (a Friday night until Saturday 08:00 takes the weekend); a break week by every shift that starts in it, so
     * that the Sunday shift running into Monday morning belongs to one week, not to both (with overlap, nobody could
     * take the Sunday between two break weeks and keep one of them free).
     */
    public record Window(long startSecond, long endSecond, boolean byStart) {

        /** Whether a shift {@code [start, end)} takes this window from its member. */
        public boolean touchedBy(long start, long end) {
            return byStart ? start >= startSecond && start < endSecond : start < endSecond && end > startSecond;
        }
    }

    /**
     * Windows of which each member needs {@code freeRequired} free.
     *
     * @param period the month ({@code 2027-03}) or the break ({@code 2027-10-18..2027-10-31}) it is about
     */
    public record Group(Kind kind, String period, List<Window> windows, int freeRequired) {

        public Group {
            windows = List.copyOf(windows);
        }

        /** How many windows a member may touch with shifts and still keep the rule. */
        public int mayTouch() {
            return Math.max(0, windows.size() - freeRequired);
        }
    }

    private RestWindows() {}

    /**
     * The groups of the rules over {@code [from, to]} (dates in the team's zone).
     *
     * @param days what each date of the range is (dates not given are neither break nor bridge)
     */
    public static List<Group> of(
            int freeWeekendsPerMonth,
            boolean freeWeekInEveryBreak,
            ZoneId zone,
            LocalDate from,
            LocalDate to,
            Map<LocalDate, DayKind> days) {
        List<Group> groups = new ArrayList<>();
        if (freeWeekendsPerMonth > 0) {
            for (YearMonth month = YearMonth.from(from);
                    !month.isAfter(YearMonth.from(to));
                    month = month.plusMonths(1)) {
                LocalDate saturday = month.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
                LocalDate lastSaturday =
                        month.atEndOfMonth().with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
                if (saturday.isBefore(from) || lastSaturday.plusDays(1).isAfter(to)) {
                    continue; // the month's weekends are not all in the range
                }
                List<Window> weekends = new ArrayList<>();
                for (LocalDate s = saturday; !s.isAfter(lastSaturday); s = s.plusWeeks(1)) {
                    weekends.add(window(s, s.plusDays(2), zone, false));
                }
                groups.add(new Group(Kind.FREE_WEEKENDS, month.toString(), weekends, freeWeekendsPerMonth));
            }
        }
        if (freeWeekInEveryBreak) {
            for (LocalDate[] brk : breaks(days)) {
                List<Window> weeks = new ArrayList<>();
                LocalDate monday = brk[0].with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
                for (LocalDate m = monday; !m.plusDays(6).isAfter(brk[1]); m = m.plusWeeks(1)) {
                    if (!m.isBefore(from) && !m.plusDays(6).isAfter(to)) {
                        weeks.add(window(m, m.plusDays(7), zone, true));
                    }
                }
                if (!weeks.isEmpty()) {
                    groups.add(new Group(Kind.FREE_WEEK_IN_BREAK, brk[0] + ".." + brk[1], weeks, 1));
                }
            }
        }
        return groups;
    }

    private static Window window(LocalDate first, LocalDate endExclusive, ZoneId zone, boolean byStart) {
        return new Window(
                first.atStartOfDay(zone).toEpochSecond(),
                endExclusive.atStartOfDay(zone).toEpochSecond(),
                byStart);
    }

    /** Runs of break dates, bridged over weekends and public holidays, as [first, last]. */
    static List<LocalDate[]> breaks(Map<LocalDate, DayKind> days) {
        List<LocalDate[]> result = new ArrayList<>();
        LocalDate start = null;
        LocalDate end = null;
        for (Map.Entry<LocalDate, DayKind> entry : new TreeMap<>(days).entrySet()) {
            DayKind kind = entry.getValue();
            if (kind == DayKind.BREAK) {
                if (start == null) {
                    start = entry.getKey();
                }
                end = entry.getKey();
            } else if (kind == DayKind.SCHOOL && start != null) {
                result.add(new LocalDate[] {start, end});
                start = null;
            }
        }
        if (start != null) {
            result.add(new LocalDate[] {start, end});
        }
        // a break bridged over a weekend ends on the weekend's Sunday when the next school day is a Monday
        for (LocalDate[] brk : result) {
            LocalDate next = brk[1].plusDays(1);
            while (days.get(next) == DayKind.BRIDGE) {
                brk[1] = next;
                next = next.plusDays(1);
            }
        }
        return result;
    }
}
