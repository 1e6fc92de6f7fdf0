package org.standby.feed.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.standby.feed.FeedKind;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "FeedResponse", description = "url carries the secret token and is shown only when the feed is made")
public record FeedResponse(
        long id,
        String url,
        FeedKind kind,
        long teamId,
        Long memberId,
        List<Integer> alarmMinutes,
        Instant createdAt,
        Instant lastAccessAt) {}
