package org.standby.rota.engine;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.standby.calendar.DayType;

/**
 * How a member's share of the rota compares with their fair share.
 *
 * @param memberId  the member
 * @param load      sum of the weights of the member's shifts in this rota
 * @param fairShare the member's target load: the total weight split in proportion to FTE x availability, lowered by
 *                  the deviation carried from earlier rotas (raised if it was negative)
 * @param deviation {@code load - fairShare}: positive when the member did more than their share. This is the value
 *                  to carry into the next rota as {@link EngineMember#carriedDeviation()}, since it already
 *                  includes what was carried in.
 * @param counts    number of shifts per day type (every day type present, zero if none)
 * @param fairCounts the member's fair number of shifts per day type (the day type's shifts split in proportion to
 *                  FTE x the member's availability for them); weekend, holiday and summer counts are steered
 *                  towards it
 */
public record MemberFairness(
        MemberId memberId,
        double load,
        double fairShare,
        double deviation,
        Map<DayType, Integer> counts,
        Map<DayType, Double> fairCounts) {

    public MemberFairness {
        Map<DayType, Integer> ordered = new EnumMap<>(DayType.class);
        ordered.putAll(counts);
        counts = Collections.unmodifiableMap(ordered);
        Map<DayType, Double> orderedFair = new EnumMap<>(DayType.class);
        orderedFair.putAll(fairCounts);
        fairCounts = Collections.unmodifiableMap(orderedFair);
    }
}
