package org.standby.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When a held message reaches a member: working mornings, weekends, leave, rest, on duty, DST nights. */
class QuietTimeTest {

    private static final QuietTime.Rules RULES =
            new QuietTime.Rules(LocalTime.of(8, 0), LocalTime.of(18, 0), Duration.ofHours(11));

    @ParameterizedTest(name = "{0}: {2} -> {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                | zone             | decided                   | leave                 | shift                                               | released
            working hours, released at once        | Europe/Berlin    | 2027-01-13T10:00+01:00    |                       |                                                     | 2027-01-13T10:00+01:00
            evening, next morning                  | Europe/Berlin    | 2027-01-13T19:00+01:00    |                       |                                                     | 2027-01-14T08:00+01:00
            early morning, same morning            | Europe/Berlin    | 2027-01-13T06:30+01:00    |                       |                                                     | 2027-01-13T08:00+01:00
            Friday evening, Monday morning         | Europe/Berlin    | 2027-01-15T18:00+01:00    |                       |                                                     | 2027-01-18T08:00+01:00
            on leave, morning after the leave      | Europe/Berlin    | 2027-02-02T10:00+01:00    | 2027-02-01/2027-02-05 |                                                     | 2027-02-08T08:00+01:00
            leave ends Tuesday, Wednesday morning  | Europe/Berlin    | 2027-02-01T12:00+01:00    | 2027-02-01/2027-02-02 |                                                     | 2027-02-03T08:00+01:00
            on duty at night, at once              | Europe/Berlin    | 2027-01-13T23:00+01:00    |                       | 2027-01-13T18:00+01:00/2027-01-14T08:00+01:00       | 2027-01-13T23:00+01:00
            resting after a night, rest ends 19:00 | Europe/Berlin    | 2027-01-14T09:00+01:00    |                       | 2027-01-13T18:00+01:00/2027-01-14T08:00+01:00       | 2027-01-15T08:00+01:00
            resting, rest ends at noon             | Europe/Berlin    | 2027-01-14T09:00+01:00    |                       | 2027-01-13T16:00+01:00/2027-01-14T01:00+01:00       | 2027-01-14T12:00+01:00
            DST spring: Friday night to Monday     | Europe/Berlin    | 2027-03-26T20:00+01:00    |                       |                                                     | 2027-03-29T08:00+02:00
            DST autumn: Friday night to Monday     | Europe/Berlin    | 2027-10-29T20:00+02:00    |                       |                                                     | 2027-11-01T08:00+01:00
            New York DST spring                    | America/New_York | 2027-03-12T22:00-05:00    |                       |                                                     | 2027-03-15T08:00-04:00
            leap day on leave                      | Europe/Berlin    | 2028-02-28T20:00+01:00    | 2028-02-29/2028-02-29 |                                                     | 2028-03-01T08:00+01:00
            year end                               | Europe/Berlin    | 2027-12-31T19:00+01:00    |                       |                                                     | 2028-01-03T08:00+01:00
            """)
    void heldUntilTheMemberIsReachable(
            String name, String zone, String decided, String leave, String shift, String released) {
        Predicate<LocalDate> onLeave = date -> false;
        if (leave != null) {
            LocalDate from = LocalDate.parse(leave.split("/")[0]);
            LocalDate to = LocalDate.parse(leave.split("/")[1]);
            onLeave = date -> !date.isBefore(from) && !date.isAfter(to);
        }
        List<QuietTime.Busy> shifts = shift == null
                ? List.of()
                : List.of(new QuietTime.Busy(
                        OffsetDateTime.parse(shift.split("/")[0]).toInstant(),
                        OffsetDateTime.parse(shift.split("/")[1]).toInstant()));
        Instant result =
                QuietTime.release(OffsetDateTime.parse(decided).toInstant(), ZoneId.of(zone), RULES, onLeave, shifts);
        assertThat(result).as(name).isEqualTo(OffsetDateTime.parse(released).toInstant());
    }
}
