package org.standby.notify;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.standby.change.ChangeRequest;
import org.standby.change.ChangeStatus;
import org.standby.compensation.Callout;
import org.standby.compensation.CalloutStatus;
import org.standby.leave.Absence;
import org.standby.leave.AbsenceStatus;
import org.standby.rota.Rota;
import org.standby.rota.RotaStatus;
import org.standby.rota.Shift;
import org.standby.team.Member;
import org.standby.team.Team;

/**
 * Decides the timed messages from the published rotas and the injected clock: reminders before shifts, hand-over
 * notices, and per team once a day (from {@code standby.notify.daily-at} local time) the look-ahead for gaps, the
 * digest of pending decisions and the notice that the published rotas are about to end. Every decision has an
 * idempotency key made of its occurrence, so running this any number of times records each message once.
 */
@ApplicationScoped
public class NotificationPlanner {

    private static final Logger LOG = Logger.getLogger(NotificationPlanner.class);

    @Inject
    Clock clock;

    @Inject
    NotifyConfig config;

    @Inject
    Recipients recipients;

    @Inject
    NotificationOutbox outbox;

    @Inject
    NotificationTriggers triggers;

    /** The Quartz trigger (JDBC store, one node of a cluster at a time). */
    @Scheduled(
            identity = "notify-plan",
            every = "${standby.notify.plan-every:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        plan();
    }

    /** Plans every team at the clock's current instant. */
    public void plan() {
        Instant now = clock.instant();
        List<Long> teams = QuarkusTransaction.requiringNew()
                .call(() -> Team.<Team>listAll().stream().map(t -> t.id).toList());
        for (Long teamId : teams) {
            try {
                QuarkusTransaction.requiringNew().run(() -> planTeam(teamId, now));
            } catch (RuntimeException e) {
                LOG.warnf(e, "planning notifications of team %d failed; tried again next run", teamId);
            }
        }
    }

    void planTeam(long teamId, Instant now) {
        Team team = Team.findById(teamId);
        if (team == null) {
            return;
        }
        reminders(team, now);
        handovers(team, now);
        ZonedDateTime local = now.atZone(team.zone());
        if (!local.toLocalTime().isBefore(config.dailyAt())) {
            LocalDate today = local.toLocalDate();
            lookAhead(team, today, now);
            digest(team, today, now);
            rotaEnding(team, today, now);
        }
    }

    /**
     * Reminders: for each lead time of the member whose moment has come before the shift starts, the latest one
     * (a shift assigned 30 minutes before its start gets no 24-hour reminder). None while the member is on leave.
     */
    private void reminders(Team team, Instant now) {
        ZoneId zone = team.zone();
        Duration longest = longestLeadTime();
        for (Shift shift : publishedShifts(team.id, now, now.plus(longest))) {
            if (shift.memberId == null) {
                continue;
            }
            Recipient recipient = recipients.member(shift.memberId).orElse(null);
            if (recipient == null) {
                continue;
            }
            Duration lead = recipient.leadTimes().stream()
                    .filter(l -> !shift.start.minus(l).isAfter(now))
                    .min(Comparator.naturalOrder())
                    .orElse(null);
            if (lead == null || outbox.onLeave(shift.memberId, now.atZone(zone).toLocalDate())) {
                continue;
            }
            Instant due = shift.start.minus(lead);
            outbox.record(
                    new Draft(
                            team.id,
                            "reminder",
                            "shift:" + shift.id + ":" + shift.start.getEpochSecond() + ":" + lead.toMinutes(),
                            Draft.Urgency.TIMED,
                            due,
                            "[Standby] Reminder: on call from " + Messages.at(shift.start, zone),
                            "You are on call (" + shift.name + ") from " + Messages.at(shift.start, zone) + " to "
                                    + Messages.at(shift.end, zone) + ".",
                            null,
                            null),
                    List.of(recipient));
        }
    }

    /** Hand-over notices to the outgoing and the incoming member, a configurable time before the hand-over. */
    private void handovers(Team team, Instant now) {
        ZoneId zone = team.zone();
        for (Shift incoming : publishedShifts(team.id, now, now.plus(config.handoverNotice()))) {
            if (incoming.memberId == null) {
                continue;
            }
            Shift outgoing = Shift.<Shift>find(
                            "teamId = ?1 and end = ?2 and slot = ?3 and rotaId in "
                                    + "(select r.id from Rota r where r.status = ?4)",
                            team.id,
                            incoming.start,
                            incoming.slot,
                            RotaStatus.PUBLISHED)
                    .firstResult();
            if (outgoing == null || outgoing.memberId == null || outgoing.memberId.equals(incoming.memberId)) {
                continue;
            }
            String inName = Member.<Member>findByIdOptional(incoming.memberId)
                    .map(m -> m.name)
                    .orElse("?");
            String outName = Member.<Member>findByIdOptional(outgoing.memberId)
                    .map(m -> m.name)
                    .orElse("?");
            String when = Messages.at(incoming.start, zone);
            String occurrence = "shift:" + incoming.id + ":" + incoming.sequence + ":" + outgoing.sequence;
            Instant due = incoming.start.minus(config.handoverNotice());
            recipients
                    .member(incoming.memberId)
                    .ifPresent(r -> outbox.record(
                            new Draft(
                                    team.id,
                                    "handover.in",
                                    occurrence,
                                    Draft.Urgency.TIMED,
                                    due,
                                    "[Standby] Hand-over at " + when + ": you take over",
                                    "You take over on-call duty (" + incoming.name + ") from " + outName + " at " + when
                                            + ".",
                                    null,
                                    null),
                            List.of(r)));
            recipients
                    .member(outgoing.memberId)
                    .ifPresent(r -> outbox.record(
                            new Draft(
                                    team.id,
                                    "handover.out",
                                    occurrence,
                                    Draft.Urgency.TIMED,
                                    due,
                                    "[Standby] Hand-over at " + when + ": you hand over",
                                    "You hand on-call duty over to " + inName + " at " + when + ".",
                                    null,
                                    null),
                            List.of(r)));
        }
    }

    /** The daily look-ahead: gaps in the published rotas over the next days. */
    private void lookAhead(Team team, LocalDate today, Instant now) {
        List<Shift> gaps = publishedShifts(team.id, now, now.plus(Duration.ofDays(config.lookAheadDays()))).stream()
                .filter(s -> s.memberId == null)
                .toList();
        if (!gaps.isEmpty()) {
            triggers.gapMessage(
                    team,
                    "gap.look-ahead",
                    "team:" + team.id + ":" + today,
                    gaps.size() + " shift(s) in the next " + config.lookAheadDays() + " days have nobody on call",
                    gaps);
        }
    }

    /** The daily digest of everything that waits for a director's decision. */
    private void digest(Team team, LocalDate today, Instant now) {
        long changes = ChangeRequest.count("teamId = ?1 and status = ?2", team.id, ChangeStatus.PENDING);
        long leave = Absence.count("teamId = ?1 and status = ?2", team.id, AbsenceStatus.REQUESTED);
        long callouts = Callout.count("teamId = ?1 and status = ?2", team.id, CalloutStatus.PENDING);
        if (changes + leave + callouts == 0) {
            return;
        }
        triggers.toDirectors(new Draft(
                team.id,
                "digest",
                "team:" + team.id + ":" + today,
                Draft.Urgency.TIMED,
                now,
                "[Standby] " + (changes + leave + callouts) + " decision(s) wait for you (" + team.name + ")",
                "Waiting for a decision:\n- change requests: " + changes + "\n- leave requests: " + leave
                        + "\n- call-outs: " + callouts,
                Messages.link(config.linkBase(), "/api/change-requests?status=PENDING&teamId=" + team.id),
                null));
    }

    /** A notice, once per rota, when the last published rota ends within the configured weeks. */
    private void rotaEnding(Team team, LocalDate today, Instant now) {
        Rota last = Rota.<Rota>find(
                        "teamId = ?1 and status = ?2 order by toDate desc, id desc", team.id, RotaStatus.PUBLISHED)
                .firstResult();
        if (last == null
                || last.toDate.isAfter(today.plusWeeks(config.rotaEndWarningWeeks()))
                || last.toDate.isBefore(today)) {
            return;
        }
        triggers.toDirectors(new Draft(
                team.id,
                "rota.ending",
                "rota:" + last.id + ":" + last.toDate,
                Draft.Urgency.TIMED,
                now,
                "[Standby] The published rotas of " + team.name + " end on " + last.toDate,
                "The last published rota (" + last.name + ") ends on " + last.toDate + ". Plan and publish the next"
                        + " one so that nobody is left without a rota.",
                Messages.link(config.linkBase(), "/api/teams/" + team.id + "/rotas"),
                null));
    }

    private List<Shift> publishedShifts(long teamId, Instant after, Instant until) {
        return Shift.list(
                "teamId = ?1 and start > ?2 and start <= ?3 and rotaId in "
                        + "(select r.id from Rota r where r.status = ?4) order by start, id",
                teamId,
                after,
                until,
                RotaStatus.PUBLISHED);
    }

    private Duration longestLeadTime() {
        Duration longest = config.defaultLeadTimes().stream()
                .max(Comparator.naturalOrder())
                .orElse(Duration.ZERO);
        for (NotificationPreference pref : NotificationPreference.<NotificationPreference>listAll()) {
            for (Duration lead : Recipients.leadTimes(pref.leadMinutes)) {
                if (lead.compareTo(longest) > 0) {
                    longest = lead;
                }
            }
        }
        return longest;
    }
}
