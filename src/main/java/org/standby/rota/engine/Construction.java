package org.standby.rota.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.standby.calendar.DayType;

/**
 * The fair first rota: in time order, each free shift goes to the member most behind their paced fair share
 * (overall load, plus the day type's count for weekend, holiday and summer shifts), among those the rules allow.
 * When re-planning, a shift stays with its previous member whenever the rules allow. Used once per solve.
 */
final class Construction {

    /** One member's progress through the range. */
    private static final class Progress {
        final RotaMember member;
        final FairShares.MemberShare share;
        /** Weight and counts per day type ({@link DayType#ordinal()}) of the slots the member holds so far. */
        double load;

        final double[] counts = new double[DayType.values().length];
        /** Weight and counts per day type of the slots so far the member was available for (the pace). */
        double availableSoFar;

        final double[] countSoFar = new double[DayType.values().length];
        long lastWeekendWeek = Long.MIN_VALUE / 2;

        Progress(RotaMember member, FairShares.MemberShare share) {
            this.member = member;
            this.share = share;
        }

        void add(ShiftSlot slot, int sign) {
            load += sign * slot.getShift().weight();
            counts[slot.getDayType().ordinal()] += sign;
        }
    }

    private final List<ShiftSlot> slots;
    private final List<RotaMember> members;
    private final List<Progress> progress = new ArrayList<>();
    private final Map<RotaMember, Progress> byMember = new HashMap<>();
    /** Members by id, as a slot names its previous member. */
    private final Map<MemberId, RotaMember> byPreviousId = new HashMap<>();

    private final Schedules schedules;

    /**
     * @param members the members in the engine's order (ties go to the first)
     * @param slots   the slots in time order, pinned ones with their member set
     * @param shares  the members' fair shares, availability by position in {@code slots}
     */
    Construction(List<RotaMember> members, List<ShiftSlot> slots, FairShares shares) {
        this.slots = slots;
        this.members = members;
        for (RotaMember member : members) {
            Progress p = new Progress(member, shares.of(member.getMemberId()));
            progress.add(p);
            byMember.put(member, p);
            byPreviousId.put(member.getMemberId(), member);
        }
        this.schedules = new Schedules(members, slots);
    }

    /** Sets a member on every free slot that somebody can take. */
    void run() {
        countPinned();
        for (int s = 0; s < slots.size(); s++) {
            ShiftSlot slot = slots.get(s);
            pace(s, slot);
            if (!slot.isPinned()) {
                assign(slot, choose(s, slot));
            }
        }
    }

    /** Pinned slots count towards their members' load and rules from the start. */
    private void countPinned() {
        for (ShiftSlot slot : slots) {
            if (slot.isPinned()) {
                schedules.add(slot.getMember(), slot);
                byMember.get(slot.getMember()).add(slot, 1);
            }
        }
    }

    /** Moves every member's pace on by the slot at position {@code s}, if they are available for it. */
    private void pace(int s, ShiftSlot slot) {
        int type = slot.getDayType().ordinal();
        double weight = slot.getShift().weight();
        for (Progress p : progress) {
            if (p.share.isAvailable(s)) {
                p.availableSoFar += weight;
                p.countSoFar[type]++;
            }
        }
    }

    /**
     * The member for the free slot at position {@code s}: the previous one if the rules allow, else the one most
     * behind their pace, else whoever a {@linkplain Schedules#repair repair} frees it for; {@code null} if none.
     */
    private RotaMember choose(int s, ShiftSlot slot) {
        RotaMember previous = slot.getPreviousMemberId() == null ? null : byPreviousId.get(slot.getPreviousMemberId());
        if (previous != null && schedules.blocker(previous, slot) == null) {
            return previous;
        }
        RotaMember chosen = null;
        double best = Double.NEGATIVE_INFINITY;
        for (Progress p : progress) {
            if (!p.share.isAvailable(s) || schedules.blocker(p.member, slot) != null) {
                continue;
            }
            double key = behind(p, slot);
            if (key > best) {
                best = key;
                chosen = p.member;
            }
        }
        return chosen != null ? chosen : repair(slot);
    }

    /** How far the member is behind their paced fair share, in weight units; the larger, the likelier they take it. */
    private static double behind(Progress p, ShiftSlot slot) {
        int type = slot.getDayType().ordinal();
        double weight = slot.getShift().weight();
        double expected = p.share.targetLoad() * p.availableSoFar / p.share.availableWeight();
        double key = expected - p.load;
        if (FairShares.BALANCED_DAY_TYPES.contains(slot.getDayType())) {
            double expectedCount = p.share.targetCount(slot.getDayType())
                    * p.countSoFar[type]
                    / p.share.availableCount(slot.getDayType());
            key += weight * (expectedCount - p.counts[type]);
        }
        if (slot.getDayType() == DayType.WEEKEND && p.lastWeekendWeek == slot.getWeekIndex() - 1) {
            key -= weight / 2;
        }
        return key;
    }

    /**
     * Frees the slot by moving one nearby shift to another member ({@link Schedules#repair}); returns the member the
     * slot is freed for (not yet assigned), or {@code null}.
     */
    private RotaMember repair(ShiftSlot slot) {
        ShiftSlot moved = schedules.repair(slot, members);
        if (moved == null) {
            return null;
        }
        byMember.get(slot.getMember()).add(moved, -1);
        byMember.get(moved.getMember()).add(moved, 1);
        RotaMember chosen = slot.getMember();
        schedules.remove(chosen, slot); // added back in assign
        return chosen;
    }

    /** Gives the slot to the member (or leaves it free for {@code null}) and counts it. */
    private void assign(ShiftSlot slot, RotaMember member) {
        slot.setMember(member);
        if (member == null) {
            return;
        }
        Progress p = byMember.get(member);
        schedules.add(member, slot);
        p.add(slot, 1);
        if (slot.getDayType() == DayType.WEEKEND) {
            p.lastWeekendWeek = slot.getWeekIndex();
        }
    }
}
