package org.standby.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.jboss.logging.Logger;
import org.standby.common.StandbyConfig;

/**
 * On first start with no users, creates the {@code admin} user. Its password comes from
 * {@code STANDBY_ADMIN_PASSWORD}; when that is unset a random one is generated and logged once.
 */
@ApplicationScoped
public class BootstrapAdmin {

    static final String ADMIN_USERNAME = "admin";
    private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class);

    @Inject
    StandbyConfig config;

    @Inject
    UserService users;

    @Transactional
    void onStart(@Observes @Priority(1000) StartupEvent event) {
        if (User.count() > 0) {
            return;
        }
        String password =
                config.admin().initialPassword().filter(p -> !p.isBlank()).orElse(null);
        boolean generated = password == null;
        if (generated) {
            password = SecretHashing.newSecret("").substring(0, 20);
        }
        users.createIfAbsent(ADMIN_USERNAME, password, List.of(Roles.ADMIN), List.of());
        if (generated) {
            // The one deliberate exception to "no secrets in logs" (shared/API.md): shown once, on first start.
            LOG.warnf(
                    "Created the first admin user '%s' with the generated password: %s  (change it now)",
                    ADMIN_USERNAME, password);
        } else {
            LOG.infof(
                    "Created the first admin user '%s' with the password from STANDBY_ADMIN_PASSWORD", ADMIN_USERNAME);
        }
    }
}
