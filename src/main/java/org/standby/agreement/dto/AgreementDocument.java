package org.standby.agreement.dto;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.standby.agreement.Cover;
import org.standby.agreement.Tier;
import org.standby.calendar.DayType;
import org.standby.policy.dto.PolicyDocument;

/**
 * The content of a coverage agreement: the services register with the promise per day type, the hours the team is
 * at work, the coverage policy the promises are checked against (the team's when absent), the rest rules and the
 * assumptions of the cost estimate.
 */
@Schema(
        name = "AgreementDocument",
        description = "services and their promises, working hours, the policy, the "
                + "unplugged-time rules and the call-out assumptions; every field but services is optional")
public record AgreementDocument(
        @NotNull @Size(max = 50) List<@NotNull @Valid Service> services,

        @Size(max = 10) @Schema(
                description = "when the team is at work (covers promises without anybody on call); "
                        + "default TERM, BREAK and SUMMER days 08:00-18:00")
        List<@NotNull @Valid WorkingHours> workingHours,

        @Valid @Schema(
                description = "the shifts and rules the promises are checked against; the team's policy "
                        + "when absent. Signing adopts the policy the promises imply (see impliedPolicy)")
        PolicyDocument policy,

        @Valid Unplugged unplugged,
        @Valid Assumptions assumptions) {

    @Schema(name = "AgreementService", description = "an IT service the school depends on")
    public record Service(
            @NotBlank @Size(max = 100) String name,

            @Size(max = 100) @Schema(description = "who in the team owns it")
            String owner,

            @NotNull Tier tier,

            @Size(max = 200) @Schema(description = "who outside the team covers it (a vendor contract), if anybody")
            String vendor,

            @NotEmpty @Size(max = 5) List<@NotNull @Valid Promise> promises) {}

    @Schema(
            name = "AgreementPromise",
            description = "the promise for one day type: cover ALWAYS (24 h), HOURS "
                    + "(start-end, end 00:00 is midnight), BEST_EFFORT, VENDOR or NONE, and the response time")
    public record Promise(
            @NotNull DayType dayType,
            @NotNull Cover cover,

            @JsonFormat(pattern = "HH:mm")
            @JsonDeserialize(using = HourMinute.class)
            @Schema(type = SchemaType.STRING, examples = "07:00")
            LocalTime start,

            @JsonFormat(pattern = "HH:mm")
            @JsonDeserialize(using = HourMinute.class)
            @Schema(type = SchemaType.STRING, examples = "18:00")
            LocalTime end,

            @PositiveOrZero @Max(10080) @Schema(description = "minutes until somebody works on it")
            Integer responseMinutes) {}

    @Schema(name = "AgreementWorkingHours", description = "the team is at work start-end on these day types")
    public record WorkingHours(
            @NotEmpty @Size(max = 5) List<@NotNull DayType> dayTypes,

            @NotNull @JsonFormat(pattern = "HH:mm") @Schema(type = SchemaType.STRING, examples = "08:00")
            LocalTime start,

            @NotNull @JsonFormat(pattern = "HH:mm") @Schema(type = SchemaType.STRING, examples = "18:00")
            LocalTime end) {}

    @Schema(
            name = "AgreementUnplugged",
            description = "rest guaranteed to every member: on-call-free weekends "
                    + "per month, and one on-call-free week (Monday to Sunday) in every break and in summer")
    public record Unplugged(@PositiveOrZero @Max(5) Integer freeWeekendsPerMonth, Boolean freeWeekInEveryBreak) {}

    @Schema(
            name = "AgreementAssumptions",
            description = "for the cost estimate: call-outs a month for the team "
                    + "and their real length; default 4 of 45 minutes")
    public record Assumptions(
            @PositiveOrZero @DecimalMax("500") Double calloutsPerMonth,
            @PositiveOrZero @Max(1440) Integer calloutMinutes) {}

    public List<WorkingHours> workingHoursOrDefault() {
        return workingHours == null
                ? List.of(new WorkingHours(
                        List.of(DayType.TERM, DayType.BREAK, DayType.SUMMER), LocalTime.of(8, 0), LocalTime.of(18, 0)))
                : workingHours;
    }

    public Unplugged unpluggedOrDefault() {
        Unplugged u = unplugged == null ? new Unplugged(null, null) : unplugged;
        return new Unplugged(
                u.freeWeekendsPerMonth() == null ? 2 : u.freeWeekendsPerMonth(),
                u.freeWeekInEveryBreak() == null ? Boolean.TRUE : u.freeWeekInEveryBreak());
    }

    public Assumptions assumptionsOrDefault() {
        Assumptions a = assumptions == null ? new Assumptions(null, null) : assumptions;
        return new Assumptions(
                a.calloutsPerMonth() == null ? 4.0 : a.calloutsPerMonth(),
                a.calloutMinutes() == null ? 45 : a.calloutMinutes());
    }

    /** This document with another policy. */
    public AgreementDocument withPolicy(PolicyDocument newPolicy) {
        return new AgreementDocument(services, workingHours, newPolicy, unplugged, assumptions);
    }

    /** This document with other services. */
    public AgreementDocument withServices(List<Service> newServices) {
        return new AgreementDocument(newServices, workingHours, policy, unplugged, assumptions);
    }
}
