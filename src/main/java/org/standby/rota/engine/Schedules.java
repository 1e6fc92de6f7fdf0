package org.standby.rota.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.standby.policy.rules.Rule;
import org.standby.policy.rules.RuleBook;

/**
 * The engine's own, exact check of the hard rules against a set of kept assignments: each member's kept slots
 * indexed by start, day and week, and the rules themselves asked of {@link RuleBook}. Used to build the first rota,
 * to make sure the final rota breaks no rule whatever the solver did, and to explain gaps.
 */
final class Schedules {

    private final Map<RotaMember, Schedule> byMember = new HashMap<>();
    private final long longestSlotSeconds;

    Schedules(List<RotaMember> members, List<ShiftSlot> allSlots) {
        long longest = 0;
        for (ShiftSlot slot : allSlots) {
            longest = Math.max(longest, slot.getEndSecond() - slot.getStartSecond());
        }
        this.longestSlotSeconds = longest;
        for (RotaMember member : members) {
            byMember.put(member, new Schedule(longestSlotSeconds));
        }
    }

    void add(RotaMember member, ShiftSlot slot) {
        byMember.get(member).add(slot);
    }

    void remove(RotaMember member, ShiftSlot slot) {
        byMember.get(member).remove(slot);
    }

    /** The member's kept slots starting within {@code days} days of the slot's date (either side), in time order. */
    List<ShiftSlot> near(RotaMember member, ShiftSlot slot, int days) {
        List<ShiftSlot> result = new ArrayList<>();
        long from = slot.getStartSecond() - days * 86_400L;
        long to = slot.getEndSecond() + days * 86_400L;
        for (List<ShiftSlot> group : byMember.get(member).byStart.subMap(from, to).values()) {
            result.addAll(group);
        }
        return result;
    }

    /** The first rule (in {@link Rule} order) that keeps the member from taking the slot, or {@code null}. */
    Rule blocker(RotaMember member, ShiftSlot slot) {
        return RuleBook.firstBroken(member.getLimits(), member.getAvailability(), slot.getDuty(),
                byMember.get(member));
    }

    private static final class Schedule extends RuleBook.DayCounts {
        private final TreeMap<Long, List<ShiftSlot>> byStart = new TreeMap<>();

        Schedule(long longestSeconds) {
            super(longestSeconds);
        }

        void add(ShiftSlot slot) {
            byStart.computeIfAbsent(slot.getStartSecond(), k -> new ArrayList<>(1)).add(slot);
            count(slot.getDuty(), 1);
        }

        void remove(ShiftSlot slot) {
            List<ShiftSlot> same = byStart.get(slot.getStartSecond());
            if (same != null && same.remove(slot)) {
                if (same.isEmpty()) {
                    byStart.remove(slot.getStartSecond());
                }
                count(slot.getDuty(), -1);
            }
        }

        @Override
        public Iterable<RuleBook.Duty> startingBetween(long fromSecond, long toSecond) {
            List<RuleBook.Duty> result = new ArrayList<>();
            for (List<ShiftSlot> group : byStart.subMap(fromSecond, toSecond).values()) {
                for (ShiftSlot slot : group) {
                    result.add(slot.getDuty());
                }
            }
            return result;
        }
    }
}
