package org.standby.agreement.dto;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.standby.agreement.OptionKind;
import org.standby.calendar.DayType;

@Schema(
        name = "AgreementOptionsRequest",
        description = "options to compare with the agreement (version: the "
                + "signed one, else the latest) over from..to; each is a what-if, nothing is stored")
public record OptionsRequest(
        @PositiveOrZero Integer version,
        @NotNull LocalDate from,
        @NotNull LocalDate to,

        @Schema(description = "first day of the one-member-away test; default from")
        LocalDate awayFrom,

        @Schema(description = "last day of it; default to") LocalDate awayTo,
        @NotEmpty @Size(max = 8) List<@NotNull @Valid Option> options) {

    @Schema(
            name = "AgreementOption",
            description =
                    "DROP_PROMISE (dayType, service or every "
                            + "service: cover NONE), SHORTEN_PROMISE (dayType, start, end, service or every service: HOURS), MOVE_TO_VENDOR (service, vendor: every team promise VENDOR), "
                            + "ADD_PART_TIMER (name, fte), PAY_WEEKENDS (payPerHour: weekend and holiday standby paid, no time off)")
    public record Option(
            @NotNull OptionKind kind,
            @Size(max = 100) String service,
            DayType dayType,

            @JsonFormat(pattern = "HH:mm")
            @JsonDeserialize(using = HourMinute.class)
            @Schema(type = SchemaType.STRING, examples = "07:00")
            LocalTime start,

            @JsonFormat(pattern = "HH:mm")
            @JsonDeserialize(using = HourMinute.class)
            @Schema(type = SchemaType.STRING, examples = "22:00")
            LocalTime end,

            @Size(max = 200) String vendor,
            @Size(max = 100) String name,
            @DecimalMin("0.05") @DecimalMax("1.0") BigDecimal fte,
            @PositiveOrZero @DecimalMax("10000") Double payPerHour) {}
}
