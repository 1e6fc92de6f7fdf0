package org.standby.policy.dto;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.standby.calendar.DayType;
import org.standby.policy.CoveragePolicy;
import org.standby.policy.CoverageRules;
import org.standby.policy.ShiftTemplate;

/**
 * A coverage policy as clients read and write it: {@code {shifts: [...], rules: {...}}}. A shift whose end is
 * not after its start ends on the next day; 08:00-08:00 is a whole day.
 */
@Schema(name = "Policy")
public record PolicyDocument(@NotEmpty @Valid List<Shift> shifts, @NotNull @Valid Rules rules) {

    @Schema(name = "PolicyShift")
    public record Shift(
            @NotNull String name,
            @NotEmpty List<DayType> dayTypes,
            @NotNull @JsonFormat(pattern = "HH:mm") @Schema(type = SchemaType.STRING, examples = "18:00") LocalTime start,
            @NotNull @JsonFormat(pattern = "HH:mm") @Schema(type = SchemaType.STRING, examples = "08:00") LocalTime end,
            @NotNull @Schema(description = "load of one shift; a weeknight is 1") Double weight,
            @Schema(description = "people on call at once, default 1") Integer headcount) {
    }

    @Schema(name = "PolicyRules")
    public record Rules(@NotNull Integer minRestHours, @NotNull Integer maxConsecutiveDays,
            @NotNull Integer maxShiftsPerWeek) {
    }

    public CoveragePolicy toPolicy() {
        return new CoveragePolicy(shifts.stream().map(s -> new ShiftTemplate(s.name() == null ? null : s.name().strip(),
                        new LinkedHashSet<>(s.dayTypes()), s.start(), s.end(), s.weight(),
                        s.headcount() == null ? 1 : s.headcount())).toList(),
                new CoverageRules(rules.minRestHours(), rules.maxConsecutiveDays(), rules.maxShiftsPerWeek()));
    }

    public static PolicyDocument of(CoveragePolicy policy) {
        return new PolicyDocument(policy.shifts().stream().map(t -> new Shift(t.name(),
                        t.dayTypes().stream().sorted().toList(), t.start(), t.end(), t.weight(), t.headcount())).toList(),
                new Rules(policy.rules().minRestHours(), policy.rules().maxConsecutiveDays(),
                        policy.rules().maxShiftsPerWeek()));
    }
}
