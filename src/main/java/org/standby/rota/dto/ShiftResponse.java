package org.standby.rota.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.standby.calendar.DayType;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ShiftResponse", description = "start and end carry the team's offset; hours are real elapsed hours")
public record ShiftResponse(
        long id,
        long rotaId,
        OffsetDateTime start,
        OffsetDateTime end,
        LocalDate date,
        String name,
        DayType dayType,
        double weight,
        Long memberId,
        double hours,
        int sequence,
        String gapReason) {}
