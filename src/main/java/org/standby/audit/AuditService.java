package org.standby.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.standby.common.InvalidFieldException;
import org.standby.security.AccountChanged;
import org.standby.security.CallerService;

/**
 * The audit trail. Every service that writes calls {@link #record} inside its own transaction, so an entry exists
 * exactly when the write does; {@link #recordRefusal} keeps refused attempts in a transaction of their own.
 * Entries are never changed or deleted through the API.
 */
@ApplicationScoped
public class AuditService {

    @Inject
    Clock clock;

    @Inject
    CallerService callers;

    @Inject
    ObjectMapper json;

    @Inject
    Event<AuditRecorded> recorded;

    /** What a caller sees of an entry. */
    public record Entry(
            long id,
            Long teamId,
            Instant at,
            String actor,
            String action,
            String entityType,
            String entityId,
            JsonNode before,
            JsonNode after,
            String reason,
            Long approvalId) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(
            Long teamId,
            String action,
            String entityType,
            Object entityId,
            Object before,
            Object after,
            String reason,
            Long approvalId) {
        persist(teamId, action, entityType, entityId, before, after, reason, approvalId);
        recorded.fire(new AuditRecorded(teamId, action, entityType, entityId, before, after, reason));
    }

    /** Users and API tokens are audited (without team) in the transaction that changes them. */
    void onAccountChanged(@Observes AccountChanged change) {
        persist(
                null,
                change.action(),
                change.entityType(),
                change.entityId(),
                change.before(),
                change.after(),
                null,
                null);
    }

    /** Records a refused attempt (e.g. a stale approval) even though the attempt's own transaction rolls back. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRefusal(
            Long teamId, String action, String entityType, Object entityId, String reason, Long approvalId) {
        persist(teamId, action, entityType, entityId, null, null, reason, approvalId);
    }

    public List<Entry> query(Long teamId, LocalDate from, LocalDate to, int page, int size) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidFieldException("to", "must not be before from");
        }
        Instant start =
                from == null ? Instant.EPOCH : from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to == null
                ? Instant.parse("9999-12-31T00:00:00Z")
                : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        var query = teamId == null
                ? AuditEntry.<AuditEntry>find("at >= ?1 and at < ?2 order by id desc", start, end)
                : AuditEntry.<AuditEntry>find(
                        "teamId = ?1 and at >= ?2 and at < ?3 order by id desc", teamId, start, end);
        return query.page(page, size).list().stream().map(this::toEntry).toList();
    }

    public long count(Long teamId, LocalDate from, LocalDate to) {
        Instant start =
                from == null ? Instant.EPOCH : from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to == null
                ? Instant.parse("9999-12-31T00:00:00Z")
                : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return teamId == null
                ? AuditEntry.count("at >= ?1 and at < ?2", start, end)
                : AuditEntry.count("teamId = ?1 and at >= ?2 and at < ?3", teamId, start, end);
    }

    private void persist(
            Long teamId,
            String action,
            String entityType,
            Object entityId,
            Object before,
            Object after,
            String reason,
            Long approvalId) {
        AuditEntry entry = new AuditEntry();
        entry.teamId = teamId;
        entry.at = clock.instant();
        entry.actor = actor();
        entry.action = action;
        entry.entityType = entityType;
        entry.entityId = entityId == null ? null : String.valueOf(entityId);
        entry.beforeJson = write(before);
        entry.afterJson = write(after);
        entry.reason = reason;
        entry.approvalId = approvalId;
        entry.persist();
    }

    private String actor() {
        try {
            return callers.current().name();
        } catch (RuntimeException | Error noRequest) {
            return "system";
        }
    }

    private String write(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit value cannot be written as JSON", e);
        }
    }

    private Entry toEntry(AuditEntry e) {
        return new Entry(
                e.id,
                e.teamId,
                e.at,
                e.actor,
                e.action,
                e.entityType,
                e.entityId,
                read(e.beforeJson),
                read(e.afterJson),
                e.reason,
                e.approvalId);
    }

    private JsonNode read(String text) {
        try {
            return text == null ? null : json.readTree(text);
        } catch (JsonProcessingException e) {
            return json.getNodeFactory().textNode(text);
        }
    }
}
