package org.standby.calendar.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HolidayResponse")
public record HolidayResponse(
        LocalDate date, @Schema(examples = "Corpus Christi") String name) {}
