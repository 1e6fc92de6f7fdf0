package org.standby.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.standby.calendar.DayType;
import org.standby.common.InvalidFieldException;
import org.standby.common.ProblemResponse.FieldError;

class PolicyValidatorTest {

    private static final LocalTime EVENING = LocalTime.of(18, 0);
    private static final LocalTime MORNING = LocalTime.of(8, 0);

    private static List<String> fieldsOf(CoveragePolicy policy) {
        InvalidFieldException e =
                catchThrowableOfType(InvalidFieldException.class, () -> PolicyValidator.validate(policy));
        assertThat(e).as("expected the policy to be rejected").isNotNull();
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void defaultPolicyIsValid() {
        assertThatCode(() -> PolicyValidator.validate(CoveragePolicy.defaultPolicy()))
                .doesNotThrowAnyException();
    }

    @Test
    void everyProblemIsReportedWithItsField() {
        CoveragePolicy policy = new CoveragePolicy(
                List.of(
                        new ShiftTemplate("Night", Set.of(DayType.TERM), EVENING, MORNING, 1, 0),
                        new ShiftTemplate(" ", Set.of(DayType.WEEKEND), MORNING, MORNING, -1, 1),
                        new ShiftTemplate("Nothing", Set.of(), MORNING, EVENING, 1, 1)),
                new CoverageRules(-1, 0, 1000));
        assertThat(fieldsOf(policy))
                .containsExactly(
                        "shifts[0].headcount",
                        "shifts[1].name",
                        "shifts[1].weight",
                        "shifts[2].dayTypes",
                        "rules.minRestHours",
                        "rules.maxConsecutiveDays",
                        "rules.maxShiftsPerWeek");
    }

    @Test
    void overlappingTemplatesOnTheSameDayTypeAreRejected() {
        CoveragePolicy policy = new CoveragePolicy(
                List.of(
                        new ShiftTemplate("Night", Set.of(DayType.TERM, DayType.BREAK), EVENING, MORNING, 1, 1),
                        new ShiftTemplate(
                                "Evening", Set.of(DayType.BREAK), LocalTime.of(16, 0), LocalTime.of(20, 0), 1, 1)),
                CoverageRules.defaults());
        assertThat(fieldsOf(policy)).containsExactly("shifts[1]");
    }

    @Test
    void overnightShiftOverlapsAnEarlyShiftOfTheNextDayOfTheSameType() {
        CoveragePolicy policy = new CoveragePolicy(
                List.of(
                        new ShiftTemplate("Night", Set.of(DayType.TERM), EVENING, MORNING, 1, 1),
                        new ShiftTemplate("Early", Set.of(DayType.TERM), LocalTime.of(6, 0), LocalTime.of(9, 0), 1, 1)),
                CoverageRules.defaults());
        assertThat(fieldsOf(policy)).containsExactly("shifts[1]");
    }

    @Test
    void fullDayTemplateOverlapsAnythingOfTheSameType() {
        CoveragePolicy policy = new CoveragePolicy(
                List.of(
                        new ShiftTemplate("Day", Set.of(DayType.WEEKEND), MORNING, MORNING, 2, 1),
                        new ShiftTemplate("Lunch", Set.of(DayType.WEEKEND), LocalTime.NOON, LocalTime.of(13, 0), 1, 1)),
                CoverageRules.defaults());
        assertThat(fieldsOf(policy)).containsExactly("shifts[1]");
    }

    @Test
    void adjacentTemplatesAndDifferentDayTypesMayShareTimes() {
        CoveragePolicy policy = new CoveragePolicy(
                List.of(
                        new ShiftTemplate("Day", Set.of(DayType.TERM), MORNING, EVENING, 1, 1),
                        new ShiftTemplate("Night", Set.of(DayType.TERM), EVENING, MORNING, 1, 1),
                        new ShiftTemplate("Weekend", Set.of(DayType.WEEKEND), MORNING, MORNING, 2, 1)),
                CoverageRules.defaults());
        assertThatCode(() -> PolicyValidator.validate(policy)).doesNotThrowAnyException();
    }

    @Test
    void missingTimesRulesAndDuplicateNamesAreReported() {
        CoveragePolicy policy = new CoveragePolicy(
                List.of(
                        new ShiftTemplate("Night", Set.of(DayType.TERM), null, MORNING, 1, 1),
                        new ShiftTemplate("Night", Set.of(DayType.WEEKEND), MORNING, null, 1, 1)),
                null);
        assertThat(fieldsOf(policy)).containsExactly("shifts[0].start", "shifts[1].name", "shifts[1].end", "rules");
    }

    @Test
    void emptyPolicyIsRejected() {
        assertThat(fieldsOf(new CoveragePolicy(List.of(), CoverageRules.defaults())))
                .containsExactly("shifts");
    }
}
