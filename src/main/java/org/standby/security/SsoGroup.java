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
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/** A group of the identity provider and what membership in it gives in Standby: roles, teams, or every team. */
@Entity
@Table(name = "sso_group")
public class SsoGroup extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "group_name")
    public String groupName;

    /** comma-separated, possibly empty (a group that only gives teams) */
    public String roles;

    @Column(name = "all_teams")
    public boolean allTeams;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sso_group_team", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "team_id")
    public Set<Long> teamIds = new LinkedHashSet<>();

    public Set<String> roleSet() {
        return roles == null || roles.isBlank() ? new TreeSet<>() : new TreeSet<>(Arrays.asList(roles.split(",")));
    }
}
