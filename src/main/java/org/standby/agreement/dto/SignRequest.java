package org.standby.agreement.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgreementSignRequest", description = "who signed the proposed agreement for leadership")
public record SignRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "M. Weber, Head of School")
        String signedBy,

        @Size(max = 2000) @Schema(description = "what leadership said, e.g. a condition")
        String note) {}
