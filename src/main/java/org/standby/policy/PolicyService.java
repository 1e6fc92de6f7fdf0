package org.standby.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.standby.audit.AuditService;
import org.standby.common.ConflictException;
import org.standby.common.InvalidFieldException;
import org.standby.common.PreconditionFailedException;
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

    /** The team's policy with its version: how many times it was saved, 0 for the default. */
    public PolicyDocument get(long teamId) {
        teams.visibleTeam(teamId);
        return TeamPolicy.<TeamPolicy>findByIdOptional(teamId)
                .map(stored -> PolicyDocument.of(read(stored)).withVersion(versionOf(stored)))
                .orElseGet(() -> PolicyDocument.of(defaultPolicyOf(teamId)).withVersion(0L));
    }

    /** The API's version of a stored policy: its number of saves (the entity's counter starts at 0 on insert). */
    private static long versionOf(TeamPolicy stored) {
        return stored.version + 1;
    }

    /** The team's policy (or the default), for other services that have checked access. */
    public CoveragePolicy policyOf(long teamId) {
        return TeamPolicy.<TeamPolicy>findByIdOptional(teamId).map(this::read).orElseGet(() -> defaultPolicyOf(teamId));
    }

    /** The default policy, with the team's hand-over time. */
    private CoveragePolicy defaultPolicyOf(long teamId) {
        return CoveragePolicy.defaultPolicy(
                teams.find(teamId).map(t -> t.handoverTime).orElse(CoveragePolicy.DEFAULT_HANDOVER));
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
            throw new InvalidFieldException(
                    "handoverTime",
                    "moving the policy's " + changed.previous()
                            + " shift times to " + changed.current() + " would make it invalid: "
                            + errors.stream()
                                    .map(e -> e.field() + " " + e.message())
                                    .collect(Collectors.joining("; ")));
        }
        PolicyDocument normalised = PolicyDocument.of(after);
        stored.policyJson = write(normalised);
        stored.updatedAt = clock.instant();
        stored.updatedBy = callers.current().name();
        audit.record(
                changed.teamId(),
                "policy.update",
                "policy",
                changed.teamId(),
                PolicyDocument.of(before),
                normalised,
                "hand-over moved from " + changed.previous() + " to " + changed.current(),
                null);
    }

    /**
     * Replaces the policy. {@code ifMatch} (the If-Match header's version) or else the document's {@code version}
     * is the version the client read: if the stored one is another, nothing is written (412 for If-Match, 409 for
     * the body). Without either, the write applies to whatever is stored (the documented last-writer-wins rule).
     * Two writes from the same version never both succeed: the second fails on the row's version (409).
     */
    @Transactional
    public PolicyDocument put(long teamId, PolicyDocument document, Long ifMatch) {
        callers.requireDirects(teamId);
        teams.visibleTeam(teamId);
        CoveragePolicy policy = document.toPolicy();
        PolicyValidator.validate(policy);
        PolicyDocument normalised = PolicyDocument.of(policy);
        TeamPolicy stored = TeamPolicy.findById(teamId);
        long current = stored == null ? 0 : versionOf(stored);
        if (ifMatch != null && ifMatch != current) {
            throw new PreconditionFailedException("the policy is at version " + current + ", not " + ifMatch
                    + " (If-Match): someone saved it meanwhile; reload it and apply your change again");
        }
        if (ifMatch == null && document.version() != null && document.version() != current) {
            throw new ConflictException("the policy is at version " + current + ", not " + document.version()
                    + ": someone saved it meanwhile; reload it and apply your change again");
        }
        PolicyDocument before = stored == null ? null : PolicyDocument.of(read(stored));
        if (stored == null) {
            stored = new TeamPolicy();
            stored.teamId = teamId;
        }
        stored.policyJson = write(normalised);
        stored.updatedAt = clock.instant();
        stored.updatedBy = callers.current().name();
        stored.persist();
        try {
            // the version check of the row (or the key, for a first save) happens here, answered 409, not at commit
            TeamPolicy.flush();
        } catch (PersistenceException e) {
            throw new ConflictException("the policy was saved by someone else at the same moment; reload it and "
                    + "apply your change again");
        }
        audit.record(teamId, "policy.update", "policy", teamId, before, normalised, null, null);
        return normalised.withVersion(versionOf(stored));
    }

    /**
     * Adopts a policy decided elsewhere (a signed coverage agreement), in the caller's transaction: stored like a
     * {@link #put} without a version check, audited as {@code policy.update} with the reason given.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void adopt(long teamId, CoveragePolicy policy, String reason) {
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
        audit.record(teamId, "policy.update", "policy", teamId, before, normalised, reason, null);
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
