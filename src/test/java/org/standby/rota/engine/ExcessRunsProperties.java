package org.standby.rota.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link ExcessRuns} kept up to date slot by slot equals the excess counted afresh: after every step of a random
 * walk of slots added and taken away (several on one day, runs joined and split, around the year end), the sum over
 * the runs of consecutive days of {@code max(0, length - limit)}.
 */
class ExcessRunsProperties {

    @Property(tries = 300)
    void theRunningExcessEqualsTheExcessCountedAfresh(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 31) int limit) {
        Random random = new Random(seed);
        long firstDay = java.time.LocalDate.of(2027, 12, 20).toEpochDay();
        ExcessRuns.Days days = new ExcessRuns.Days();
        List<Long> held = new ArrayList<>();
        for (int step = 0; step < 200; step++) {
            if (held.isEmpty() || random.nextInt(3) > 0) {
                long day = firstDay + random.nextInt(40);
                days.add(day, limit);
                held.add(day);
            } else {
                long day = held.remove(random.nextInt(held.size()));
                days.remove(day, limit);
            }
            assertThat(days.excess()).as("step %d", step).isEqualTo(excessCountedAfresh(held, limit));
        }
    }

    private static long excessCountedAfresh(List<Long> held, int limit) {
        TreeMap<Long, Boolean> distinct = new TreeMap<>();
        held.forEach(day -> distinct.put(day, true));
        long excess = 0;
        long run = 0;
        Long before = null;
        for (long day : distinct.keySet()) {
            run = before != null && day == before + 1 ? run + 1 : 1;
            if (run > limit) {
                excess++;
            }
            before = day;
        }
        return excess;
    }
}
