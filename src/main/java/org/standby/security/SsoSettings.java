package org.standby.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The admin's single sign-on settings: one row (id 1), made by migration V17_1. */
@Entity
@Table(name = "sso_settings")
public class SsoSettings extends PanacheEntityBase {

    /** Where a signed-in person's roles and teams come from. */
    public enum RolesFrom {
        /** the token's groups claim, through the {@link SsoGroup} mappings: a change at the provider counts at once */
        GROUPS,
        /** Standby's own user table, as an admin sets it with /api/users (first sign-in: viewer, no team) */
        USERS
    }

    static final long ID = 1L;

    @Id
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "roles_from")
    public RolesFrom rolesFrom;

    /** While single sign-on is configured: false refuses HTTP Basic and the form login (API tokens stay). */
    @Column(name = "local_passwords")
    public boolean localPasswords;

    @Version
    public long version;

    static SsoSettings current() {
        return SsoSettings.<SsoSettings>findByIdOptional(ID).orElseGet(() -> {
            SsoSettings defaults = new SsoSettings();
            defaults.id = ID;
            defaults.rolesFrom = RolesFrom.USERS;
            defaults.localPasswords = true;
            return defaults;
        });
    }
}
