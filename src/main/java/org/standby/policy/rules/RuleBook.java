package org.standby.policy.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The hard rules of a rota as pure functions: the only place their meaning is written down. The approval check
 * ({@code change.ShiftRuleCheck}), the load report ({@code load.LoadCalculator}), the engine's own check
 * ({@code rota.engine.Schedules}) and the solver's constraints ({@code rota.engine.RotaConstraintProvider}, which
 * calls the measures below per match) all use it.
 *
 * <p>Meaning (see docs/engine.md, "Rules"):
 * <ul>
 * <li>{@link Rule#OVERLAP}: two shifts of one member that share time; measured in minutes of shared time. An
 * overlap is not also a rest breach.</li>
 * <li>{@link Rule#MIN_REST}: two shifts of one member that do not overlap but lie less than the minimum rest apart;
 * checked for every pair, not only neighbours; measured in minutes of rest missing.</li>
 * <li>{@link Rule#ON_LEAVE}: minutes of a shift that fall in approved leave. {@link Rule#INACTIVE}: the minutes
 * of a shift whose start date is outside the member's active window.</li>
 * <li>{@link Rule#MAX_CONSECUTIVE_DAYS}: per run of consecutive start dates, the days beyond the limit.
 * {@link Rule#MAX_SHIFTS_PER_WEEK}: per Monday-to-Sunday week of start dates, the shifts beyond the limit.</li>
 * </ul>
 * A breach's {@link Breach#penalty() penalty} is that measure; the constraint provider penalises the hard score by
 * exactly the same number, so "the rule book finds these breaches" and "the solver's hard score is this" agree
 * (a jqwik property checks it). New rules (e.g. unplugged time) are a new {@link Rule}, a measure here and one
 * constraint calling it.
 */
public final class RuleBook {

    private static final long SECONDS_PER_DAY = 86_400L;
    private static final long MONDAY_EPOCH_DAY = 4; // 1970-01-05

    private RuleBook() {}

    /**
     * The limits of the team's policy.
     *
     * @param minRestSeconds     minimum rest between two shifts of a member (0: they may follow directly)
     * @param maxConsecutiveDays maximum run of consecutive start dates
     * @param maxShiftsPerWeek   maximum shift starts in a Monday-to-Sunday week
     */
    public record Limits(long minRestSeconds, int maxConsecutiveDays, int maxShiftsPerWeek) {

        public static Limits of(int minRestHours, int maxConsecutiveDays, int maxShiftsPerWeek) {
            return new Limits(minRestHours * 3600L, maxConsecutiveDays, maxShiftsPerWeek);
        }
    }

    /**
     * A shift as the rules see it: {@code [start, end)} in epoch seconds and the epoch day of its local start date
     * (the team's zone decides the date, so the caller passes it). Compared by identity where it matters: two slots
     * of one shift are two duties.
     */
    public record Duty(long start, long end, long day) {

        public static Duty of(Instant start, Instant end, LocalDate date) {
            return new Duty(start.getEpochSecond(), end.getEpochSecond(), date.toEpochDay());
        }

        /** Index of the Monday-to-Sunday week of the start date. */
        public long week() {
            return weekOf(day);
        }

        public LocalDate date() {
            return LocalDate.ofEpochDay(day);
        }

        public long seconds() {
            return end - start;
        }
    }

    /**
     * When a member may be on call: active window in epoch days (inclusive; {@link Long#MIN_VALUE} /
     * {@link Long#MAX_VALUE} for open ends) and approved leave as {@code [start, end)} epoch-second ranges.
     */
    public record Availability(long activeFromDay, long activeUntilDay, long[] leaveStarts, long[] leaveEnds) {

        public static final Availability ALWAYS =
                new Availability(Long.MIN_VALUE, Long.MAX_VALUE, new long[0], new long[0]);

        /** From a window with open ends ({@code null}) and leave as pairs {@code [startSecond, endSecond)}. */
        public static Availability of(LocalDate activeFrom, LocalDate activeUntil, long[][] leave) {
            return ofDays(
                    activeFrom == null ? Long.MIN_VALUE : activeFrom.toEpochDay(),
                    activeUntil == null ? Long.MAX_VALUE : activeUntil.toEpochDay(),
                    leave);
        }

        /** From a window in epoch days (inclusive) and leave as pairs {@code [startSecond, endSecond)}. */
        public static Availability ofDays(long activeFromDay, long activeUntilDay, long[][] leave) {
            long[][] sorted = leave.clone();
            Arrays.sort(sorted, Comparator.comparingLong(r -> r[0]));
            return new Availability(
                    activeFromDay,
                    activeUntilDay,
                    Arrays.stream(sorted).mapToLong(r -> r[0]).toArray(),
                    Arrays.stream(sorted).mapToLong(r -> r[1]).toArray());
        }

        public boolean activeOn(long epochDay) {
            return epochDay >= activeFromDay && epochDay <= activeUntilDay;
        }

        /** Seconds of {@code [start, end)} that fall in approved leave. */
        public long leaveSecondsDuring(long start, long end) {
            long total = 0;
            for (int i = 0; i < leaveStarts.length; i++) {
                total += Math.max(0, Math.min(end, leaveEnds[i]) - Math.max(start, leaveStarts[i]));
            }
            return total;
        }
    }

    /**
     * One breach.
     *
     * @param rule    the rule broken
     * @param day     epoch day it is dated by: the (later) shift's start date, the first day of a run, the Monday
     * @param penalty how bad: minutes (leave, inactive, overlap, missing rest), days beyond the limit, shifts beyond
     * @param duty    the shift concerned (the later one of a pair), or {@code null} for runs and weeks
     * @param other   the other shift of a pair (overlap, rest), else {@code null}
     */
    public record Breach(Rule rule, long day, long penalty, Duty duty, Duty other) {

        public LocalDate date() {
            return LocalDate.ofEpochDay(day);
        }
    }

    /** What a member already holds, as the incremental check needs it (the engine keeps it indexed). */
    public interface Held {

        /** Held duties that start in {@code [fromSecond, toSecond)} (more is fine, they are filtered). */
        Iterable<Duty> startingBetween(long fromSecond, long toSecond);

        /** Whether a held duty starts on the epoch day. */
        boolean hasDay(long day);

        /** Held duties starting in the week ({@link Duty#week()}). */
        int inWeek(long week);

        /** An upper bound of the length of any held duty, in seconds. */
        long longestSeconds();
    }

    // ---- measures: the constraint provider penalises by exactly these ----

    /** Minutes, rounded up, so any breach costs at least one. */
    public static long minutes(long seconds) {
        return seconds <= 0 ? 0 : (seconds + 59) / 60;
    }

    /** Minutes of the duty in approved leave. */
    public static long leaveMinutes(Availability who, Duty duty) {
        return minutes(who.leaveSecondsDuring(duty.start(), duty.end()));
    }

    /** The duty's minutes if its start date is outside the active window, else 0. */
    public static long inactiveMinutes(Availability who, Duty duty) {
        return who.activeOn(duty.day()) ? 0 : Math.max(1, minutes(duty.seconds()));
    }

    /** Minutes two duties share. */
    public static long overlapMinutes(Duty a, Duty b) {
        return minutes(Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
    }

    /** Minutes of rest missing between two duties that do not overlap (0 if they overlap or rest enough). */
    public static long missingRestMinutes(Limits limits, Duty a, Duty b) {
        long gap = Math.max(a.start(), b.start()) - Math.min(a.end(), b.end());
        if (gap < 0 || gap >= limits.minRestSeconds()) {
            return 0;
        }
        return minutes(limits.minRestSeconds() - gap);
    }

    /** Days beyond the limit in a run of consecutive start dates. */
    public static long excessDays(Limits limits, int runLength) {
        return Math.max(0, runLength - limits.maxConsecutiveDays());
    }

    /** Shifts beyond the limit in one week. */
    public static long excessShifts(Limits limits, int shiftsInWeek) {
        return Math.max(0, shiftsInWeek - limits.maxShiftsPerWeek());
    }

    /** Index of the Monday-to-Sunday week of an epoch day. */
    public static long weekOf(long epochDay) {
        return Math.floorDiv(epochDay - MONDAY_EPOCH_DAY, 7);
    }

    // ---- a whole schedule (load report, property test) ----

    /** Every breach in one member's schedule, ordered by date then rule. */
    public static List<Breach> breaches(Limits limits, Availability who, List<Duty> schedule) {
        List<Duty> duties = new ArrayList<>(schedule);
        duties.sort(Comparator.comparingLong(Duty::start).thenComparingLong(Duty::end));
        List<Breach> result = new ArrayList<>();
        TreeSet<Long> days = new TreeSet<>();
        Map<Long, Integer> perWeek = new TreeMap<>();
        for (int i = 0; i < duties.size(); i++) {
            Duty a = duties.get(i);
            single(limits, who, a, result);
            for (int j = i + 1; j < duties.size(); j++) {
                Duty b = duties.get(j);
                if (b.start() >= a.end() + limits.minRestSeconds() && b.start() >= a.end()) {
                    break; // sorted by start: no later duty can be closer
                }
                pair(limits, b, a, result);
            }
            days.add(a.day());
            perWeek.merge(a.week(), 1, Integer::sum);
        }
        long runStart = 0;
        long previous = Long.MIN_VALUE;
        int run = 0;
        for (long day : days) {
            if (run > 0 && day == previous + 1) {
                run++;
            } else {
                addRun(limits, runStart, run, result);
                runStart = day;
                run = 1;
            }
            previous = day;
        }
        addRun(limits, runStart, run, result);
        perWeek.forEach((week, count) -> {
            long excess = excessShifts(limits, count);
            if (excess > 0) {
                result.add(new Breach(Rule.MAX_SHIFTS_PER_WEEK, week * 7 + MONDAY_EPOCH_DAY, excess, null, null));
            }
        });
        result.sort(Comparator.comparingLong(Breach::day).thenComparing(Breach::rule));
        return List.copyOf(result);
    }

    private static void addRun(Limits limits, long firstDay, int length, List<Breach> result) {
        long excess = excessDays(limits, length);
        if (excess > 0) {
            result.add(new Breach(Rule.MAX_CONSECUTIVE_DAYS, firstDay, excess, null, null));
        }
    }

    // ---- one more duty (approval check, engine) ----

    /** Every rule broken if the member takes {@code candidate} while holding {@code held} (candidate not in it). */
    public static List<Breach> breachesIfAdded(Limits limits, Availability who, Duty candidate, Held held) {
        List<Breach> result = new ArrayList<>();
        single(limits, who, candidate, result);
        long from = candidate.start() - held.longestSeconds() - limits.minRestSeconds();
        long to = candidate.end() + limits.minRestSeconds() + 1;
        for (Duty other : held.startingBetween(from, to)) {
            if (other != candidate) {
                pair(limits, candidate, other, result);
            }
        }
        long day = candidate.day();
        if (!held.hasDay(day)) {
            int run = 1;
            for (long d = day - 1; held.hasDay(d); d--) {
                run++;
            }
            for (long d = day + 1; held.hasDay(d); d++) {
                run++;
            }
            long excess = excessDays(limits, run);
            if (excess > 0) {
                result.add(new Breach(Rule.MAX_CONSECUTIVE_DAYS, day, excess, candidate, null));
            }
        }
        long excess = excessShifts(limits, held.inWeek(candidate.week()) + 1);
        if (excess > 0) {
            result.add(new Breach(
                    Rule.MAX_SHIFTS_PER_WEEK, candidate.week() * 7 + MONDAY_EPOCH_DAY, excess, candidate, null));
        }
        return result;
    }

    /** The first rule (in {@link Rule} order) broken if the member takes the candidate, or {@code null}. */
    public static Rule firstBroken(Limits limits, Availability who, Duty candidate, Held held) {
        Rule first = null;
        for (Breach breach : breachesIfAdded(limits, who, candidate, held)) {
            if (first == null || breach.rule().compareTo(first) < 0) {
                first = breach.rule();
            }
        }
        return first;
    }

    /**
     * A {@link Held} that counts its duties per start day and week; subclasses keep the duties themselves in whatever
     * index suits them and call {@link #count} on every add and remove.
     */
    public abstract static class DayCounts implements Held {
        private final Map<Long, Integer> perDay = new HashMap<>();
        private final Map<Long, Integer> perWeek = new HashMap<>();
        private final long longestSeconds;

        protected DayCounts(long longestSeconds) {
            this.longestSeconds = longestSeconds;
        }

        /** Counts a duty in ({@code delta} 1) or out ({@code delta} -1). */
        protected final void count(Duty duty, int delta) {
            perDay.merge(duty.day(), delta, (a, b) -> a + b == 0 ? null : a + b);
            perWeek.merge(duty.week(), delta, (a, b) -> a + b == 0 ? null : a + b);
        }

        @Override
        public boolean hasDay(long day) {
            return perDay.containsKey(day);
        }

        @Override
        public int inWeek(long week) {
            return perWeek.getOrDefault(week, 0);
        }

        @Override
        public long longestSeconds() {
            return longestSeconds;
        }
    }

    /** A {@link Held} over a plain list of duties. */
    public static Held held(List<Duty> duties) {
        long longest = 0;
        for (Duty duty : duties) {
            longest = Math.max(longest, duty.seconds());
        }
        DayCounts held = new DayCounts(longest) {
            @Override
            public Iterable<Duty> startingBetween(long fromSecond, long toSecond) {
                return duties.stream()
                        .filter(d -> d.start() >= fromSecond && d.start() < toSecond)
                        .toList();
            }
        };
        duties.forEach(duty -> held.count(duty, 1));
        return held;
    }

    private static void single(Limits limits, Availability who, Duty duty, List<Breach> result) {
        long inactive = inactiveMinutes(who, duty);
        if (inactive > 0) {
            result.add(new Breach(Rule.INACTIVE, duty.day(), inactive, duty, null));
        }
        long leave = leaveMinutes(who, duty);
        if (leave > 0) {
            result.add(new Breach(Rule.ON_LEAVE, duty.day(), leave, duty, null));
        }
    }

    /** Overlap or missing rest between {@code duty} and {@code other}; dated by the later start. */
    private static void pair(Limits limits, Duty duty, Duty other, List<Breach> result) {
        long day = Math.max(duty.day(), other.day());
        Duty later = duty.start() >= other.start() ? duty : other;
        Duty earlier = later == duty ? other : duty;
        long overlap = overlapMinutes(duty, other);
        if (overlap > 0) {
            result.add(new Breach(Rule.OVERLAP, day, overlap, later, earlier));
            return;
        }
        long missing = missingRestMinutes(limits, duty, other);
        if (missing > 0) {
            result.add(new Breach(Rule.MIN_REST, day, missing, later, earlier));
        }
    }
}
