package org.standby.calendar.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RegionResponse")
public record RegionResponse(
        @Schema(examples = "DE-HE") String code,
        @Schema(examples = "Germany / Hesse") String name) {}
