package org.standby.compensation.dto;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TimeOffResponse")
public record TimeOffResponse(
        long id, long memberId, LocalDate date, BigDecimal hours, String note, String recordedBy, Instant recordedAt) {}
