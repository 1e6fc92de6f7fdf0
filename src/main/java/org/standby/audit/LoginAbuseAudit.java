package org.standby.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.standby.security.LoginAbuse;

/**
 * Writes an audit entry when a username or client address reaches the limit of failed logins (issue 19): who,
 * how many failures, and until when further logins are refused. Runs after the refused request, off its thread.
 */
@ApplicationScoped
public class LoginAbuseAudit {

    static final String ACTION = "login-throttled";

    @Inject
    Clock clock;

    @Transactional
    void record(@ObservesAsync LoginAbuse abuse) {
        AuditEntry entry = new AuditEntry();
        entry.at = clock.instant();
        entry.actor = "anonymous";
        entry.action = ACTION;
        entry.entityType = abuse.kind();
        entry.entityId = abuse.subject().length() > 40 ? abuse.subject().substring(0, 40) : abuse.subject();
        entry.reason = abuse.failures() + " failed logins for this " + abuse.kind()
                + " within the counting window; further logins are refused until " + abuse.until();
        entry.persist();
    }
}
