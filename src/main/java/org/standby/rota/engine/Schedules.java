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
        for (List<ShiftSlot> group :
                byMember.get(member).byStart.subMap(from, to).values()) {
            result.addAll(group);
        }
        return result;
    }

    /** The first rule (in {@link Rule} order) that keeps the member from taking the slot, or {@code null}. */
    Rule blocker(RotaMember member, ShiftSlot slot) {
        Schedule schedule = byMember.get(member);
        Rule broken = RuleBook.firstBroken(member.getLimits(), member.getAvailability(), slot.getDuty(), schedule);
        if (broken == null && !slot.getRestWindows().isEmpty() && !schedule.keepsUnplugged(slot)) {
            return Rule.UNPLUGGED;
        }
        return broken;
    }

    /**
     * Fills a slot nobody can take by moving one nearby shift: if member A is blocked from the slot only by one of
     * their own shifts, and member B can take that shift instead, B takes it and A takes the slot. Deterministic:
     * members and shifts are tried in order. Returns the moved shift (now B's, the slot now A's) or {@code null}.
     */
    ShiftSlot repair(ShiftSlot slot, List<RotaMember> members) {
        for (RotaMember a : members) {
            Rule blocker = blocker(a, slot);
            if (blocker == null || blocker == Rule.ON_LEAVE || blocker == Rule.INACTIVE) {
                continue;
            }
            int days = Math.max(7, a.getMaxConsecutiveDays() + 1);
            for (ShiftSlot other : near(a, slot, days)) {
                if (!other.isPinned() && moveTo(a, slot, other, members)) {
                    return other;
                }
            }
        }
        return null;
    }

    /** Tries giving {@code slot} to A and A's {@code other} shift to somebody else; undoes it if nobody can. */
    private boolean moveTo(RotaMember a, ShiftSlot slot, ShiftSlot other, List<RotaMember> members) {
        remove(a, other);
        if (blocker(a, slot) == null) {
            add(a, slot);
            for (RotaMember b : members) {
                if (b != a && blocker(b, other) == null) {
                    add(b, other);
                    other.setMember(b);
                    slot.setMember(a);
                    return true;
                }
            }
            remove(a, slot);
        }
        add(a, other);
        return false;
    }

    private static final class Schedule extends RuleBook.DayCounts {
        private final TreeMap<Long, List<ShiftSlot>> byStart = new TreeMap<>();

        Schedule(long longestSeconds) {
            super(longestSeconds);
        }

        /** Per unplugged-time group, how many kept slots touch each of its windows. */
        private final Map<RestGroup, Map<Integer, Integer>> restTouched = new HashMap<>();

        void add(ShiftSlot slot) {
            byStart.computeIfAbsent(slot.getStartSecond(), k -> new ArrayList<>(1))
                    .add(slot);
            count(slot.getDuty(), 1);
            for (RestGroup.Ref ref : slot.getRestWindows()) {
                restTouched.computeIfAbsent(ref.group(), g -> new HashMap<>()).merge(ref.window(), 1, Integer::sum);
            }
        }

        /** Whether taking the slot leaves the member the free windows each of its groups guarantees. */
        boolean keepsUnplugged(ShiftSlot slot) {
            Map<RestGroup, java.util.Set<Integer>> added = new HashMap<>();
            for (RestGroup.Ref ref : slot.getRestWindows()) {
                Map<Integer, Integer> touched = restTouched.getOrDefault(ref.group(), Map.of());
                if (!touched.containsKey(ref.window())) {
                    added.computeIfAbsent(ref.group(), g -> new java.util.HashSet<>())
                            .add(ref.window());
                }
            }
            for (Map.Entry<RestGroup, java.util.Set<Integer>> entry : added.entrySet()) {
                int touched = restTouched.getOrDefault(entry.getKey(), Map.of()).size()
                        + entry.getValue().size();
                if (touched > entry.getKey().mayTouch) {
                    return false;
                }
            }
            return true;
        }

        void remove(ShiftSlot slot) {
            List<ShiftSlot> same = byStart.get(slot.getStartSecond());
            if (same != null && same.remove(slot)) {
                if (same.isEmpty()) {
                    byStart.remove(slot.getStartSecond());
                }
                count(slot.getDuty(), -1);
                for (RestGroup.Ref ref : slot.getRestWindows()) {
                    Map<Integer, Integer> touched = restTouched.get(ref.group());
                    if (touched != null && touched.merge(ref.window(), -1, Integer::sum) == 0) {
                        touched.remove(ref.window());
                    }
                }
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
