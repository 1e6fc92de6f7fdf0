package org.standby.rota.engine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.standby.calendar.DayType;
import org.standby.policy.PlannedShift;
import org.standby.time.TimeRange;

/**
 * Fair shares of a problem: each member's target load and target counts of the separately balanced day types, one
 * {@link MemberShare} per member.
 *
 * <p>A member's share of the total weight is proportional to FTE x the weight of the shifts the member is available
 * for (active, not on leave): weighted days available. The deviation carried from earlier rotas is subtracted, and
 * the sum of all carried deviations is spread back over everybody in the same proportion, so the targets still add
 * up to the total weight. A target never goes below zero. Shifts nobody is available for are left out.
 */
final class FairShares {

    /** Day types whose counts are balanced separately from the overall load. */
    static final List<DayType> BALANCED_DAY_TYPES = List.of(DayType.WEEKEND, DayType.PUBLIC_HOLIDAY, DayType.SUMMER);

    /** One member's availability and fair share. Slots are numbered by their position in the engine's slot list. */
    static final class MemberShare {
        private final EngineMember member;
        private final BitSet available = new BitSet();
        private double availableWeight;
        private final Map<DayType, Double> availableCount = new EnumMap<>(DayType.class);
        private double targetLoad;
        private final Map<DayType, Double> targetCount = new EnumMap<>(DayType.class);

        private MemberShare(EngineMember member) {
            this.member = member;
            for (DayType dayType : DayType.values()) {
                availableCount.put(dayType, 0.0);
                targetCount.put(dayType, 0.0);
            }
        }

        EngineMember member() {
            return member;
        }

        MemberId id() {
            return member.id();
        }

        /** Whether the member is active and not on leave during the slot at this position. */
        boolean isAvailable(int slot) {
            return available.get(slot);
        }

        /** Sum of the weights of the slots the member is available for. */
        double availableWeight() {
            return availableWeight;
        }

        /** Number of slots of the day type the member is available for. */
        double availableCount(DayType dayType) {
            return availableCount.get(dayType);
        }

        /** Fair share in weight units. */
        double targetLoad() {
            return targetLoad;
        }

        /** Fair number of shifts of the day type. */
        double targetCount(DayType dayType) {
            return targetCount.get(dayType);
        }
    }

    private final List<MemberShare> shares;
    private final Map<MemberId, MemberShare> byId = new HashMap<>();

    /** {@code members} in the engine's member order, {@code slots} in its slot order (positions as above). */
    FairShares(List<EngineMember> members, List<ShiftSlot> slots) {
        List<MemberShare> list = new ArrayList<>();
        for (EngineMember member : members) {
            MemberShare share = new MemberShare(member);
            list.add(share);
            byId.put(member.id(), share);
        }
        this.shares = Collections.unmodifiableList(list);
        double total = 0;
        Map<DayType, Double> totalCount = new EnumMap<>(DayType.class);
        for (int s = 0; s < slots.size(); s++) {
            ShiftSlot slot = slots.get(s);
            boolean anybody = false;
            for (MemberShare share : shares) {
                if (isAvailable(share.member, slot.getShift())) {
                    anybody = true;
                    share.available.set(s);
                    share.availableWeight += slot.getShift().weight();
                    share.availableCount.merge(slot.getDayType(), 1.0, Double::sum);
                }
            }
            if (anybody) {
                total += slot.getShift().weight();
                totalCount.merge(slot.getDayType(), 1.0, Double::sum);
            }
        }
        setTargetLoads(total);
        for (DayType dayType : DayType.values()) {
            setTargetCounts(dayType, totalCount.getOrDefault(dayType, 0.0));
        }
    }

    private void setTargetLoads(double total) {
        double rawSum = 0;
        double carriedSum = 0;
        for (MemberShare share : shares) {
            double raw = share.member.fte() * share.availableWeight;
            rawSum += raw;
            if (raw > 0) {
                carriedSum += share.member.carriedDeviation();
            }
        }
        for (MemberShare share : shares) {
            double raw = share.member.fte() * share.availableWeight;
            if (raw > 0) {
                double part = raw / rawSum;
                share.targetLoad = Math.max(0, total * part - share.member.carriedDeviation() + carriedSum * part);
            }
        }
    }

    private void setTargetCounts(DayType dayType, double totalCount) {
        double sum = 0;
        for (MemberShare share : shares) {
            sum += share.member.fte() * share.availableCount(dayType);
        }
        if (sum > 0) {
            for (MemberShare share : shares) {
                share.targetCount.put(dayType, totalCount * share.member.fte() * share.availableCount(dayType) / sum);
            }
        }
    }

    /** Every member's share, in the engine's member order. */
    List<MemberShare> all() {
        return shares;
    }

    /** The member's share. */
    MemberShare of(MemberId id) {
        MemberShare share = byId.get(id);
        if (share == null) {
            throw new IllegalArgumentException("no share for " + id);
        }
        return share;
    }

    /** How many members are available for the slot at this position. */
    int availableFor(int slot) {
        int count = 0;
        for (MemberShare share : shares) {
            if (share.isAvailable(slot)) {
                count++;
            }
        }
        return count;
    }

    /** Whether the member is active on the shift's date and not absent during it. */
    static boolean isAvailable(EngineMember member, PlannedShift shift) {
        if (!member.isActiveOn(shift.date())) {
            return false;
        }
        for (TimeRange absence : member.unavailable()) {
            if (absence.overlaps(shift.start(), shift.end())) {
                return false;
            }
        }
        return true;
    }
}
