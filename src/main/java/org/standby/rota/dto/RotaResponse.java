package org.standby.rota.dto;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.standby.rota.RotaStatus;

@Schema(
        name = "RotaResponse",
        description = "gaps counts the shifts nobody could take (see their gapReason); "
                + "warnings name what the plan rests on that may be wrong (dates without a school calendar)")
public record RotaResponse(
        long id,
        long teamId,
        String name,
        LocalDate from,
        LocalDate to,
        RotaStatus status,
        long version,
        int shifts,
        int gaps,
        List<RotaWarning> warnings) {}
