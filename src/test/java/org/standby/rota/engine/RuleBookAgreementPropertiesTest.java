package org.standby.rota.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import org.standby.calendar.DayType;
import org.standby.policy.PlannedShift;
import org.standby.policy.rules.Rule;
import org.standby.policy.rules.RuleBook;
import org.standby.rota.engine.support.Slots;

/**
 * The rule book and the solver's constraints are one set of rules: on random schedules (random rules per member,
 * leave, active windows, shifts of 1 to 24 h at any hour, across the spring DST change, two slots of one shift,
 * gaps), each hard constraint's penalty equals the sum of the rule book's breach penalties for its {@link Rule}.
 * So the rule book finds a breach exactly when the hard score has one, and measures it the same.
 */
class RuleBookAgreementPropertiesTest {

    private static final LocalDate FIRST = LocalDate.of(2027, 3, 22); // a Monday; DST starts 28 March in Berlin

    private static final Map<Rule, BiFunction<RotaConstraintProvider, ConstraintFactory, Constraint>> CONSTRAINTS =
            new EnumMap<>(Map.of(
                    Rule.UNPLUGGED, RotaConstraintProvider::keepUnpluggedTime,
                    Rule.INACTIVE, RotaConstraintProvider::onlyWhileActive,
                    Rule.ON_LEAVE, RotaConstraintProvider::noShiftDuringLeave,
                    Rule.OVERLAP, RotaConstraintProvider::noOverlap,
                    Rule.MIN_REST, RotaConstraintProvider::minimumRest,
                    Rule.MAX_CONSECUTIVE_DAYS, RotaConstraintProvider::maxConsecutiveDays,
                    Rule.MAX_SHIFTS_PER_WEEK, RotaConstraintProvider::maxShiftsPerWeek));

    private final ConstraintVerifier<RotaConstraintProvider, RotaSolution> verifier =
            ConstraintVerifier.build(new RotaConstraintProvider(), RotaSolution.class, ShiftSlot.class);

    @Property(tries = 200, shrinking = ShrinkingMode.OFF)
    void everyHardConstraintPenalisesExactlyTheRuleBooksBreaches(@ForAll long seed) {
        Random random = new Random(seed);
        List<RotaMember> members = new ArrayList<>();
        int teamSize = 1 + random.nextInt(3);
        for (int m = 0; m < teamSize; m++) {
            Slots.MemberBuilder builder = Slots.member(m, "m" + m)
                    .rules(
                            new int[] {0, 8, 10, 11, 24, 72}[random.nextInt(6)],
                            1 + random.nextInt(4),
                            1 + random.nextInt(5));
            if (random.nextInt(3) == 0) {
                builder.active(
                        random.nextBoolean()
                                ? FIRST.plusDays(random.nextInt(10)).toString()
                                : null,
                        random.nextBoolean()
                                ? FIRST.plusDays(5 + random.nextInt(15)).toString()
                                : null);
            }
            for (int l = random.nextInt(3); l > 0; l--) {
                LocalDate start = FIRST.plusDays(random.nextInt(18));
                builder.leave(
                        start.atStartOfDay(Slots.ZONE).toInstant().plusSeconds(random.nextInt(86_400)),
                        start.plusDays(random.nextInt(4))
                                .atStartOfDay(Slots.ZONE)
                                .toInstant()
                                .plusSeconds(86_400 + random.nextInt(86_400)));
            }
            members.add(builder.build());
        }
        // unplugged time: the three weekends of the span (overlap) and its three weeks (by start), some kept free
        List<RestGroup> restGroups = List.of(
                new RestGroup(new org.standby.policy.rules.RestWindows.Group(
                        org.standby.policy.rules.RestWindows.Kind.FREE_WEEKENDS,
                        "weekends",
                        windows(5, false),
                        random.nextInt(4))),
                new RestGroup(new org.standby.policy.rules.RestWindows.Group(
                        org.standby.policy.rules.RestWindows.Kind.FREE_WEEK_IN_BREAK,
                        "weeks",
                        windows(0, true),
                        random.nextInt(2))));
        List<ShiftSlot> slots = new ArrayList<>();
        int shifts = random.nextInt(40);
        for (int s = 0; s < shifts; s++) {
            LocalDate date = FIRST.plusDays(random.nextInt(21));
            LocalTime start = LocalTime.of(random.nextInt(24), random.nextInt(4) * 15);
            LocalTime end = start.plusMinutes(60L * (1 + random.nextInt(23)) + random.nextInt(60));
            int headcount = random.nextInt(5) == 0 ? 2 : 1;
            for (int slot = 0; slot < headcount; slot++) {
                PlannedShift planned = Slots.planned(date.toString(), "S" + s, DayType.TERM, start, end, 1, slot);
                RotaMember member = random.nextInt(8) == 0 ? null : members.get(random.nextInt(teamSize));
                ShiftSlot shiftSlot = new ShiftSlot(Slots.ZONE, planned, false, null, member);
                shiftSlot.setRestWindows(
                        RestGroup.windowsOf(restGroups, shiftSlot.getStartSecond(), shiftSlot.getEndSecond()));
                slots.add(shiftSlot);
            }
        }
        Map<Rule, Long> expected = new EnumMap<>(Rule.class);
        for (Rule rule : Rule.values()) {
            expected.put(rule, 0L);
        }
        for (RotaMember member : members) {
            List<RuleBook.Duty> duties = slots.stream()
                    .filter(slot -> slot.getMember() == member)
                    .map(ShiftSlot::getDuty)
                    .toList();
            for (RuleBook.Breach breach : RuleBook.breaches(member.getLimits(), member.getAvailability(), duties)) {
                expected.merge(breach.rule(), breach.penalty(), Long::sum);
            }
            // unplugged: per group, the windows any of the member's shifts touches beyond those it may touch
            for (RestGroup group : restGroups) {
                long touched = group.group.windows().stream()
                        .filter(window -> slots.stream()
                                .filter(slot -> slot.getMember() == member)
                                .anyMatch(slot -> window.touchedBy(slot.getStartSecond(), slot.getEndSecond())))
                        .count();
                expected.merge(Rule.UNPLUGGED, Math.max(0, touched - group.mayTouch), Long::sum);
            }
        }
        Object[] facts = new Object[members.size() + slots.size()];
        for (int i = 0; i < members.size(); i++) {
            facts[i] = members.get(i);
        }
        for (int i = 0; i < slots.size(); i++) {
            facts[members.size() + i] = slots.get(i);
        }
        assertThat(CONSTRAINTS).containsOnlyKeys(Rule.values());
        for (Rule rule : Rule.values()) {
            verifier.verifyThat(CONSTRAINTS.get(rule)).given(facts).penalizesBy(expected.get(rule));
        }
    }

    /** Three windows from {@code FIRST + firstDay}, each a week apart: two days long (weekends) or seven (weeks). */
    private static List<org.standby.policy.rules.RestWindows.Window> windows(int firstDay, boolean weeks) {
        List<org.standby.policy.rules.RestWindows.Window> windows = new ArrayList<>();
        for (int w = 0; w < 3; w++) {
            LocalDate start = FIRST.plusDays(firstDay + 7L * w);
            windows.add(new org.standby.policy.rules.RestWindows.Window(
                    start.atStartOfDay(Slots.ZONE).toEpochSecond(),
                    start.plusDays(weeks ? 7 : 2).atStartOfDay(Slots.ZONE).toEpochSecond(),
                    weeks));
        }
        return windows;
    }
}
