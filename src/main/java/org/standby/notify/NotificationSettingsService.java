package org.standby.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.standby.audit.AuditService;
import org.standby.common.InvalidFieldException;
import org.standby.notify.dto.FailedDeliveryResponse;
import org.standby.notify.dto.NotificationPreferencesRequest;
import org.standby.notify.dto.NotificationPreferencesResponse;
import org.standby.notify.dto.TeamWebhookRequest;
import org.standby.notify.dto.TeamWebhookResponse;
import org.standby.security.Caller;
import org.standby.security.CallerService;
import org.standby.team.Member;
import org.standby.team.TeamService;

/** The caller's notification preferences, a team's webhook, and the failed deliveries a director sees. */
@ApplicationScoped
public class NotificationSettingsService {

    private static final Duration SHORTEST_LEAD = Duration.ofMinutes(5);
    private static final Duration LONGEST_LEAD = Duration.ofDays(14);

    @Inject
    Clock clock;

    @Inject
    NotifyConfig config;

    @Inject
    CallerService callers;

    @Inject
    TeamService teams;

    @Inject
    AuditService audit;

    public NotificationPreferencesResponse mine() {
        Caller caller = callers.current();
        NotificationPreference pref = NotificationPreference.findById(caller.name());
        if (pref == null) {
            return new NotificationPreferencesResponse(
                    List.of(Channel.EMAIL.name()),
                    config.defaultLeadTimes().stream().map(Duration::toString).toList(),
                    memberEmail(caller.name()),
                    null,
                    false);
        }
        return toResponse(pref, caller.name());
    }

    @Transactional
    public NotificationPreferencesResponse update(NotificationPreferencesRequest request) {
        Caller caller = callers.current();
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        for (String channel : request.channels()) {
            try {
                channels.add(Channel.valueOf(channel.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldException("channels", "unknown channel '" + channel + "'; use EMAIL or WEBHOOK");
            }
        }
        TreeSet<Duration> leads = new TreeSet<>();
        for (String lead : request.leadTimes()) {
            Duration duration;
            try {
                duration = Duration.parse(lead.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidFieldException("leadTimes", "'" + lead + "' is not an ISO-8601 duration like PT1H");
            }
            if (duration.compareTo(SHORTEST_LEAD) < 0
                    || duration.compareTo(LONGEST_LEAD) > 0
                    || duration.toSeconds() % 60 != 0) {
                throw new InvalidFieldException("leadTimes", "'" + lead + "' must be whole minutes from PT5M to P14D");
            }
            leads.add(duration);
        }
        NotificationPreference pref = NotificationPreference.findById(caller.name());
        boolean created = pref == null;
        if (created) {
            pref = new NotificationPreference();
            pref.username = caller.name();
        }
        if (request.webhookUrl() != null && !request.webhookUrl().isBlank()) {
            pref.webhookUrl = checkedUrl("webhookUrl", request.webhookUrl());
        } else {
            pref.webhookUrl = null;
        }
        if (request.webhookSecret() != null) {
            pref.webhookSecret = request.webhookSecret();
        }
        if (channels.contains(Channel.WEBHOOK) && pref.webhookUrl == null) {
            throw new InvalidFieldException("webhookUrl", "is required for the WEBHOOK channel");
        }
        if (channels.contains(Channel.EMAIL) && request.email() == null && memberEmail(caller.name()) == null) {
            throw new InvalidFieldException(
                    "email",
                    "is required for the EMAIL channel: no member record of " + caller.name() + " has an address");
        }
        pref.channels = channels.stream().map(Enum::name).collect(Collectors.joining(","));
        pref.leadMinutes = leads.descendingSet().stream()
                .map(d -> String.valueOf(d.toMinutes()))
                .collect(Collectors.joining(","));
        pref.email = request.email();
        pref.updatedAt = clock.instant();
        if (created) {
            pref.persist();
        }
        return toResponse(pref, caller.name());
    }

    @Transactional
    public TeamWebhookResponse setTeamWebhook(long teamId, TeamWebhookRequest request) {
        teams.visibleTeam(teamId);
        Caller caller = callers.requireDirects(teamId);
        String url = checkedUrl("url", request.url());
        TeamWebhook hook = TeamWebhook.findById(teamId);
        boolean created = hook == null;
        Map<String, Object> before = created ? null : auditView(hook);
        if (created) {
            hook = new TeamWebhook();
            hook.teamId = teamId;
        }
        hook.url = url;
        hook.secret = request.secret();
        hook.updatedAt = clock.instant();
        hook.updatedBy = caller.name();
        if (created) {
            hook.persist();
        }
        audit.record(teamId, "team-webhook.update", "team-webhook", teamId, before, auditView(hook), null, null);
        return new TeamWebhookResponse(teamId, hook.url, true, hook.updatedAt, hook.updatedBy);
    }

    public List<FailedDeliveryResponse> failed(long teamId) {
        teams.visibleTeam(teamId);
        callers.requireDirects(teamId);
        List<FailedDeliveryResponse> out = new ArrayList<>();
        for (OutboxMessage m : OutboxMessage.<OutboxMessage>list(
                "teamId = ?1 and status = ?2 order by id desc", teamId, OutboxStatus.FAILED)) {
            out.add(new FailedDeliveryResponse(
                    m.id,
                    m.kind,
                    m.channel.name(),
                    m.recipient,
                    m.subject,
                    m.attempts,
                    m.lastError,
                    m.createdAt,
                    m.idempotencyKey));
        }
        return out;
    }

    private static Map<String, Object> auditView(TeamWebhook hook) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("url", hook.url);
        view.put("secret", "(set)");
        return view;
    }

    private static String checkedUrl(String field, String value) {
        try {
            URI uri = URI.create(value.strip());
            if (!uri.isAbsolute()
                    || uri.getHost() == null
                    || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
                throw new InvalidFieldException(field, "must be an absolute http or https URL");
            }
            return uri.toString();
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(field, "is not a valid URL");
        }
    }

    private NotificationPreferencesResponse toResponse(NotificationPreference pref, String username) {
        return new NotificationPreferencesResponse(
                Recipients.channels(pref.channels).stream().map(Enum::name).toList(),
                Recipients.leadTimes(pref.leadMinutes).stream()
                        .map(Duration::toString)
                        .toList(),
                pref.email != null ? pref.email : memberEmail(username),
                pref.webhookUrl,
                pref.webhookSecret != null);
    }

    private static String memberEmail(String username) {
        return Member.<Member>find("username = ?1 and email is not null order by id", username)
                .firstResultOptional()
                .map(m -> m.email)
                .orElse(null);
    }
}
