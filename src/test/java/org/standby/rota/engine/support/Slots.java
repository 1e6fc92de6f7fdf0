package org.standby.rota.engine.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.standby.calendar.DayType;
import org.standby.policy.PlannedShift;
import org.standby.policy.ShiftExpander;
import org.standby.rota.engine.MemberId;
import org.standby.rota.engine.RotaMember;
import org.standby.rota.engine.ShiftSlot;

/** Small builders for the solver model, for constraint tests. Times are in Europe/Berlin. */
public final class Slots {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    /** The default policy's shifts in {@link #ZONE}, weekends as WEEKEND and weekdays as TERM. */
    public static List<PlannedShift> defaultPolicyShifts(String from, String to) {
        return ShiftExpander.expand(
                org.standby.policy.CoveragePolicy.defaultPolicy(),
                ZONE,
                LocalDate.parse(from),
                LocalDate.parse(to),
                d -> d.getDayOfWeek().getValue() >= 6 ? DayType.WEEKEND : DayType.TERM);
    }

    private Slots() {}

    /** A 18:00-08:00 night starting on the date (a weekday in term). */
    public static ShiftSlot night(String date, RotaMember member) {
        return slot(date, "Weeknight", DayType.TERM, LocalTime.of(18, 0), LocalTime.of(8, 0), 1.0, 0, member);
    }

    /** A 08:00-08:00 weekend day starting on the date. */
    public static ShiftSlot weekendDay(String date, RotaMember member) {
        return slot(date, "Weekend day", DayType.WEEKEND, LocalTime.of(8, 0), LocalTime.of(8, 0), 2.0, 0, member);
    }

    /** A 08:00-08:00 public holiday starting on the date. */
    public static ShiftSlot holiday(String date, RotaMember member) {
        return slot(
                date, "Public holiday", DayType.PUBLIC_HOLIDAY, LocalTime.of(8, 0), LocalTime.of(8, 0), 3.0, 0, member);
    }

    /** A 18:00-08:00 summer night starting on the date. */
    public static ShiftSlot summerNight(String date, RotaMember member) {
        return slot(date, "Summer night", DayType.SUMMER, LocalTime.of(18, 0), LocalTime.of(8, 0), 1.5, 0, member);
    }

    public static ShiftSlot slot(
            String date,
            String name,
            DayType dayType,
            LocalTime start,
            LocalTime end,
            double weight,
            int slotNumber,
            RotaMember member) {
        return new ShiftSlot(ZONE, planned(date, name, dayType, start, end, weight, slotNumber), false, null, member);
    }

    public static PlannedShift planned(
            String date, String name, DayType dayType, LocalTime start, LocalTime end, double weight, int slotNumber) {
        LocalDate day = LocalDate.parse(date);
        Instant from = ShiftExpander.instantOf(day, start, ZONE);
        Instant to = ShiftExpander.instantOf(end.isAfter(start) ? day : day.plusDays(1), end, ZONE);
        return new PlannedShift(day + "/" + name + "/" + slotNumber, name, day, dayType, from, to, weight, slotNumber);
    }

    /** The slot as in a re-plan, where it previously belonged to {@code previous}. */
    public static ShiftSlot replanned(ShiftSlot slot, MemberId previous, RotaMember member) {
        return new ShiftSlot(ZONE, slot.getShift(), false, previous, member);
    }

    public static MemberBuilder member(long id, String name) {
        return new MemberBuilder(MemberId.of(id), name);
    }

    /** Builds a {@link RotaMember}; defaults: always active, no leave, rules 10 h / 3 days / 4 a week, no targets. */
    public static final class MemberBuilder {
        private final MemberId id;
        private final String name;
        private LocalDate activeFrom;
        private LocalDate activeUntil;
        private final List<long[]> leave = new ArrayList<>();
        private int restHours = 10;
        private int maxConsecutiveDays = 3;
        private int maxShiftsPerWeek = 4;
        private double targetLoad;
        private final Map<DayType, Long> targetCounts = new EnumMap<>(DayType.class);

        private MemberBuilder(MemberId id, String name) {
            this.id = id;
            this.name = name;
        }

        public MemberBuilder active(String from, String until) {
            activeFrom = from == null ? null : LocalDate.parse(from);
            activeUntil = until == null ? null : LocalDate.parse(until);
            return this;
        }

        /** Leave from the start of {@code from} to the end of {@code untilInclusive} (local dates). */
        public MemberBuilder leave(String from, String untilInclusive) {
            return leave(
                    LocalDate.parse(from).atStartOfDay(ZONE).toInstant(),
                    LocalDate.parse(untilInclusive)
                            .plusDays(1)
                            .atStartOfDay(ZONE)
                            .toInstant());
        }

        public MemberBuilder leave(Instant from, Instant until) {
            leave.add(new long[] {from.getEpochSecond(), until.getEpochSecond()});
            return this;
        }

        public MemberBuilder rules(int restHours, int maxConsecutiveDays, int maxShiftsPerWeek) {
            this.restHours = restHours;
            this.maxConsecutiveDays = maxConsecutiveDays;
            this.maxShiftsPerWeek = maxShiftsPerWeek;
            return this;
        }

        public MemberBuilder targetLoad(double load) {
            targetLoad = load;
            return this;
        }

        public MemberBuilder targetCount(DayType dayType, double count) {
            targetCounts.put(dayType, Math.round(count * ShiftSlot.SCALE));
            return this;
        }

        public RotaMember build() {
            return new RotaMember(
                    id,
                    name,
                    activeFrom == null ? Long.MIN_VALUE : activeFrom.toEpochDay(),
                    activeUntil == null ? Long.MAX_VALUE : activeUntil.toEpochDay(),
                    leave.toArray(long[][]::new),
                    restHours * 3600L,
                    maxConsecutiveDays,
                    maxShiftsPerWeek,
                    Math.round(targetLoad * ShiftSlot.SCALE),
                    targetCounts);
        }
    }
}
