package org.standby.agreement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.standby.agreement.dto.AgreementDocument;
import org.standby.agreement.dto.AgreementVersionResponse;
import org.standby.agreement.dto.SignRequest;
import org.standby.audit.AuditService;
import org.standby.calendar.DayType;
import org.standby.common.ConflictException;
import org.standby.common.NotFoundException;
import org.standby.policy.CoveragePolicy;
import org.standby.policy.PolicyService;
import org.standby.policy.dto.PolicyDocument;
import org.standby.security.CallerService;
import org.standby.team.TeamService;

/**
 * The versions of a team's coverage agreement: a director writes a draft, proposes it (frozen), and records
 * leadership's signature; the signed version is current, the one signed before it is superseded, and the policy the
 * signed agreement implies ({@link ImpliedPolicy}) becomes the team's policy, which rotas use. Every change is
 * audited ({@code agreement.create}, {@code .update}, {@code .propose}, {@code .sign}; the policy as
 * {@code policy.update}).
 */
@ApplicationScoped
public class AgreementService {

    /** The version shown while a team has none: the unwritten promise. */
    public static final int UNWRITTEN = 0;

    @Inject
    Clock clock;

    @Inject
    CallerService callers;

    @Inject
    TeamService teams;

    @Inject
    PolicyService policies;

    @Inject
    AuditService audit;

    @Inject
    ObjectMapper json;

    /** A version as the analyses read it. */
    public record Resolved(
            int number,
            AgreementStatus status,
            AgreementDocument document,
            CoveragePolicy policy,
            CoveragePolicy implied,
            Instant signedAt,
            String signedBy,
            String signedNote) {}

    public List<AgreementVersionResponse> list(long teamId) {
        callers.requireDirects(teamId);
        teams.visibleTeam(teamId);
        List<AgreementVersion> versions = AgreementVersion.list("teamId = ?1 order by number", teamId);
        return versions.stream().map(this::toResponse).toList();
    }

    public AgreementVersionResponse get(long teamId, int number) {
        callers.requireDirects(teamId);
        teams.visibleTeam(teamId);
        if (number == UNWRITTEN && AgreementVersion.count("teamId", teamId) == 0) {
            Resolved unwritten = unwritten(teamId);
            return new AgreementVersionResponse(
                    UNWRITTEN,
                    null,
                    false,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    unwritten.document(),
                    PolicyDocument.of(unwritten.implied()));
        }
        return toResponse(find(teamId, number));
    }

    /**
     * The version the analyses use: the one asked for, else the signed one, else the latest, else the unwritten
     * promise.
     */
    public Resolved resolve(long teamId, Integer number) {
        callers.requireDirects(teamId);
        teams.visibleTeam(teamId);
        AgreementVersion version;
        if (number != null) {
            if (number == UNWRITTEN) {
                return unwritten(teamId);
            }
            version = find(teamId, number);
        } else {
            version = AgreementVersion.<AgreementVersion>find(
                            "teamId = ?1 and status = ?2", teamId, AgreementStatus.SIGNED)
                    .firstResult();
            if (version == null) {
                version = AgreementVersion.<AgreementVersion>find("teamId = ?1 order by number desc", teamId)
                        .firstResult();
            }
            if (version == null) {
                return unwritten(teamId);
            }
        }
        AgreementDocument document = read(version);
        CoveragePolicy policy = document.policy().toPolicy();
        return new Resolved(
                version.number,
                version.status,
                document,
                policy,
                ImpliedPolicy.of(policy, document),
                version.signedAt,
                version.signedBy,
                version.signedNote);
    }

    /** 24/7 for every IT service, with the team's current policy: the promise nobody wrote down. */
    private Resolved unwritten(long teamId) {
        List<AgreementDocument.Promise> always = Arrays.stream(DayType.values())
                .map(d -> new AgreementDocument.Promise(d, Cover.ALWAYS, null, null, 60))
                .toList();
        CoveragePolicy policy = policies.policyOf(teamId);
        AgreementDocument document = new AgreementDocument(
                List.of(new AgreementDocument.Service("All IT services", null, Tier.CRITICAL, null, always)),
                null,
                PolicyDocument.of(policy),
                null,
                null);
        return new Resolved(UNWRITTEN, null, document, policy, ImpliedPolicy.of(policy, document), null, null, null);
    }

    @Transactional
    public AgreementVersionResponse create(long teamId, AgreementDocument document) {
        callers.requireDirects(teamId);
        teams.visibleTeam(teamId);
        AgreementDocument complete = complete(teamId, document);
        AgreementVersion version = new AgreementVersion();
        version.teamId = teamId;
        Integer last = AgreementVersion.find("select max(number) from AgreementVersion where teamId = ?1", teamId)
                .project(Integer.class)
                .firstResult();
        version.number = last == null ? 1 : last + 1;
        version.status = AgreementStatus.DRAFT;
        version.documentJson = write(complete);
        version.createdAt = clock.instant();
        version.updatedAt = version.createdAt;
        version.createdBy = callers.current().name();
        version.persist();
        try {
            AgreementVersion.flush();
        } catch (PersistenceException e) {
            throw new ConflictException("another version was created at the same moment; try again");
        }
        audit.record(teamId, "agreement.create", "agreement", version.number, null, complete, null, null);
        return toResponse(version);
    }

    @Transactional
    public AgreementVersionResponse update(long teamId, int number, AgreementDocument document) {
        callers.requireDirects(teamId);
        teams.visibleTeam(teamId);
        AgreementVersion version = find(teamId, number);
        if (version.status != AgreementStatus.DRAFT) {
            throw new ConflictException("version " + number + " is " + version.status + ": only a draft can be "
                    + "changed; create a new version");
        }
        AgreementDocument before = read(version);
        AgreementDocument complete = complete(teamId, document);
        version.documentJson = write(complete);
        version.updatedAt = clock.instant();
        audit.record(teamId, "agreement.update", "agreement", number, before, complete, null, null);
        return toResponse(version);
    }

    @Transactional
    public AgreementVersionResponse propose(long teamId, int number) {
        callers.requireDirects(teamId);
        teams.visibleTeam(teamId);
        AgreementVersion version = find(teamId, number);
        if (version.status != AgreementStatus.DRAFT) {
            throw new ConflictException("version " + number + " is " + version.status + ", not a draft");
        }
        version.status = AgreementStatus.PROPOSED;
        version.proposedAt = clock.instant();
        version.proposedBy = callers.current().name();
        version.updatedAt = version.proposedAt;
        audit.record(
                teamId,
                "agreement.propose",
                "agreement",
                number,
                AgreementStatus.DRAFT,
                AgreementStatus.PROPOSED,
                null,
                null);
        return toResponse(version);
    }

    @Transactional
    public AgreementVersionResponse sign(long teamId, int number, SignRequest request) {
        callers.requireDirects(teamId);
        teams.visibleTeam(teamId);
        AgreementVersion version = find(teamId, number);
        if (version.status != AgreementStatus.PROPOSED) {
            throw new ConflictException(
                    "version " + number + " is " + version.status + ": only a proposed " + "agreement can be signed");
        }
        AgreementDocument document = read(version);
        CoveragePolicy implied = ImpliedPolicy.of(document.policy().toPolicy(), document);
        if (implied.shifts().isEmpty()) {
            throw new ConflictException("version " + number + " promises nothing outside working hours, so nobody "
                    + "would be on call: a policy needs at least one shift");
        }
        for (AgreementVersion signed : AgreementVersion.<AgreementVersion>list(
                "teamId = ?1 and status = ?2", teamId, AgreementStatus.SIGNED)) {
            signed.status = AgreementStatus.SUPERSEDED;
            audit.record(
                    teamId,
                    "agreement.supersede",
                    "agreement",
                    signed.number,
                    AgreementStatus.SIGNED,
                    AgreementStatus.SUPERSEDED,
                    "version " + number + " signed",
                    null);
        }
        version.status = AgreementStatus.SIGNED;
        version.signedAt = clock.instant();
        version.signedBy = request.signedBy().strip();
        version.signedNote = request.note();
        version.recordedBy = callers.current().name();
        version.updatedAt = version.signedAt;
        String reason = "signed by " + version.signedBy
                + (request.note() == null || request.note().isBlank() ? "" : ": " + request.note());
        audit.record(
                teamId,
                "agreement.sign",
                "agreement",
                number,
                AgreementStatus.PROPOSED,
                AgreementStatus.SIGNED,
                reason.length() > 1000 ? reason.substring(0, 997) + "..." : reason,
                null);
        policies.adopt(teamId, implied, "coverage agreement version " + number + " signed by " + version.signedBy);
        return toResponse(version);
    }

    /** The document checked, with the team's current policy when it names none. */
    private AgreementDocument complete(long teamId, AgreementDocument document) {
        AgreementValidator.validate(document);
        AgreementDocument complete = document.policy() != null
                ? document
                : document.withPolicy(PolicyDocument.of(policies.policyOf(teamId)));
        return complete.withPolicy(PolicyDocument.of(complete.policy().toPolicy()));
    }

    private AgreementVersion find(long teamId, int number) {
        AgreementVersion version = AgreementVersion.<AgreementVersion>find(
                        "teamId = ?1 and number = ?2", teamId, number)
                .firstResult();
        if (version == null) {
            throw new NotFoundException("Agreement version", number);
        }
        return version;
    }

    private AgreementVersionResponse toResponse(AgreementVersion v) {
        AgreementDocument document = read(v);
        PolicyDocument implied =
                PolicyDocument.of(ImpliedPolicy.of(document.policy().toPolicy(), document));
        return new AgreementVersionResponse(
                v.number,
                v.status,
                v.status == AgreementStatus.SIGNED,
                v.createdAt,
                v.createdBy,
                v.updatedAt,
                v.proposedAt,
                v.proposedBy,
                v.signedAt,
                v.signedBy,
                v.signedNote,
                v.recordedBy,
                document,
                implied);
    }

    private AgreementDocument read(AgreementVersion version) {
        try {
            return json.readValue(version.documentJson, AgreementDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("agreement " + version.id + " is unreadable", e);
        }
    }

    private String write(AgreementDocument document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("agreement cannot be written", e);
        }
    }
}
