package org.standby.rota.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standby.policy.PlannedShift;
import org.standby.policy.rules.LoadLimits;
import org.standby.policy.rules.Rule;
import org.standby.rota.engine.support.Slots;

/**
 * Which constraints a problem switches off: only those that cannot penalise any assignment of its slots, and each
 * comes back on as soon as one case can fire. ({@code RotaEngineProperties} shows that switching them off changes
 * no move and no rota.)
 */
class IdleConstraintsTest {

    /** Four weeks of the default policy in March 2027: nights Monday to Thursday, weekends and Friday nights. */
    private static final List<PlannedShift> FOUR_WEEKS = Slots.defaultPolicyShifts("2027-03-01", "2027-03-28");

    @Test
    void aFreshRotaWithoutLeaveOrThresholdsSwitchesOffWhatCannotFire() {
        List<RotaMember> members =
                List.of(Slots.member(1, "Ana").build(), Slots.member(2, "Ben").build());
        assertThat(IdleConstraints.of(members, slots(members, LoadLimits.NOT_LIMITING, false)))
                .containsExactlyInAnyOrder(
                        Rule.ON_LEAVE.constraintName(),
                        Rule.INACTIVE.constraintName(),
                        Rule.UNPLUGGED.constraintName(),
                        RotaConstraintProvider.KEEP_PREVIOUS,
                        RotaConstraintProvider.MONTHLY_HOURS,
                        RotaConstraintProvider.WEEKENDS_PER_MONTH,
                        RotaConstraintProvider.NIGHTS_IN_A_ROW);
    }

    @Test
    void eachConstraintStaysOnWhereItCanFire() {
        List<RotaMember> members = List.of(
                Slots.member(1, "Ana").leave("2027-03-10", "2027-03-10").build(),
                Slots.member(2, "Ben").active("2027-03-01", "2027-03-20").build());
        assertThat(IdleConstraints.of(members, slots(members, LoadLimits.defaults(), true)))
                .containsExactlyInAnyOrder(Rule.UNPLUGGED.constraintName());
    }

    @Test
    void aThresholdStaysOffWhereNobodyCanReachItEvenHoldingEveryShift() {
        List<RotaMember> members = List.of(Slots.member(1, "Ana").build());
        // 28 nights and weekend days in a row, 4 weekends in March: 28 nights are within 31, 4 weekends within 4
        assertThat(IdleConstraints.of(members, slots(members, new LoadLimits(744, 4, 28), false)))
                .contains(RotaConstraintProvider.WEEKENDS_PER_MONTH, RotaConstraintProvider.NIGHTS_IN_A_ROW);
        assertThat(IdleConstraints.of(members, slots(members, new LoadLimits(744, 3, 27), false)))
                .doesNotContain(RotaConstraintProvider.WEEKENDS_PER_MONTH, RotaConstraintProvider.NIGHTS_IN_A_ROW);
        // March's 28 days of cover hold about 500 h: a 744 h month is out of reach, 400 h is not
        assertThat(IdleConstraints.of(members, slots(members, new LoadLimits(400, 5, 31), false)))
                .doesNotContain(RotaConstraintProvider.MONTHLY_HOURS);
    }

    @Test
    void consecutiveDaysAndShiftsPerWeekGoOffOnlyWhenTheCoverCannotReachThem() {
        // two nights a week: no three days in a row, no more than two shifts in any week
        List<RotaMember> members =
                List.of(Slots.member(1, "Ana").rules(10, 3, 2).build());
        List<ShiftSlot> sparse = new ArrayList<>();
        for (String date : List.of("2027-03-01", "2027-03-03", "2027-03-08", "2027-03-10")) {
            sparse.add(Slots.night(date, null));
        }
        assertThat(IdleConstraints.of(members, sparse))
                .contains(Rule.MAX_CONSECUTIVE_DAYS.constraintName(), Rule.MAX_SHIFTS_PER_WEEK.constraintName());
        sparse.add(Slots.night("2027-03-02", null));
        assertThat(IdleConstraints.of(members, sparse))
                .doesNotContain(Rule.MAX_SHIFTS_PER_WEEK.constraintName())
                .contains(Rule.MAX_CONSECUTIVE_DAYS.constraintName());
        sparse.add(Slots.night("2027-03-04", null));
        assertThat(IdleConstraints.of(members, sparse)).doesNotContain(Rule.MAX_CONSECUTIVE_DAYS.constraintName());
    }

    @Test
    void theLongestRunCountsEachDayOnce() {
        assertThat(IdleConstraints.longestRun(List.of())).isZero();
        assertThat(IdleConstraints.longestRun(List.of(5L, 5L, 6L, 8L, 9L, 10L, 10L)))
                .isEqualTo(3);
        assertThat(IdleConstraints.longestRun(List.of(
                        LocalDate.of(2027, 12, 31).toEpochDay(),
                        LocalDate.of(2028, 1, 1).toEpochDay())))
                .isEqualTo(2);
    }

    /** The four weeks' slots with the thresholds applied to the members, and a previous member if re-planned. */
    private static List<ShiftSlot> slots(List<RotaMember> members, LoadLimits limits, boolean replanned) {
        List<ShiftSlot> slots = new ArrayList<>();
        for (PlannedShift shift : FOUR_WEEKS) {
            slots.add(new ShiftSlot(
                    Slots.ZONE, shift, false, replanned ? members.get(0).getMemberId() : null, null));
        }
        Map<Integer, Double> hours = new HashMap<>();
        hours.put(ShiftSlot.monthIndexOf(LocalDate.of(2027, 3, 1)), limits.hoursLimit(1.0, 28, 31));
        members.forEach(member -> member.setLoadLimits(limits, hours));
        return slots;
    }
}
