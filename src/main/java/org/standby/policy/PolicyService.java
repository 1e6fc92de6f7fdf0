package org.standby.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.standby.audit.AuditService;
import org.standby.policy.dto.PolicyDocument;
import org.standby.security.CallerService;
import org.standby.team.TeamService;

/** A team's coverage policy: the default until a director writes one. */
@ApplicationScoped
public class PolicyService {

    @Inject
    Clock clock;

    @Inject
    CallerService callers;

    @Inject
    TeamService teams;

    @Inject
    AuditService audit;

    @Inject
    ObjectMapper json;

    public PolicyDocument get(long teamId) {
        teams.visibleTeam(teamId);
        return PolicyDocument.of(policyOf(teamId));
    }

    /** The team's policy (or the default), for other services that have checked access. */
    public CoveragePolicy policyOf(long teamId) {
        return TeamPolicy.<TeamPolicy>findByIdOptional(teamId).map(this::read).orElseGet(CoveragePolicy::defaultPolicy);
    }

    @Transactional
    public PolicyDocument put(long teamId, PolicyDocument document) {
        callers.requireDirects(teamId);
        teams.visibleTeam(teamId);
        CoveragePolicy policy = document.toPolicy();
        PolicyValidator.validate(policy);
        PolicyDocument normalised = PolicyDocument.of(policy);
        TeamPolicy stored = TeamPolicy.findById(teamId);
        PolicyDocument before = stored == null ? null : PolicyDocument.of(read(stored));
        if (stored == null) {
            stored = new TeamPolicy();
            stored.teamId = teamId;
        }
        stored.policyJson = write(normalised);
        stored.updatedAt = clock.instant();
        stored.updatedBy = callers.current().name();
        stored.persist();
        audit.record(teamId, "policy.update", "policy", teamId, before, normalised, null, null);
        return normalised;
    }

    private CoveragePolicy read(TeamPolicy stored) {
        try {
            return json.readValue(stored.policyJson, PolicyDocument.class).toPolicy();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored policy of team " + stored.teamId + " is unreadable", e);
        }
    }

    private String write(PolicyDocument document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("policy cannot be written", e);
        }
    }
}
