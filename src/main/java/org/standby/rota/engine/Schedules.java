package org.standby.rota.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The engine's own, exact check of the hard rules against a set of kept assignments. Used to build the first rota,
 * to make sure the final rota breaks no rule whatever the solver did, and to explain gaps. Mirrors the hard
 * constraints of {@link RotaConstraintProvider}.
 */
final class Schedules {

    /** A rule that keeps a member from taking a shift. Declared in the order gaps name them. */
    enum Blocker {
        ON_LEAVE, INACTIVE, OVERLAP, REST, CONSECUTIVE_DAYS, SHIFTS_PER_WEEK
    }

    private final List<RotaMember> members;
    private final Map<RotaMember, Schedule> byMember = new HashMap<>();
    private final long longestSlotSeconds;

    Schedules(List<RotaMember> members, List<ShiftSlot> allSlots) {
        this.members = members;
        long longest = 0;
        for (ShiftSlot slot : allSlots) {
            longest = Math.max(longest, slot.getEndSecond() - slot.getStartSecond());
        }
        this.longestSlotSeconds = longest;
        for (RotaMember member : members) {
            byMember.put(member, new Schedule());
        }
    }

    List<RotaMember> members() {
        return members;
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

    /** The first rule that keeps the member from taking the slot, or {@code null} if they may take it. */
    Blocker blocker(RotaMember member, ShiftSlot slot) {
        if (!member.isActiveOn(slot.getDateIndex())) {
            return Blocker.INACTIVE;
        }
        if (member.isOnLeave(slot.getStartSecond(), slot.getEndSecond())) {
            return Blocker.ON_LEAVE;
        }
        return byMember.get(member).ruleBlocker(member, slot, longestSlotSeconds);
    }

    private static final class Schedule {
        private final TreeMap<Long, List<ShiftSlot>> byStart = new TreeMap<>();
        private final Map<Long, Integer> perDay = new HashMap<>();
        private final Map<Long, Integer> perWeek = new HashMap<>();

        void add(ShiftSlot slot) {
            byStart.computeIfAbsent(slot.getStartSecond(), k -> new ArrayList<>(1)).add(slot);
            perDay.merge(slot.getDateIndex(), 1, Integer::sum);
            perWeek.merge(slot.getWeekIndex(), 1, Integer::sum);
        }

        void remove(ShiftSlot slot) {
            List<ShiftSlot> same = byStart.get(slot.getStartSecond());
            if (same != null && same.remove(slot) && same.isEmpty()) {
                byStart.remove(slot.getStartSecond());
            }
            perDay.computeIfPresent(slot.getDateIndex(), (k, v) -> v == 1 ? null : v - 1);
            perWeek.computeIfPresent(slot.getWeekIndex(), (k, v) -> v == 1 ? null : v - 1);
        }

        Blocker ruleBlocker(RotaMember member, ShiftSlot slot, long longestSlotSeconds) {
            long rest = member.getMinRestSeconds();
            long from = slot.getStartSecond() - longestSlotSeconds - rest;
            long to = slot.getEndSecond() + rest + 1;
            Blocker found = null;
            for (List<ShiftSlot> group : byStart.subMap(from, to).values()) {
                for (ShiftSlot other : group) {
                    if (other == slot) {
                        continue;
                    }
                    if (other.getStartSecond() < slot.getEndSecond()
                            && slot.getStartSecond() < other.getEndSecond()) {
                        return Blocker.OVERLAP;
                    }
                    long gap = Math.max(other.getStartSecond(), slot.getStartSecond())
                            - Math.min(other.getEndSecond(), slot.getEndSecond());
                    if (gap >= 0 && gap < rest) {
                        found = Blocker.REST;
                    }
                }
            }
            if (found != null) {
                return found;
            }
            long day = slot.getDateIndex();
            if (!perDay.containsKey(day)) {
                int run = 1;
                for (long d = day - 1; perDay.containsKey(d); d--) {
                    run++;
                }
                for (long d = day + 1; perDay.containsKey(d); d++) {
                    run++;
                }
                if (run > member.getMaxConsecutiveDays()) {
                    return Blocker.CONSECUTIVE_DAYS;
                }
            }
            if (perWeek.getOrDefault(slot.getWeekIndex(), 0) + 1 > member.getMaxShiftsPerWeek()) {
                return Blocker.SHIFTS_PER_WEEK;
            }
            return null;
        }
    }
}
