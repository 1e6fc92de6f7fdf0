package org.standby.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A cached feed is current until the next midnight of the team's zone, DST nights included. */
class FeedCacheValidityTest {

    @ParameterizedTest(name = "{0} in {1} -> {2}")
    @CsvSource({
        "2026-06-10T12:00:00Z, Europe/Berlin, 2026-06-10T22:00:00Z",
        "2026-06-10T21:59:59Z, Europe/Berlin, 2026-06-10T22:00:00Z",
        "2026-06-10T22:00:00Z, Europe/Berlin, 2026-06-11T22:00:00Z",
        "2026-03-28T23:30:00Z, Europe/Berlin, 2026-03-29T22:00:00Z",
        "2026-10-24T22:30:00Z, Europe/Berlin, 2026-10-25T23:00:00Z",
        "2026-11-01T03:59:59Z, America/New_York, 2026-11-01T04:00:00Z",
        "2026-11-01T04:00:00Z, America/New_York, 2026-11-02T05:00:00Z",
        "2026-06-10T23:59:59Z, UTC, 2026-06-11T00:00:00Z"
    })
    void validUntilTheNextLocalMidnight(Instant renderedAt, String zone, Instant expected) {
        assertThat(FeedCache.validUntil(renderedAt, ZoneId.of(zone))).isEqualTo(expected);
    }
}
