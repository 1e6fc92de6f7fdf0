package org.standby.rota.engine;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;

/**
 * A constraint collector for "no more than {@code limit} days in a row": of the days its slots give (each day once,
 * however many slots fall on it), the sum over the runs of consecutive days of {@code max(0, length - limit)}, the
 * rule book's measure ({@link org.standby.policy.rules.RuleBook#excessDays}). Kept up to date as slots come and go:
 * a day added or removed only changes the run it joins or splits, found by walking that run's neighbours, so a move
 * costs the length of one run, whatever the limit. (Counting full windows of {@code limit + 1} days costs
 * {@code limit + 1} tuples per day moved, 32 for a limit of 31 nights; consecutive sequences re-send every run of the
 * member on every move.)
 */
final class ExcessRuns implements UniConstraintCollector<ShiftSlot, ExcessRuns.Days, Long> {

    private final ToLongFunction<ShiftSlot> day;
    private final ToIntFunction<ShiftSlot> limit;

    /**
     * @param day   the epoch day a slot counts on
     * @param limit the days in a row allowed (the same for every slot of one group: group by member first)
     */
    ExcessRuns(ToLongFunction<ShiftSlot> day, ToIntFunction<ShiftSlot> limit) {
        this.day = day;
        this.limit = limit;
    }

    @Override
    public Supplier<Days> supplier() {
        return Days::new;
    }

    @Override
    public BiFunction<Days, ShiftSlot, Runnable> accumulator() {
        return (days, slot) -> {
            long d = day.applyAsLong(slot);
            int max = limit.applyAsInt(slot);
            days.add(d, max);
            return () -> days.remove(d, max);
        };
    }

    @Override
    public Function<Days, Long> finisher() {
        return Days::excess;
    }

    /** The days of one group with how many slots fall on each, and the excess over all their runs. */
    static final class Days {
        private final Map<Long, Integer> slotsOnDay = new HashMap<>();
        private long excess;

        void add(long day, int limit) {
            if (slotsOnDay.merge(day, 1, Integer::sum) == 1) {
                excess += change(day, limit);
            }
        }

        void remove(long day, int limit) {
            int slots = slotsOnDay.get(day);
            if (slots > 1) {
                slotsOnDay.put(day, slots - 1);
                return;
            }
            slotsOnDay.remove(day);
            excess -= change(day, limit);
        }

        /** What {@code day} adds to the excess, joining the runs just before and just after it (day not counted). */
        private long change(long day, int limit) {
            long before = 0;
            while (slotsOnDay.containsKey(day - before - 1)) {
                before++;
            }
            long after = 0;
            while (slotsOnDay.containsKey(day + after + 1)) {
                after++;
            }
            return over(before + 1 + after, limit) - over(before, limit) - over(after, limit);
        }

        private static long over(long length, int limit) {
            return Math.max(0, length - limit);
        }

        long excess() {
            return excess;
        }
    }
}
