package org.standby.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.standby.support.Api.as;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standby.support.TeamFixture;

/** Issue 17: writing the noted accesses never drops an access noted while the write ran. */
@QuarkusTest
class FeedLastAccessTest {

    @Inject
    FeedLastAccess lastAccess;

    @Test
    void anAccessNotedDuringTheWriteIsKeptForTheNextFlush() {
        TeamFixture team = TeamFixture.create();
        long feedId = as(team.member)
                .post("/api/members/" + team.memberId + "/feeds")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        Instant first = Instant.parse("2030-05-01T10:00:00Z");
        Instant newer = Instant.parse("2030-05-01T10:00:07Z");
        lastAccess.record(feedId, first);
        Map<Long, Instant> snapshot = Map.of(feedId, first);
        // a poll arrives after the flush took its snapshot and before it forgot the written notes
        lastAccess.record(feedId, newer);
        lastAccess.write(snapshot);

        assertThat(stored(feedId)).isEqualTo(first);
        assertThat(lastAccess.latest(feedId, stored(feedId))).as("still noted").isEqualTo(newer);
        lastAccess.flush();
        assertThat(stored(feedId)).isEqualTo(newer);
    }

    private static Instant stored(long feedId) {
        return QuarkusTransaction.requiringNew().call(() -> Feed.<Feed>findById(feedId).lastAccessAt);
    }
}
