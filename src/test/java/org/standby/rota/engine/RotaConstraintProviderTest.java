package org.standby.rota.engine;

import static org.standby.rota.engine.support.Slots.holiday;
import static org.standby.rota.engine.support.Slots.member;
import static org.standby.rota.engine.support.Slots.night;
import static org.standby.rota.engine.support.Slots.replanned;
import static org.standby.rota.engine.support.Slots.slot;
import static org.standby.rota.engine.support.Slots.summerNight;
import static org.standby.rota.engine.support.Slots.weekendDay;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.standby.calendar.DayType;

/** One test class per constraint; each test names the behaviour it pins down. 2027-03-01 is a Monday. */
class RotaConstraintProviderTest {

    private final ConstraintVerifier<RotaConstraintProvider, RotaSolution> verifier =
            ConstraintVerifier.build(new RotaConstraintProvider(), RotaSolution.class, ShiftSlot.class);

    private final RotaMember ana = member(1, "ana").build();
    private final RotaMember ben = member(2, "ben").build();

    @Nested
    class NoShiftDuringLeave {
        @Test
        void nightOverlappingLeaveIsPenalisedPerMinuteOnLeave() {
            RotaMember onLeave =
                    member(1, "ana").leave("2027-03-02", "2027-03-05").build();
            verifier.verifyThat(RotaConstraintProvider::noShiftDuringLeave)
                    .given(night("2027-03-01", onLeave), night("2027-03-03", onLeave))
                    .penalizesBy(8 * 60 + 14 * 60); // the first night's last 8 h, the whole second night
        }

        @Test
        void shiftEndingWhenLeaveStartsIsAllowed() {
            RotaMember onLeave = member(1, "ana")
                    .leave(Instant.parse("2027-03-02T07:00:00Z"), Instant.parse("2027-03-09T07:00:00Z"))
                    .build();
            verifier.verifyThat(RotaConstraintProvider::noShiftDuringLeave)
                    .given(night("2027-03-01", onLeave))
                    .penalizesBy(0);
        }
    }

    @Nested
    class OnlyWhileActive {
        @Test
        void shiftsBeforeJoiningOrAfterLeavingArePenalised() {
            RotaMember joiner =
                    member(1, "ana").active("2027-03-02", "2027-03-04").build();
            verifier.verifyThat(RotaConstraintProvider::onlyWhileActive)
                    .given(
                            night("2027-03-01", joiner),
                            night("2027-03-02", joiner),
                            night("2027-03-04", joiner),
                            night("2027-03-05", joiner))
                    .penalizesBy(2 * 14 * 60); // two 14 h nights outside the window
        }
    }

    @Nested
    class NoOverlap {
        @Test
        void twoSlotsOfTheSameShiftForOneMemberArePenalised() {
            ShiftSlot first =
                    slot("2027-03-01", "Night", DayType.TERM, LocalTime.of(18, 0), LocalTime.of(8, 0), 1, 0, ana);
            ShiftSlot second =
                    slot("2027-03-01", "Night", DayType.TERM, LocalTime.of(18, 0), LocalTime.of(8, 0), 1, 1, ana);
            verifier.verifyThat(RotaConstraintProvider::noOverlap)
                    .given(first, second)
                    .penalizesBy(14 * 60);
        }

        @Test
        void overlappingShiftsOfDifferentMembersAreFine() {
            ShiftSlot first =
                    slot("2027-03-01", "Night", DayType.TERM, LocalTime.of(18, 0), LocalTime.of(8, 0), 1, 0, ana);
            ShiftSlot second =
                    slot("2027-03-01", "Night", DayType.TERM, LocalTime.of(18, 0), LocalTime.of(8, 0), 1, 1, ben);
            verifier.verifyThat(RotaConstraintProvider::noOverlap)
                    .given(first, second)
                    .penalizesBy(0);
        }

        @Test
        void nightOverlappingNextMorningShiftIsPenalisedButBackToBackIsNot() {
            ShiftSlot early =
                    slot("2027-03-02", "Early", DayType.TERM, LocalTime.of(7, 0), LocalTime.of(9, 0), 1, 0, ana);
            ShiftSlot day = slot("2027-03-02", "Day", DayType.TERM, LocalTime.of(8, 0), LocalTime.of(18, 0), 1, 0, ben);
            verifier.verifyThat(RotaConstraintProvider::noOverlap)
                    .given(night("2027-03-01", ana), early, night("2027-03-01", ben), day)
                    .penalizesBy(60); // 07:00-08:00 shared
        }
    }

    @Nested
    class MinimumRest {
        @Test
        void weekendDayRightAfterANightIsPenalised() {
            // Friday night ends Saturday 08:00, the weekend day starts then: 0 h rest
            verifier.verifyThat(RotaConstraintProvider::minimumRest)
                    .given(night("2027-03-05", ana), weekendDay("2027-03-06", ana))
                    .penalizesBy(10 * 60); // all 10 h of rest missing
        }

        @Test
        void twoNightsInARowLeaveTenHoursWhichIsEnough() {
            verifier.verifyThat(RotaConstraintProvider::minimumRest)
                    .given(night("2027-03-01", ana), night("2027-03-02", ana))
                    .penalizesBy(0);
        }

        @Test
        void twoNightsInARowAreTooCloseWhenElevenHoursAreRequired() {
            RotaMember strict = member(1, "ana").rules(11, 3, 4).build();
            verifier.verifyThat(RotaConstraintProvider::minimumRest)
                    .given(night("2027-03-01", strict), night("2027-03-02", strict), night("2027-03-04", strict))
                    .penalizesBy(60); // 10 h of 11
        }

        @Test
        void longRestReachesAcrossSeveralDays() {
            RotaMember strict = member(1, "ana").rules(72, 7, 7).build();
            // Monday night ends Tuesday 08:00: Thursday 18:00 is 58 h later, Friday 18:00 is 82 h later
            verifier.verifyThat(RotaConstraintProvider::minimumRest)
                    .given(night("2027-03-01", strict), night("2027-03-04", strict))
                    .penalizesBy(14 * 60); // 58 h of 72
            verifier.verifyThat(RotaConstraintProvider::minimumRest)
                    .given(night("2027-03-01", strict), night("2027-03-05", strict))
                    .penalizesBy(0);
        }
    }

    @Nested
    class MaxConsecutiveDays {
        @Test
        void fourDaysInARowBreakALimitOfThreeOnce() {
            verifier.verifyThat(RotaConstraintProvider::maxConsecutiveDays)
                    .given(
                            night("2027-03-01", ana),
                            night("2027-03-02", ana),
                            night("2027-03-03", ana),
                            night("2027-03-04", ana))
                    .penalizesBy(1);
        }

        @Test
        void penaltyGrowsWithEveryExtraDayAndRunsAreSeparate() {
            verifier.verifyThat(RotaConstraintProvider::maxConsecutiveDays)
                    .given(
                            night("2027-03-01", ana),
                            night("2027-03-02", ana),
                            night("2027-03-03", ana),
                            night("2027-03-04", ana),
                            night("2027-03-05", ana),
                            night("2027-03-08", ana),
                            night("2027-03-09", ana),
                            night("2027-03-10", ana))
                    .penalizesBy(2);
        }

        @Test
        void threeDaysInARowAreFine() {
            verifier.verifyThat(RotaConstraintProvider::maxConsecutiveDays)
                    .given(
                            night("2027-03-01", ana),
                            night("2027-03-02", ana),
                            night("2027-03-03", ana),
                            night("2027-03-04", ben))
                    .penalizesBy(0);
        }
    }

    @Nested
    class MaxShiftsPerWeek {
        @Test
        void fifthShiftInOneWeekIsPenalised() {
            RotaMember relaxed = member(1, "ana").rules(0, 7, 4).build();
            verifier.verifyThat(RotaConstraintProvider::maxShiftsPerWeek)
                    .given(
                            night("2027-03-01", relaxed),
                            night("2027-03-02", relaxed),
                            night("2027-03-03", relaxed),
                            night("2027-03-04", relaxed),
                            night("2027-03-05", relaxed))
                    .penalizesBy(1);
        }

        @Test
        void weeksRunFromMondayToSunday() {
            RotaMember relaxed = member(1, "ana").rules(0, 7, 2).build();
            // Sat + Sun of one week, Mon + Tue of the next
            verifier.verifyThat(RotaConstraintProvider::maxShiftsPerWeek)
                    .given(
                            weekendDay("2027-03-06", relaxed),
                            weekendDay("2027-03-07", relaxed),
                            night("2027-03-08", relaxed),
                            night("2027-03-09", relaxed))
                    .penalizesBy(0);
        }
    }

    @Nested
    class FillEveryShift {
        @Test
        void eachUnfilledSlotIsPenalised() {
            verifier.verifyThat(RotaConstraintProvider::fillEveryShift)
                    .given(night("2027-03-01", null), night("2027-03-02", ana), night("2027-03-03", null))
                    .penalizesBy(2);
        }
    }

    @Nested
    class BalanceLoad {
        @Test
        void loadAboveFairShareIsPenalisedBySquaredHundredths() {
            RotaMember target = member(1, "ana").targetLoad(1.0).build();
            verifier.verifyThat(RotaConstraintProvider::balanceLoad)
                    .given(target, weekendDay("2027-03-06", target), night("2027-03-08", target))
                    .penalizesBy(200L * 200L);
        }

        @Test
        void memberWithoutShiftsIsPenalisedForTheWholeShare() {
            RotaMember idle = member(2, "ben").targetLoad(1.5).build();
            RotaMember busy = member(1, "ana").targetLoad(1.0).build();
            verifier.verifyThat(RotaConstraintProvider::balanceLoad)
                    .given(idle, busy, night("2027-03-01", busy))
                    .penalizesBy(150L * 150L);
        }

        @Test
        void loadEqualToFairShareIsFree() {
            RotaMember target = member(1, "ana").targetLoad(3.0).build();
            verifier.verifyThat(RotaConstraintProvider::balanceLoad)
                    .given(target, weekendDay("2027-03-06", target), night("2027-03-08", target))
                    .penalizesBy(0);
        }
    }

    @Nested
    class BalanceCounts {
        @Test
        void weekendDaysAboveTheFairCountArePenalised() {
            RotaMember target =
                    member(1, "ana").targetCount(DayType.WEEKEND, 0.5).build();
            verifier.verifyThat(RotaConstraintProvider::balanceWeekendLoad)
                    .given(
                            target,
                            weekendDay("2027-03-06", target),
                            weekendDay("2027-03-13", target),
                            night("2027-03-08", target))
                    .penalizesBy(150L * 150L);
        }

        @Test
        void missingHolidaysArePenalisedToo() {
            RotaMember target =
                    member(1, "ana").targetCount(DayType.PUBLIC_HOLIDAY, 2.0).build();
            RotaMember other =
                    member(2, "ben").targetCount(DayType.PUBLIC_HOLIDAY, 1.0).build();
            verifier.verifyThat(RotaConstraintProvider::balanceHolidayLoad)
                    .given(target, other, holiday("2027-03-26", other))
                    .penalizesBy(200L * 200L);
        }

        @Test
        void summerShiftsAreCountedSeparately() {
            RotaMember target =
                    member(1, "ana").targetCount(DayType.SUMMER, 1.0).build();
            verifier.verifyThat(RotaConstraintProvider::balanceSummerLoad)
                    .given(target, summerNight("2027-07-05", target), night("2027-07-06", target))
                    .penalizesBy(0);
        }
    }

    @Nested
    class NoBackToBackWeekends {
        @Test
        void weekendDaysInConsecutiveWeeksArePenalised() {
            verifier.verifyThat(RotaConstraintProvider::noBackToBackWeekends)
                    .given(
                            weekendDay("2027-03-06", ana),
                            weekendDay("2027-03-14", ana),
                            weekendDay("2027-03-27", ana),
                            weekendDay("2027-03-13", ben))
                    .penalizesBy(1);
        }
    }

    @Nested
    class KeepPreviousAssignment {
        @Test
        void everyChangedOrDroppedShiftIsPenalised() {
            verifier.verifyThat(RotaConstraintProvider::keepPreviousAssignment)
                    .given(
                            replanned(night("2027-03-01", null), ana.getMemberId(), ben),
                            replanned(night("2027-03-02", null), ana.getMemberId(), ana),
                            replanned(night("2027-03-03", null), ben.getMemberId(), null),
                            night("2027-03-04", ben))
                    .penalizesBy(2);
        }
    }
}
