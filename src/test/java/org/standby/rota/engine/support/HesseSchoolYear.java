package org.standby.rota.engine.support;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.standby.calendar.DayType;
import org.standby.policy.CoveragePolicy;
import org.standby.policy.PlannedShift;
import org.standby.policy.ShiftExpander;
import org.standby.rota.engine.EngineMember;
import org.standby.rota.engine.MemberId;
import org.standby.rota.engine.RotaProblem;
import org.standby.time.TimeRange;

/**
 * The school year 2026-08-01 to 2027-07-31 of a school in Hesse (DE-HE), Europe/Berlin: public holidays hard-coded,
 * summer holidays until 7 Aug 2026 and from 28 Jun 2027, autumn break 5-17 Oct 2026, Christmas 23 Dec-12 Jan,
 * Easter 29 Mar-10 Apr 2027.
 */
public final class HesseSchoolYear {

    public static final LocalTime HANDOVER = LocalTime.of(8, 0);
    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    public static final LocalDate FROM = LocalDate.of(2026, 8, 1);
    public static final LocalDate TO = LocalDate.of(2027, 7, 31);
    public static final Set<LocalDate> HOLIDAYS = Set.of(
            LocalDate.of(2026, 10, 3),
            LocalDate.of(2026, 12, 25),
            LocalDate.of(2026, 12, 26),
            LocalDate.of(2027, 1, 1),
            LocalDate.of(2027, 3, 26),
            LocalDate.of(2027, 3, 29),
            LocalDate.of(2027, 5, 1),
            LocalDate.of(2027, 5, 6),
            LocalDate.of(2027, 5, 17),
            LocalDate.of(2027, 5, 27));
    /** Start of the summer holidays 2027. */
    public static final LocalDate SUMMER_2027 = LocalDate.of(2027, 6, 28);

    private HesseSchoolYear() {}

    /** The day type of a date in this school year. */
    public static DayType dayTypeOf(LocalDate date) {
        if (HOLIDAYS.contains(date)) {
            return DayType.PUBLIC_HOLIDAY;
        }
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return DayType.WEEKEND;
        }
        if (!date.isAfter(LocalDate.of(2026, 8, 7)) || !date.isBefore(SUMMER_2027)) {
            return DayType.SUMMER;
        }
        if (within(date, "2026-10-05", "2026-10-17")
                || within(date, "2026-12-23", "2027-01-12")
                || within(date, "2027-03-29", "2027-04-10")) {
            return DayType.BREAK;
        }
        return DayType.TERM;
    }

    private static boolean within(LocalDate date, String from, String to) {
        return !date.isBefore(LocalDate.parse(from)) && !date.isAfter(LocalDate.parse(to));
    }

    /** The default policy's shifts for the whole year. */
    public static List<PlannedShift> shifts() {
        return ShiftExpander.expand(CoveragePolicy.defaultPolicy(), ZONE, FROM, TO, HesseSchoolYear::dayTypeOf);
    }

    /**
     * A team of {@code size}: the last member works half time; everybody takes three weeks' summer leave from
     * 28 Jun 2027 on (from 08:00, the handover), staggered so that at most about half the team is away at once.
     */
    public static List<EngineMember> team(int size) {
        List<EngineMember> members = new ArrayList<>();
        for (int k = 0; k < size; k++) {
            LocalDate leaveStart = SUMMER_2027.plusWeeks((long) k * 6 / size);
            TimeRange leave = new TimeRange(
                    leaveStart.atTime(HANDOVER).atZone(ZONE).toInstant(),
                    leaveStart.plusWeeks(3).atTime(HANDOVER).atZone(ZONE).toInstant());
            double fte = k == size - 1 ? 0.5 : 1.0;
            members.add(new EngineMember(MemberId.of(k + 1), NAMES.get(k), fte, null, null, List.of(leave), 0));
        }
        return members;
    }

    /** The whole-year problem for a team of {@code size} under the default policy. */
    public static RotaProblem problem(int size) {
        return new RotaProblem(
                ZONE, shifts(), team(size), CoveragePolicy.defaultPolicy().rules());
    }

    private static final List<String> NAMES = List.of(
            "Ana", "Ben", "Cara", "Dev", "Elif", "Finn", "Greta", "Hugo", "Ines", "Jonas", "Kemal", "Lena", "Mira",
            "Noah", "Olga", "Paul");
}
