package org.standby.notify;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Sends what the outbox holds: every pending message whose time has come, at least once. A message is marked SENT
 * only after its channel accepted it, so a crash in between sends it again, with the same idempotency key; a
 * failure is retried with doubling waits and, after the last attempt, reported (FAILED with the reason).
 */
@ApplicationScoped
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class);
    private static final int BATCH = 100;

    @Inject
    Clock clock;

    @Inject
    NotifyConfig config;

    @Inject
    Deliveries deliveries;

    /** The Quartz trigger (JDBC store, one node of a cluster at a time). */
    @Scheduled(
            identity = "notify-dispatch",
            every = "${standby.notify.dispatch-every:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        dispatch();
    }

    /** Delivers the due messages; answers how many were sent. */
    public int dispatch() {
        Instant now = clock.instant();
        List<Long> due = QuarkusTransaction.requiringNew()
                .call(() -> OutboxMessage.<OutboxMessage>find(
                                "status = ?1 and nextAttemptAt <= ?2 order by nextAttemptAt, id",
                                OutboxStatus.PENDING,
                                now)
                        .page(0, BATCH)
                        .list()
                        .stream()
                        .map(m -> m.id)
                        .toList());
        int sent = 0;
        for (Long id : due) {
            Loaded loaded = QuarkusTransaction.requiringNew().call(() -> load(id));
            if (loaded == null) {
                continue;
            }
            String error = null;
            try {
                deliveries.deliver(loaded.message(), loaded.secret());
            } catch (Deliveries.DeliveryFailed failed) {
                error = failed.getMessage();
            } catch (RuntimeException unexpected) {
                error = "unexpected: " + unexpected.getClass().getSimpleName();
                LOG.warnf(unexpected, "notification %d: unexpected delivery failure", id);
            }
            String reason = error;
            if (QuarkusTransaction.requiringNew().call(() -> mark(id, reason, clock.instant()))) {
                sent++;
            }
        }
        return sent;
    }

    private record Loaded(OutboxMessage message, String secret) {}

    private Loaded load(long id) {
        OutboxMessage message = OutboxMessage.findById(id);
        if (message == null || message.status != OutboxStatus.PENDING) {
            return null;
        }
        String secret = null;
        if (message.secretRef != null && message.secretRef.startsWith("team:")) {
            TeamWebhook hook = TeamWebhook.findById(Long.valueOf(message.secretRef.substring(5)));
            secret = hook == null ? null : hook.secret;
        } else if (message.secretRef != null && message.secretRef.startsWith("user:")) {
            NotificationPreference pref = NotificationPreference.findById(message.secretRef.substring(5));
            secret = pref == null ? null : pref.webhookSecret;
        }
        return new Loaded(message, secret);
    }

    /** Records the outcome of one attempt; true when it was sent. */
    private boolean mark(long id, String error, Instant now) {
        OutboxMessage message = OutboxMessage.findById(id);
        message.attempts++;
        if (error == null) {
            message.status = OutboxStatus.SENT;
            message.sentAt = now;
            message.lastError = null;
            return true;
        }
        message.lastError = NotificationOutbox.clip(error, 1000);
        if (message.attempts >= config.maxAttempts()) {
            message.status = OutboxStatus.FAILED;
            LOG.warnf(
                    "notification %d (%s, %s) failed for good after %d attempts: %s",
                    id, message.kind, message.channel, message.attempts, message.lastError);
        } else {
            message.nextAttemptAt = now.plus(backoff(message.attempts, config.firstRetry(), config.maxRetry()));
        }
        return false;
    }

    /** The wait after the n-th failed attempt: first, 2 first, 4 first, ... at most max. */
    static Duration backoff(int attempts, Duration first, Duration max) {
        Duration wait = first;
        for (int i = 1; i < attempts && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
