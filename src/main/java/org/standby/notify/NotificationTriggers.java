package org.standby.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jboss.logging.Logger;
import org.standby.audit.AuditRecorded;
import org.standby.change.ChangeRequest;
import org.standby.change.ShiftConflictsFound;
import org.standby.compensation.Callout;
import org.standby.feed.ShiftInvitation;
import org.standby.leave.Absence;
import org.standby.leave.AbsenceStatus;
import org.standby.rota.Rota;
import org.standby.rota.Shift;
import org.standby.team.Member;
import org.standby.team.Team;

/**
 * Decides the messages that follow a change, in the change's own transaction (so they commit with it or not at
 * all): it observes the audit trail's {@link AuditRecorded} and {@link ShiftConflictsFound}, both fired
 * synchronously inside the writing transaction, and records outbox rows.
 */
@ApplicationScoped
public class NotificationTriggers {

    private static final Logger LOG = Logger.getLogger(NotificationTriggers.class);

    @Inject
    Clock clock;

    @Inject
    NotifyConfig config;

    @Inject
    Recipients recipients;

    @Inject
    NotificationOutbox outbox;

    void onAudit(@Observes AuditRecorded event) {
        if (event.teamId() == null || event.entityId() == null) {
            return;
        }
        long id;
        try {
            id = Long.parseLong(String.valueOf(event.entityId()));
        } catch (NumberFormatException notAnId) {
            return;
        }
        switch (event.action()) {
            case "change-request.create" -> changeRequestPending(id);
            case "change-request.approve", "change-request.reject" -> changeRequestDecided(id);
            case "absence.create" -> absenceCreated(id);
            case "absence.approve", "absence.reject" -> absenceDecided(id);
            case "callout.log" -> calloutPending(id);
            case "callout.confirm", "callout.reject" -> calloutDecided(id);
            case "shift.reassign" -> shiftReassigned(id, event.before());
            case "rota.publish" -> rotaPublished(id);
            default -> {}
        }
    }

    void onConflicts(@Observes ShiftConflictsFound event) {
        if (event.shiftIds().isEmpty()) {
            return;
        }
        Team team = Team.findById(event.teamId());
        Member member = Member.findById(event.memberId());
        List<Shift> shifts = event.shiftIds().stream()
                .map(id -> Shift.<Shift>findById(id))
                .filter(Objects::nonNull)
                .toList();
        gapMessage(
                team,
                "leave-over-shift",
                "absence:" + event.absenceId(),
                "Approved leave of " + (member == null ? "a member" : member.name) + " leaves " + shifts.size()
                        + " shift(s) uncovered",
                shifts);
    }

    private void changeRequestPending(long id) {
        ChangeRequest change = ChangeRequest.findById(id);
        Team team = Team.findById(change.teamId);
        Shift shift = Shift.findById(change.shiftId);
        String what = change.type + " request #" + change.id + " by " + change.requestedBy;
        toDirectors(new Draft(
                team.id,
                "change-request.pending",
                "change-request:" + id,
                Draft.Urgency.TIMED,
                clock.instant(),
                "[Standby] " + what + " waits for your decision",
                what + " for the shift starting " + Messages.at(shift.start, team.zone()) + ".\nReason: "
                        + change.reason,
                Messages.link(config.linkBase(), "/api/change-requests?status=PENDING&teamId=" + team.id),
                null));
    }

    private void changeRequestDecided(long id) {
        ChangeRequest change = ChangeRequest.findById(id);
        String decision = change.status.name().toLowerCase(java.util.Locale.ROOT);
        toLogin(
                change.teamId,
                change.requestedBy,
                new Draft(
                        change.teamId,
                        "change-request.decided",
                        "change-request:" + id,
                        Draft.Urgency.ORDINARY,
                        clock.instant(),
                        "[Standby] Your change request #" + id + " was " + decision,
                        "Your " + change.type + " request #" + id + " was " + decision + " by "
                                + org.standby.common.Decision.by(change.decision) + "."
                                + note(org.standby.common.Decision.note(change.decision)),
                        Messages.link(config.linkBase(), "/api/change-requests/" + id),
                        null));
    }

    private void absenceCreated(long id) {
        Absence absence = Absence.findById(id);
        if (absence.status != AbsenceStatus.REQUESTED) {
            return;
        }
        Member member = Member.findById(absence.memberId);
        toDirectors(new Draft(
                absence.teamId,
                "absence.pending",
                "absence:" + id,
                Draft.Urgency.TIMED,
                clock.instant(),
                "[Standby] Leave request of " + member.name + " waits for your decision",
                member.name + " asks for " + absence.kind + " from " + absence.startDate + " to " + absence.endDate
                        + "." + note(absence.note),
                Messages.link(config.linkBase(), "/api/teams/" + absence.teamId + "/absences?status=REQUESTED"),
                null));
    }

    private void absenceDecided(long id) {
        Absence absence = Absence.findById(id);
        String decision = absence.status.name().toLowerCase(java.util.Locale.ROOT);
        toLogin(
                absence.teamId,
                absence.requestedBy,
                new Draft(
                        absence.teamId,
                        "absence.decided",
                        "absence:" + id,
                        Draft.Urgency.ORDINARY,
                        clock.instant(),
                        "[Standby] Your leave from " + absence.startDate + " to " + absence.endDate + " was "
                                + decision,
                        "Your " + absence.kind + " from " + absence.startDate + " to " + absence.endDate + " was "
                                + decision + " by " + org.standby.common.Decision.by(absence.decision) + "."
                                + note(org.standby.common.Decision.note(absence.decision)),
                        Messages.link(config.linkBase(), "/api/teams/" + absence.teamId + "/absences"),
                        null));
    }

    private void calloutPending(long id) {
        Callout callout = Callout.findById(id);
        Team team = Team.findById(callout.teamId);
        Member member = Member.findById(callout.memberId);
        toDirectors(new Draft(
                team.id,
                "callout.pending",
                "callout:" + id,
                Draft.Urgency.TIMED,
                clock.instant(),
                "[Standby] Call-out of " + member.name + " waits for your confirmation",
                member.name + " was called out at " + Messages.at(callout.start, team.zone()) + " for "
                        + callout.minutes + " minutes." + note(callout.note),
                Messages.link(config.linkBase(), "/api/teams/" + team.id + "/callouts?status=PENDING"),
                null));
    }

    private void calloutDecided(long id) {
        Callout callout = Callout.findById(id);
        Team team = Team.findById(callout.teamId);
        String decision = callout.status.name().toLowerCase(java.util.Locale.ROOT);
        toLogin(
                team.id,
                callout.loggedBy,
                new Draft(
                        team.id,
                        "callout.decided",
                        "callout:" + id,
                        Draft.Urgency.ORDINARY,
                        clock.instant(),
                        "[Standby] Your call-out #" + id + " was " + decision,
                        "The call-out at " + Messages.at(callout.start, team.zone()) + " (" + callout.minutes
                                + " minutes) was " + decision + " by "
                                + org.standby.common.Decision.by(callout.decision) + "."
                                + note(org.standby.common.Decision.note(callout.decision)),
                        Messages.link(config.linkBase(), "/api/teams/" + team.id + "/callouts"),
                        null));
    }

    private void shiftReassigned(long shiftId, Object before) {
        Shift shift = Shift.findById(shiftId);
        if (shift == null || !NotificationOutbox.published(shift.rotaId)) {
            return;
        }
        Team team = Team.findById(shift.teamId);
        Long previous =
                before instanceof Map<?, ?> map && map.get("memberId") instanceof Number n ? n.longValue() : null;
        if (previous != null && !previous.equals(shift.memberId)) {
            shiftMessage(team, shift, previous, ShiftInvitation.Method.CANCEL);
        }
        if (shift.memberId != null && !shift.memberId.equals(previous)) {
            shiftMessage(team, shift, shift.memberId, ShiftInvitation.Method.REQUEST);
        }
        if (shift.memberId == null && shift.end.isAfter(clock.instant())) {
            gapMessage(
                    team,
                    "gap",
                    "shift:" + shift.id + ":" + shift.sequence,
                    "A shift of the published rota has nobody on call",
                    List.of(shift));
        }
    }

    private void rotaPublished(long rotaId) {
        Rota rota = Rota.findById(rotaId);
        Team team = Team.findById(rota.teamId);
        List<Shift> gaps =
                Shift.list("rotaId = ?1 and memberId is null and end > ?2 order by start", rotaId, clock.instant());
        if (!gaps.isEmpty()) {
            gapMessage(
                    team,
                    "gap",
                    "rota:" + rotaId,
                    "Rota " + rota.name + " was published with " + gaps.size() + " shift(s) nobody holds",
                    gaps);
        }
    }

    /** A shift added to (REQUEST) or taken from (CANCEL) a member's calendar, with the iTIP attachment. */
    void shiftMessage(Team team, Shift shift, long memberId, ShiftInvitation.Method method) {
        Recipient recipient = recipients.member(memberId).orElse(null);
        if (recipient == null) {
            return;
        }
        ZoneId zone = team.zone();
        String summary = "On call: " + shift.name + " (" + team.name + ")";
        String ics = ShiftInvitation.render(
                method,
                zone,
                shift.id,
                shift.sequence,
                shift.start,
                shift.end,
                summary,
                null,
                config.from(),
                recipient.email(),
                clock.instant());
        boolean added = method == ShiftInvitation.Method.REQUEST;
        String subject = "[Standby] " + (added ? "Shift added: " : "Shift cancelled: ") + shift.name + " on "
                + Messages.at(shift.start, zone);
        String body = (added ? "You are on call " : "You are no longer on call ") + "from "
                + Messages.at(shift.start, zone) + " to " + Messages.at(shift.end, zone) + ".";
        outbox.record(
                new Draft(
                        team.id,
                        added ? "shift.added" : "shift.cancelled",
                        "shift:" + shift.id + ":" + shift.sequence,
                        Draft.Urgency.ORDINARY,
                        clock.instant(),
                        subject,
                        body,
                        null,
                        ics),
                List.of(recipient));
    }

    /** A gap to the directors: urgent (at once, any hour) when one of the shifts starts within the urgent time. */
    void gapMessage(Team team, String kind, String occurrence, String headline, List<Shift> shifts) {
        Instant now = clock.instant();
        boolean urgent = shifts.stream().anyMatch(s -> s.start.isBefore(now.plus(config.urgentWithin())));
        StringBuilder body = new StringBuilder(headline).append(":\n");
        shifts.stream()
                .limit(50)
                .forEach(s -> body.append("- ")
                        .append(s.name)
                        .append(", ")
                        .append(Messages.at(s.start, team.zone()))
                        .append(" to ")
                        .append(Messages.at(s.end, team.zone()))
                        .append('\n'));
        toDirectors(new Draft(
                team.id,
                kind,
                occurrence,
                urgent ? Draft.Urgency.URGENT : Draft.Urgency.TIMED,
                now,
                (urgent ? "[Standby] URGENT: " : "[Standby] ") + headline,
                body.toString(),
                Messages.link(config.linkBase(), "/api/teams/" + team.id + "/shifts"),
                null));
    }

    void toDirectors(Draft draft) {
        List<Recipient> to = new ArrayList<>(recipients.directors(draft.teamId()));
        recipients.teamChannel(draft.teamId()).ifPresent(to::add);
        int written = outbox.record(draft, to);
        LOG.debugf("%s %s: %d outbox rows", draft.kind(), draft.occurrence(), written);
    }

    private void toLogin(long teamId, String username, Draft draft) {
        if (username != null) {
            outbox.record(draft, List.of(recipients.ofLogin(teamId, username)));
        }
    }

    private static String note(String note) {
        return note == null || note.isBlank() ? "" : "\nNote: " + note;
    }
}
