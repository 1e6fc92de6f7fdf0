package org.standby.rota.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.standby.calendar.DayType;
import org.standby.policy.CoverageRules;
import org.standby.policy.PlannedShift;
import org.standby.rota.engine.support.Slots;
import org.standby.time.TimeRange;

class RotaEngineTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final RotaEngine ENGINE = new RotaEngine();
    private static final MemberId ANA = MemberId.of(1);
    private static final MemberId BEN = MemberId.of(2);
    private static final MemberId CARA = MemberId.of(3);
    private static final MemberId CEM = MemberId.of(4);
    private static final MemberId DORA = MemberId.of(5);
    private static final MemberId ZOE = MemberId.of(99);

    /** Default policy, weekends as WEEKEND and weekdays as TERM. */
    private static List<PlannedShift> shifts(String from, String to) {
        return Slots.defaultPolicyShifts(from, to);
    }

    private static EngineMember onLeave(MemberId id, String name, String from, String untilInclusive) {
        return new EngineMember(
                id,
                name,
                1.0,
                null,
                null,
                List.of(new TimeRange(
                        LocalDate.parse(from).atStartOfDay(BERLIN).toInstant(),
                        LocalDate.parse(untilInclusive)
                                .plusDays(1)
                                .atStartOfDay(BERLIN)
                                .toInstant())),
                0);
    }

    @Test
    void nightWithEverybodyOnLeaveIsAGapWithTheReason() {
        // 2027-03-03 is a Wednesday; both are away from Wednesday to Thursday
        List<EngineMember> team = List.of(
                onLeave(ANA, "ana", "2027-03-03", "2027-03-03"), onLeave(BEN, "ben", "2027-03-03", "2027-03-03"));
        RotaResult result = ENGINE.solve(
                new RotaProblem(BERLIN, shifts("2027-03-01", "2027-03-07"), team, CoverageRules.defaults()));
        assertThat(result.gaps()).extracting(Gap::shiftKey).contains("2027-03-03/Weeknight/0");
        Gap gap = result.gaps().stream()
                .filter(g -> g.shiftKey().equals("2027-03-03/Weeknight/0"))
                .findFirst()
                .orElseThrow();
        assertThat(gap.reason()).isEqualTo(Gap.Reason.ALL_ON_LEAVE);
        assertThat(gap.explanation()).startsWith("all members on leave").contains("ana", "ben");
        assertThat(result.assignments()).doesNotContainKey("2027-03-03/Weeknight/0");
    }

    @Test
    void nobodyActiveIsAGap() {
        EngineMember leaver = new EngineMember(ANA, "Ana", 1.0, null, LocalDate.of(2027, 3, 2), List.of(), 0);
        RotaResult result = ENGINE.solve(
                new RotaProblem(BERLIN, shifts("2027-03-01", "2027-03-04"), List.of(leaver), CoverageRules.defaults()));
        assertThat(result.assignments()).containsOnlyKeys("2027-03-01/Weeknight/0", "2027-03-02/Weeknight/0");
        assertThat(result.gaps()).extracting(Gap::reason).containsOnly(Gap.Reason.NO_MEMBER_ACTIVE);
        assertThat(result.gaps()).hasSize(2);
    }

    @Test
    void teamOfOneGetsGapsWhereRestRulesForbid() {
        // Friday night, Saturday, Sunday: the Saturday starts when the Friday night ends (0 h rest)
        RotaResult result = ENGINE.solve(new RotaProblem(
                BERLIN,
                shifts("2027-03-05", "2027-03-07"),
                List.of(EngineMember.fullTime(ANA, "Ana")),
                CoverageRules.defaults()));
        assertThat(result.assignments()).hasSize(2);
        assertThat(result.gaps()).hasSize(1);
        assertThat(result.gaps().get(0).reason()).isEqualTo(Gap.Reason.RULES);
        assertThat(result.gaps().get(0).explanation()).contains("rest rules");
    }

    @Test
    void teamOfOneGetsGapsWhereTheConsecutiveDayLimitForbids() {
        RotaResult result = ENGINE.solve(new RotaProblem(
                BERLIN,
                shifts("2027-03-01", "2027-03-04"),
                List.of(EngineMember.fullTime(ANA, "Ana")),
                CoverageRules.defaults()));
        assertThat(result.assignments()).hasSize(3);
        assertThat(result.gaps())
                .singleElement()
                .satisfies(gap -> assertThat(gap.explanation()).contains("max consecutive days"));
    }

    @Test
    void emptyTeamReportsEveryShiftAsAGap() {
        RotaResult result = ENGINE.solve(
                new RotaProblem(BERLIN, shifts("2027-03-01", "2027-03-07"), List.of(), CoverageRules.defaults()));
        assertThat(result.assignments()).isEmpty();
        assertThat(result.gaps()).hasSize(7).extracting(Gap::reason).containsOnly(Gap.Reason.NO_MEMBER_ACTIVE);
    }

    @Test
    void equalFullTimersGetEqualLoadAndWeekends() {
        List<EngineMember> team = List.of(
                EngineMember.fullTime(ANA, "Ana"),
                EngineMember.fullTime(BEN, "Ben"),
                EngineMember.fullTime(CARA, "Cara"));
        RotaResult result = ENGINE.solve(
                new RotaProblem(BERLIN, shifts("2027-03-01", "2027-04-11"), team, CoverageRules.defaults()));
        assertThat(result.gaps()).isEmpty();
        assertThat(result.maxDeviation()).isLessThanOrEqualTo(1.0);
        List<Integer> weekends = result.fairness().stream()
                .map(f -> f.counts().get(DayType.WEEKEND))
                .toList();
        assertThat(weekends.stream().mapToInt(Integer::intValue).max().getAsInt()
                        - weekends.stream().mapToInt(Integer::intValue).min().getAsInt())
                .isLessThanOrEqualTo(1);
        assertThat(result.fairness()).extracting(MemberFairness::memberId).containsExactly(ANA, BEN, CARA);
    }

    @Test
    void halfTimerGetsHalfTheShare() {
        List<EngineMember> team = List.of(
                EngineMember.fullTime(ANA, "Ana"),
                EngineMember.fullTime(BEN, "Ben"),
                new EngineMember(CARA, "Cara", 0.5, null, null, List.of(), 0));
        RotaResult result = ENGINE.solve(
                new RotaProblem(BERLIN, shifts("2027-03-01", "2027-04-11"), team, CoverageRules.defaults()));
        Map<MemberId, MemberFairness> byId =
                result.fairness().stream().collect(Collectors.toMap(MemberFairness::memberId, f -> f));
        assertThat(byId.get(CARA).fairShare())
                .isCloseTo(byId.get(ANA).fairShare() / 2, org.assertj.core.data.Offset.offset(0.01));
        assertThat(result.maxDeviation()).isLessThanOrEqualTo(1.0);
    }

    @Test
    void carriedDeviationIsPaidBack() {
        List<EngineMember> team = List.of(
                new EngineMember(ANA, "Ana", 1.0, null, null, List.of(), 4.0),
                new EngineMember(BEN, "Ben", 1.0, null, null, List.of(), -4.0),
                new EngineMember(CARA, "Cara", 1.0, null, null, List.of(), 0.0));
        RotaResult result = ENGINE.solve(
                new RotaProblem(BERLIN, shifts("2027-03-01", "2027-03-28"), team, CoverageRules.defaults()));
        Map<MemberId, MemberFairness> byId =
                result.fairness().stream().collect(Collectors.toMap(MemberFairness::memberId, f -> f));
        double total = byId.values().stream().mapToDouble(MemberFairness::load).sum();
        assertThat(byId.get(ANA).fairShare()).isCloseTo(total / 3 - 4.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(byId.get(BEN).fairShare()).isCloseTo(total / 3 + 4.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(byId.get(BEN).load()).isGreaterThan(byId.get(ANA).load());
        assertThat(result.maxDeviation()).isLessThanOrEqualTo(1.0);
    }

    @Test
    void pinnedShiftsAreKeptAndCounted() {
        List<EngineMember> team = List.of(EngineMember.fullTime(ANA, "Ana"), EngineMember.fullTime(BEN, "Ben"));
        List<PlannedShift> shifts = shifts("2027-03-01", "2027-03-14");
        Map<String, MemberId> pinned = Map.of("2027-03-06/Weekend day/0", ANA, "2027-03-13/Weekend day/0", ANA);
        RotaResult result =
                ENGINE.solve(new RotaProblem(BERLIN, shifts, team, CoverageRules.defaults(), pinned, Map.of()));
        assertThat(result.assignments()).containsAllEntriesOf(pinned);
        assertThat(result.gaps()).isEmpty();
    }

    @Test
    void replanAfterSickLeaveChangesOnlyWhatItMust() {
        List<PlannedShift> shifts = shifts("2027-03-01", "2027-03-28");
        List<EngineMember> team = List.of(
                EngineMember.fullTime(ANA, "Ana"),
                EngineMember.fullTime(BEN, "Ben"),
                EngineMember.fullTime(CARA, "Cara"));
        RotaResult first = ENGINE.solve(new RotaProblem(BERLIN, shifts, team, CoverageRules.defaults()));
        // Ben falls sick 15-17 March
        List<EngineMember> sick = List.of(team.get(0), onLeave(BEN, "ben", "2027-03-15", "2027-03-17"), team.get(2));
        RotaResult replan = ENGINE.solve(
                new RotaProblem(BERLIN, shifts, sick, CoverageRules.defaults(), Map.of(), first.assignments()));
        Set<String> mustMove = first.assignments().entrySet().stream()
                .filter(e -> e.getValue().equals(BEN)
                        && e.getKey().compareTo("2027-03-14") > 0
                        && e.getKey().compareTo("2027-03-18") < 0)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        Map<String, MemberId> changed = new HashMap<>();
        replan.assignments().forEach((key, member) -> {
            if (!member.equals(first.assignments().get(key))) {
                changed.put(key, member);
            }
        });
        assertThat(changed.keySet()).containsAll(mustMove);
        assertThat(changed.size()).isLessThanOrEqualTo(mustMove.size() + 4);
        assertThat(replan.gaps()).isEmpty();
    }

    @Test
    void explanationsNameTheMemberAndWhy() {
        // Ana is away Thursday to Sunday: Ben, a 10% part-timer, is the only one left and ends far above his share
        List<EngineMember> team = List.of(
                onLeave(ANA, "ana", "2027-03-04", "2027-03-07"),
                new EngineMember(BEN, "Ben", 0.1, null, null, List.of(), 0));
        RotaResult result = ENGINE.solve(
                new RotaProblem(BERLIN, shifts("2027-03-01", "2027-03-14"), team, new CoverageRules(0, 7, 7)));
        assertThat(result.gaps()).isEmpty();
        assertThat(result.explanations())
                .anySatisfy(text -> assertThat(text)
                        .startsWith("Ben has")
                        .contains("more load than their fair share")
                        .contains("because Ben was the only one available on 3\u20137 Mar 2027"));
        assertThat(result.explanations())
                .anySatisfy(text -> assertThat(text)
                        .startsWith("ana has")
                        .contains("less load")
                        .contains("Ben alone covered 3\u20137 Mar 2027"));
    }

    /** Evening dates of the nights (on call at 03:00 next morning) each member holds. */
    private static Map<MemberId, java.util.TreeSet<Long>> nightsOf(List<PlannedShift> shifts, RotaResult result) {
        Map<MemberId, java.util.TreeSet<Long>> nights = new java.util.HashMap<>();
        for (PlannedShift shift : shifts) {
            MemberId member = result.assignments().get(shift.key());
            long night = org.standby.policy.rules.LoadLimits.nightOf(shift.start(), shift.end(), BERLIN);
            if (member != null && night != org.standby.policy.rules.LoadLimits.NONE) {
                nights.computeIfAbsent(member, m -> new java.util.TreeSet<>()).add(night);
            }
        }
        return nights;
    }

    @Test
    void theTeamsNightsInARowThresholdIsKeptWhereTheTeamCan() {
        // four members, three weeks of nights and weekends; the team allows one night in a row only
        List<PlannedShift> shifts = shifts("2027-03-01", "2027-03-21");
        List<EngineMember> team = List.of(
                EngineMember.fullTime(ANA, "Ana"),
                EngineMember.fullTime(BEN, "Ben"),
                EngineMember.fullTime(CEM, "Cem"),
                EngineMember.fullTime(DORA, "Dora"));
        RotaResult result = ENGINE.solve(new RotaProblem(
                BERLIN,
                shifts,
                team,
                CoverageRules.defaults(),
                Map.of(),
                Map.of(),
                new org.standby.policy.rules.LoadLimits(744, 5, 1)));
        assertThat(result.gaps()).isEmpty();
        nightsOf(shifts, result).forEach((member, nights) -> {
            for (long night : nights) {
                assertThat(nights)
                        .as("%s on call the night after %s too", member, java.time.LocalDate.ofEpochDay(night))
                        .doesNotContain(night + 1);
            }
        });
    }

    @Test
    void theTeamsWeekendThresholdIsKeptWhereTheTeamCan() {
        // four members, the weekends of March 2027 (4 weekends, 8 weekend days; nobody can hold both days of one
        // weekend under the 10 h rest rule, so 8 member-weekends are needed); at most two weekends a month each
        List<PlannedShift> shifts = shifts("2027-03-01", "2027-03-28");
        List<EngineMember> team = List.of(
                EngineMember.fullTime(ANA, "Ana"),
                EngineMember.fullTime(BEN, "Ben"),
                EngineMember.fullTime(CEM, "Cem"),
                EngineMember.fullTime(DORA, "Dora"));
        RotaResult result = ENGINE.solve(new RotaProblem(
                BERLIN,
                shifts,
                team,
                CoverageRules.defaults(),
                Map.of(),
                Map.of(),
                new org.standby.policy.rules.LoadLimits(744, 2, 31)));
        Map<MemberId, java.util.Set<LocalDate>> saturdays = new java.util.HashMap<>();
        for (PlannedShift shift : shifts) {
            if (shift.dayType() == DayType.WEEKEND) {
                saturdays
                        .computeIfAbsent(result.assignments().get(shift.key()), m -> new java.util.HashSet<>())
                        .add(shift.date()
                                .with(java.time.temporal.TemporalAdjusters.previousOrSame(
                                        java.time.DayOfWeek.SATURDAY)));
            }
        }
        assertThat(saturdays).doesNotContainKey(null).hasSize(4);
        assertThat(saturdays.values())
                .allSatisfy(weekends -> assertThat(weekends).hasSizeLessThanOrEqualTo(2));
        assertThat(result.explanations()).noneMatch(line -> line.contains("weekend shifts with at most"));
    }

    @Test
    void whenTheTeamCannotKeepTheMonthlyHoursTheResultSaysHowManyAreNeeded() {
        // October 2027: 21 weeknights of 14 h, 10 weekend days of 24 h and the autumn DST hour = 535 h;
        // three full-timers may carry 3 x 160 = 480 h: at least ceil(535 / 160) = 4 are needed
        List<PlannedShift> shifts = shifts("2027-10-01", "2027-10-31");
        List<EngineMember> three = List.of(
                EngineMember.fullTime(ANA, "Ana"),
                EngineMember.fullTime(BEN, "Ben"),
                EngineMember.fullTime(CEM, "Cem"));
        RotaResult result = ENGINE.solve(new RotaProblem(BERLIN, shifts, three, CoverageRules.defaults()));
        assertThat(result.explanations())
                .contains("October 2027: 3 members (3 FTE) cannot cover 535 h of promised cover "
                        + "within 160 h a month each (FTE-scaled): at least 4 full-time members needed");
        List<EngineMember> four = new java.util.ArrayList<>(three);
        four.add(EngineMember.fullTime(DORA, "Dora"));
        RotaResult enough = ENGINE.solve(new RotaProblem(BERLIN, shifts, four, CoverageRules.defaults()));
        assertThat(enough.explanations()).noneMatch(line -> line.contains("cannot cover"));
        assertThat(enough.fairness())
                .allSatisfy(member -> assertThat(member.load()).isPositive());
    }

    @Test
    void unknownPinnedMemberIsRejected() {
        List<PlannedShift> shifts = shifts("2027-03-01", "2027-03-02");
        assertThatThrownBy(() -> ENGINE.solve(new RotaProblem(
                        BERLIN,
                        shifts,
                        List.of(EngineMember.fullTime(ANA, "Ana")),
                        CoverageRules.defaults(),
                        Map.of(shifts.get(0).key(), ZOE),
                        Map.of())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("member 99");
    }
}
