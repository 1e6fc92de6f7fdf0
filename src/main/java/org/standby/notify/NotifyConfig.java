package org.standby.notify;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

/** Settings of notifications, prefix {@code standby.notify} (README "Configuration", docs/notifications.md). */
@ConfigMapping(prefix = "standby.notify")
public interface NotifyConfig {

    /** Sender address of e-mails (also the ORGANIZER of calendar invitations). */
    @WithDefault("standby@localhost")
    String from();

    /** Address of Standby's web front for links in messages (the inbox); default: the public URL or localhost. */
    @WithDefault("http://localhost:8080")
    String linkBase();

    /** Reminder lead times of a person who has not chosen any. */
    @WithDefault("PT24H,PT1H")
    List<Duration> defaultLeadTimes();

    /** Deliveries tried before a message is reported as failed. */
    @WithDefault("5")
    int maxAttempts();

    /** Wait before the first retry; doubled for every further one. */
    @WithDefault("PT1M")
    Duration firstRetry();

    /** Longest wait between two retries. */
    @WithDefault("PT1H")
    Duration maxRetry();

    /** Local time (team's zone) from which the daily look-ahead, digest and rota-end notice are sent. */
    @WithDefault("07:00")
    LocalTime dailyAt();

    /** Days the daily look-ahead searches for gaps. */
    @WithDefault("14")
    int lookAheadDays();

    /** Directors are told when the last published rota ends within this many weeks. */
    @WithDefault("4")
    int rotaEndWarningWeeks();

    /** Start of a working day, team's local time: held messages are released then ("working morning"). */
    @WithDefault("08:00")
    LocalTime workingDayStart();

    /** End of a working day: a member is off duty after it until the next working morning. */
    @WithDefault("18:00")
    LocalTime workingDayEnd();

    /** Rest after a shift during which a member gets nothing non-urgent. */
    @WithDefault("PT11H")
    Duration rest();

    /** How long before a hand-over the incoming and outgoing members are told. */
    @WithDefault("PT1H")
    Duration handoverNotice();

    /** Gaps starting within this time are urgent: sent to directors at once, at any hour. */
    @WithDefault("PT24H")
    Duration urgentWithin();

    /** How often the Quartz job delivers the outbox ({@code off}: never, the tests call it themselves). */
    @WithDefault("30s")
    String dispatchEvery();

    /** How often the Quartz job plans timed messages ({@code off}: never). */
    @WithDefault("60s")
    String planEvery();

    /** Timeout of one webhook POST or SMTP delivery. */
    @WithDefault("PT10S")
    Duration deliveryTimeout();
}
