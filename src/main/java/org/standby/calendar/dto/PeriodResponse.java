package org.standby.calendar.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.standby.calendar.PeriodKind;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "PeriodResponse", description = "a school period, end inclusive; id is absent in a dry run")
public record PeriodResponse(Long id, String name, PeriodKind kind, LocalDate start, LocalDate end) {}
