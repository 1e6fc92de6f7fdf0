package org.standby.calendar.dto;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.standby.calendar.DayOverrideKind;

@Schema(name = "DayOverrideResponse")
public record DayOverrideResponse(long id, LocalDate date, DayOverrideKind kind, String name) {}
