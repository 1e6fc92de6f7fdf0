package org.standby.change.dto;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ConsentRequest",
        description = "the asked member's answer to a swap or cover request; the note is "
                + "kept with a decline and in the audit trail")
public record ConsentRequest(@Size(max = 1000) String note) {}
