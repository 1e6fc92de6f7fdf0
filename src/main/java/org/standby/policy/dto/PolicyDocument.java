package org.standby.policy.dto;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.standby.calendar.DayType;
import org.standby.policy.CompensationMode;
import org.standby.policy.CompensationRules;
import org.standby.policy.CoveragePolicy;
import org.standby.policy.CoverageRules;
import org.standby.policy.ShiftTemplate;
import org.standby.policy.UnpluggedRules;

/**
 * A coverage policy as clients read and write it: {@code {shifts: [...], rules: {...}, compensation: {...}}}. A shift
 * whose end is not after its start ends on the next day; 08:00-08:00 is a whole day. {@code compensation} is
 * optional: absent (as in policies stored before it existed) it is {@link CompensationRules#defaults()}.
 */
@Schema(name = "Policy")
public record PolicyDocument(
        @NotEmpty List<@NotNull @Valid Shift> shifts,
        @NotNull @Valid Rules rules,

        @Valid @Schema(description = "what standby and call-outs earn; the documented defaults when absent")
        Compensation compensation,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Valid @Schema(description = "rest every member is guaranteed, " + "set by a signed coverage agreement; absent: none")
        Unplugged unplugged,

        @JsonInclude(JsonInclude.Include.NON_NULL)
        @PositiveOrZero @Schema(
                description = "how many times the policy was saved (0: the default); the ETag of GET. Sent back "
                        + "on PUT (or as If-Match), a policy saved meanwhile by someone else is not overwritten (409)")
        Long version) {

    /** A document with the default compensation. */
    public PolicyDocument(List<Shift> shifts, Rules rules) {
        this(shifts, rules, null, null, null);
    }

    /** A document without a version. */
    public PolicyDocument(List<Shift> shifts, Rules rules, Compensation compensation) {
        this(shifts, rules, compensation, null, null);
    }

    /** A document without unplugged rules. */
    public PolicyDocument(List<Shift> shifts, Rules rules, Compensation compensation, Long version) {
        this(shifts, rules, compensation, null, version);
    }

    /** This document as of the given version. */
    public PolicyDocument withVersion(Long newVersion) {
        return new PolicyDocument(shifts, rules, compensation, unplugged, newVersion);
    }

    @Schema(
            name = "PolicyUnplugged",
            description = "at least freeWeekendsPerMonth on-call-free weekends a month per "
                    + "member; one on-call-free week in every break and in summer when freeWeekInEveryBreak")
    public record Unplugged(
            @NotNull @PositiveOrZero @Max(5) Integer freeWeekendsPerMonth,
            @NotNull Boolean freeWeekInEveryBreak) {}

    @Schema(name = "PolicyShift")
    public record Shift(
            @NotNull String name,
            @NotEmpty List<@NotNull DayType> dayTypes,

            @NotNull @JsonFormat(pattern = "HH:mm") @Schema(type = SchemaType.STRING, examples = "18:00")
            LocalTime start,

            @NotNull @JsonFormat(pattern = "HH:mm") @Schema(type = SchemaType.STRING, examples = "08:00")
            LocalTime end,

            @NotNull @Schema(description = "load of one shift; a weeknight is 1")
            Double weight,

            @Schema(description = "people on call at once, default 1")
            Integer headcount) {}

    @Schema(name = "PolicyRules")
    public record Rules(
            @NotNull Integer minRestHours,
            @NotNull Integer maxConsecutiveDays,
            @NotNull Integer maxShiftsPerWeek) {}

    @Schema(
            name = "PolicyCompensation",
            description = "mode TIME_OFF: rates are hours off per standby hour; PAY: "
                    + "an amount per standby hour. A call-out counts max(minutes, calloutMinimumMinutes) x calloutMultiplier. "
                    + "Absent fields take the defaults (TIME_OFF; TERM, BREAK, SUMMER 0.125, WEEKEND 0.25, PUBLIC_HOLIDAY 0.5; "
                    + "x1.5; 60 minutes; no call-out pay)")
    public record Compensation(
            CompensationMode mode,

            @Valid @Schema(description = "per day type of the shift; a day type left out earns 0")
            StandbyRates standbyRates,

            @PositiveOrZero @DecimalMax("10") Double calloutMultiplier,
            @PositiveOrZero @Max(24 * 60) Integer calloutMinimumMinutes,

            @PositiveOrZero @DecimalMax("10000") @Schema(description = "PAY mode: amount per counted call-out hour")
            Double calloutPayPerHour) {}

    /**
     * Standby rates by day type; an unknown day type is refused as an unknown property. The components carry the
     * day types' names so that validation errors name the field as clients write it
     * ({@code compensation.standbyRates.TERM}).
     */
    @Schema(name = "PolicyStandbyRates")
    @SuppressWarnings("java:S116")
    public record StandbyRates(
            @JsonProperty("PUBLIC_HOLIDAY") @PositiveOrZero @DecimalMax("10000") Double PUBLIC_HOLIDAY,

            @JsonProperty("WEEKEND") @PositiveOrZero @DecimalMax("10000") Double WEEKEND,

            @JsonProperty("SUMMER") @PositiveOrZero @DecimalMax("10000") Double SUMMER,

            @JsonProperty("BREAK") @PositiveOrZero @DecimalMax("10000") Double BREAK,

            @JsonProperty("TERM") @PositiveOrZero @DecimalMax("10000") Double TERM) {

        Map<DayType, Double> toMap() {
            Map<DayType, Double> map = new EnumMap<>(DayType.class);
            map.put(DayType.PUBLIC_HOLIDAY, PUBLIC_HOLIDAY);
            map.put(DayType.WEEKEND, WEEKEND);
            map.put(DayType.SUMMER, SUMMER);
            map.put(DayType.BREAK, BREAK);
            map.put(DayType.TERM, TERM);
            return map;
        }

        static StandbyRates of(Map<DayType, Double> rates) {
            return new StandbyRates(
                    rates.get(DayType.PUBLIC_HOLIDAY),
                    rates.get(DayType.WEEKEND),
                    rates.get(DayType.SUMMER),
                    rates.get(DayType.BREAK),
                    rates.get(DayType.TERM));
        }
    }

    /** The compensation rules of this document: the defaults for every field it leaves out. */
    public CompensationRules toCompensation() {
        if (compensation == null) {
            return CompensationRules.defaults();
        }
        CompensationRules defaults = CompensationRules.defaults();
        Compensation c = compensation;
        return new CompensationRules(
                c.mode() == null ? defaults.mode() : c.mode(),
                c.standbyRates() == null
                        ? defaults.standbyRates()
                        : c.standbyRates().toMap(),
                c.calloutMultiplier() == null ? defaults.calloutMultiplier() : c.calloutMultiplier(),
                c.calloutMinimumMinutes() == null ? defaults.calloutMinimumMinutes() : c.calloutMinimumMinutes(),
                c.calloutPayPerHour() == null ? defaults.calloutPayPerHour() : c.calloutPayPerHour());
    }

    public CoveragePolicy toPolicy() {
        return new CoveragePolicy(
                shifts.stream()
                        .map(s -> new ShiftTemplate(
                                s.name() == null ? null : s.name().strip(),
                                new LinkedHashSet<>(s.dayTypes()),
                                s.start(),
                                s.end(),
                                s.weight(),
                                s.headcount() == null ? 1 : s.headcount()))
                        .toList(),
                new CoverageRules(rules.minRestHours(), rules.maxConsecutiveDays(), rules.maxShiftsPerWeek()),
                toCompensation(),
                unplugged == null
                        ? null
                        : new UnpluggedRules(unplugged.freeWeekendsPerMonth(), unplugged.freeWeekInEveryBreak()));
    }

    public static PolicyDocument of(CoveragePolicy policy) {
        return new PolicyDocument(
                policy.shifts().stream()
                        .map(t -> new Shift(
                                t.name(),
                                t.dayTypes().stream().sorted().toList(),
                                t.start(),
                                t.end(),
                                t.weight(),
                                t.headcount()))
                        .toList(),
                new Rules(
                        policy.rules().minRestHours(),
                        policy.rules().maxConsecutiveDays(),
                        policy.rules().maxShiftsPerWeek()),
                compensationOf(policy.compensation()),
                policy.unplugged() == null
                        ? null
                        : new Unplugged(
                                policy.unplugged().freeWeekendsPerMonth(),
                                policy.unplugged().freeWeekInEveryBreak()),
                null);
    }

    private static Compensation compensationOf(CompensationRules rules) {
        return new Compensation(
                rules.mode(),
                StandbyRates.of(rules.standbyRates()),
                rules.calloutMultiplier(),
                rules.calloutMinimumMinutes(),
                rules.calloutPayPerHour());
    }
}
