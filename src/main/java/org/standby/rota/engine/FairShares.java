package org.standby.rota.engine;

import java.util.List;
import org.standby.calendar.DayType;
import org.standby.policy.PlannedShift;
import org.standby.time.TimeRange;

/**
 * Fair shares of a problem: each member's target load and target counts of the separately balanced day types.
 *
 * <p>A member's share of the total weight is proportional to FTE x the weight of the shifts the member is available
 * for (active, not on leave): weighted days available. The deviation carried from earlier rotas is subtracted, and
 * the sum of all carried deviations is spread back over everybody in the same proportion, so the targets still add
 * up to the total weight. A target never goes below zero. Shifts nobody is available for are left out.
 */
final class FairShares {

    /** Day types whose counts are balanced separately from the overall load. */
    static final List<DayType> BALANCED_DAY_TYPES = List.of(DayType.WEEKEND, DayType.PUBLIC_HOLIDAY, DayType.SUMMER);

    final double[] targetLoad;
    final double[][] targetCount; // [member][DayType.ordinal()]
    final double[] availableWeight;
    final double[][] availableCount; // [member][DayType.ordinal()]
    final boolean[][] available; // [member][slot]

    FairShares(List<EngineMember> members, List<ShiftSlot> slots) {
        int m = members.size();
        int n = slots.size();
        available = new boolean[m][n];
        availableWeight = new double[m];
        availableCount = new double[m][DayType.values().length];
        double total = 0;
        double[] totalCount = new double[DayType.values().length];
        for (int s = 0; s < n; s++) {
            ShiftSlot slot = slots.get(s);
            boolean anybody = false;
            for (int i = 0; i < m; i++) {
                available[i][s] = isAvailable(members.get(i), slot.getShift());
                if (available[i][s]) {
                    anybody = true;
                    availableWeight[i] += slot.getShift().weight();
                    availableCount[i][slot.getDayType().ordinal()]++;
                }
            }
            if (anybody) {
                total += slot.getShift().weight();
                totalCount[slot.getDayType().ordinal()]++;
            }
        }
        double rawSum = 0;
        double carriedSum = 0;
        for (int i = 0; i < m; i++) {
            double raw = members.get(i).fte() * availableWeight[i];
            rawSum += raw;
            if (raw > 0) {
                carriedSum += members.get(i).carriedDeviation();
            }
        }
        targetLoad = new double[m];
        for (int i = 0; i < m; i++) {
            double raw = members.get(i).fte() * availableWeight[i];
            if (raw > 0) {
                double part = raw / rawSum;
                targetLoad[i] = Math.max(0, total * part - members.get(i).carriedDeviation() + carriedSum * part);
            }
        }
        targetCount = new double[m][DayType.values().length];
        for (DayType dayType : DayType.values()) {
            int t = dayType.ordinal();
            double sum = 0;
            for (int i = 0; i < m; i++) {
                sum += members.get(i).fte() * availableCount[i][t];
            }
            for (int i = 0; i < m; i++) {
                if (sum > 0) {
                    targetCount[i][t] = totalCount[t] * members.get(i).fte() * availableCount[i][t] / sum;
                }
            }
        }
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
