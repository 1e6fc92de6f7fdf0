package org.standby.team.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "MemberResponse", description = "email and phone are left out for viewers")
public record MemberResponse(
        long id,
        long teamId,
        String name,
        String email,
        String phone,
        BigDecimal fte,
        LocalDate activeFrom,
        LocalDate activeUntil,
        String username,

        @Schema(description = "the stored version, also the ETag; send it back as If-Match to change the member")
        long version) {}
