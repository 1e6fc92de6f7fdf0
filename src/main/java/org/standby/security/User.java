package org.standby.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person who logs in. The password is a bcrypt hash (modular crypt format); roles are comma-separated. Logins are
 * checked by {@link PasswordIdentityProvider} (with a cache of verified credentials) and {@link SessionIdentityProvider}.
 */
@Entity
@Table(name = "app_user")
public class User extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String username;

    @Column(name = "password_hash")
    public String passwordHash;

    public String roles;

    @Column(name = "all_teams")
    public boolean allTeams;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_team", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "team_id")
    public Set<Long> teamIds = new LinkedHashSet<>();

    @Column(name = "created_at")
    public Instant createdAt;

    @Version
    public long version;

    public static Optional<User> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public Set<String> roleSet() {
        return new TreeSet<>(Arrays.asList(roles.split(",")));
    }
}
