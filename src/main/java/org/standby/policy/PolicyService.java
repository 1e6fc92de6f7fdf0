package org.standby.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.standby.audit.AuditService;
import org.standby.common.InvalidFieldException;
import org.standby.common.ProblemResponse.FieldError;
import org.standby.policy.dto.PolicyDocument;
import org.standby.security.CallerService;
import org.standby.team.HandoverChanged;
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
        return TeamPolicy.<TeamPolicy>findByIdOptional(teamId).map(this::read)
                .orElseGet(() -> CoveragePolicy.defaultPolicy(teams.find(teamId).map(t -> t.handoverTime)
                        .orElse(CoveragePolicy.DEFAULT_HANDOVER)));
    }

    /**
     * The team's hand-over time moved: a stored policy's shift times that were the old hand-over move with it, in
     * the same transaction (the default policy follows the team by itself). A policy that the move would make
     * invalid refuses the change, naming {@code handoverTime}.
     */
    void onHandoverChanged(@Observes HandoverChanged changed) {
        TeamPolicy stored = TeamPolicy.findById(changed.teamId());
        if (stored == null) {
            return;
        }
        CoveragePolicy before = read(stored);
        CoveragePolicy after = before.withHandoverMoved(changed.previous(), changed.current());
        if (after.equals(before)) {
            return;
        }
        List<FieldError> errors = PolicyValidator.errorsOf(after);
        if (!errors.isEmpty()) {
            throw new InvalidFieldException("handoverTime", "moving the policy's " + changed.previous()
                    + " shift times to " + changed.current() + " would make it invalid: " + errors.stream()
                            .map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; ")));
        }
        PolicyDocument normalised = PolicyDocument.of(after);
        stored.policyJson = write(normalised);
        stored.updatedAt = clock.instant();
        stored.updatedBy = callers.current().name();
        audit.record(changed.teamId(), "policy.update", "policy", changed.teamId(), PolicyDocument.of(before),
                normalised, "hand-over moved from " + changed.previous() + " to " + changed.current(), null);
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
