package org.standby.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.standby.leave.Absence;
import org.standby.leave.AbsenceStatus;
import org.standby.rota.Rota;
import org.standby.rota.RotaStatus;
import org.standby.rota.Shift;
import org.standby.team.Team;

/**
 * Decides to send: writes one outbox row per recipient and channel, in the caller's transaction, with the time it
 * may go (quiet time). A decision already recorded (same idempotency key) is not recorded again.
 */
@ApplicationScoped
public class NotificationOutbox {

    @Inject
    Clock clock;

    @Inject
    NotifyConfig config;

    /** Records the draft for each recipient on each of their channels that has an address; the rows written. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int record(Draft draft, List<Recipient> recipients) {
        int written = 0;
        Team team = Team.findById(draft.teamId());
        for (Recipient recipient : recipients) {
            Instant notBefore = draft.at();
            if (draft.urgency() == Draft.Urgency.ORDINARY && recipient.memberId() != null) {
                notBefore = release(team.zone(), recipient.memberId(), draft.at());
            }
            for (Channel channel : recipient.channels()) {
                String address = recipient.addressOn(channel);
                if (address == null || address.isBlank()) {
                    continue;
                }
                String key = key(draft.kind(), draft.occurrence(), recipient.key(), channel);
                if (OutboxMessage.count("idempotencyKey", key) > 0) {
                    continue;
                }
                OutboxMessage message = new OutboxMessage();
                message.teamId = draft.teamId();
                message.idempotencyKey = key;
                message.kind = draft.kind();
                message.channel = channel;
                message.recipient = recipient.key();
                message.address = address;
                message.secretRef = channel == Channel.WEBHOOK ? recipient.secretRef() : null;
                message.urgent = draft.urgency() == Draft.Urgency.URGENT;
                message.subject = clip(draft.subject(), 500);
                message.body = draft.body();
                message.link = draft.link();
                message.ics = channel == Channel.EMAIL ? draft.ics() : null;
                message.status = OutboxStatus.PENDING;
                message.attempts = 0;
                message.createdAt = clock.instant();
                message.notBefore = notBefore;
                message.nextAttemptAt = notBefore;
                message.persist();
                written++;
            }
        }
        return written;
    }

    /** The idempotency key: kind, subject and occurrence, recipient, channel. */
    static String key(String kind, String occurrence, String recipient, Channel channel) {
        return clip(kind + ":" + occurrence + ":" + recipient + ":" + channel, 255);
    }

    /** When a non-urgent message decided at {@code at} may reach the member ({@link QuietTime}). */
    public Instant release(ZoneId zone, long memberId, Instant at) {
        LocalDate from = at.atZone(zone).toLocalDate();
        LocalDate to = from.plusDays(400);
        List<Absence> leave = Absence.list(
                "memberId = ?1 and status = ?2 and endDate >= ?3 and startDate <= ?4",
                memberId,
                AbsenceStatus.APPROVED,
                from,
                to);
        List<QuietTime.Busy> busy = new ArrayList<>();
        for (Shift shift : Shift.<Shift>list(
                "memberId = ?1 and end > ?2 and start < ?3 and rotaId in "
                        + "(select r.id from Rota r where r.status = ?4)",
                memberId,
                at.minus(config.rest()),
                at.plus(config.rest()).plusSeconds(86400),
                RotaStatus.PUBLISHED)) {
            busy.add(new QuietTime.Busy(shift.start, shift.end));
        }
        return QuietTime.release(
                at,
                zone,
                new QuietTime.Rules(config.workingDayStart(), config.workingDayEnd(), config.rest()),
                date -> leave.stream().anyMatch(a -> !date.isBefore(a.startDate) && !date.isAfter(a.endDate)),
                busy);
    }

    /** Whether the member is on approved leave on the date. */
    public boolean onLeave(long memberId, LocalDate date) {
        return Absence.count(
                        "memberId = ?1 and status = ?2 and startDate <= ?3 and endDate >= ?3",
                        memberId,
                        AbsenceStatus.APPROVED,
                        date)
                > 0;
    }

    static String clip(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    static boolean published(long rotaId) {
        Rota rota = Rota.findById(rotaId);
        return rota != null && rota.status == RotaStatus.PUBLISHED;
    }
}
