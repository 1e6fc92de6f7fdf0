package org.standby.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.standby.security.Roles;
import org.standby.security.User;
import org.standby.team.Member;

/** Who gets a message and on which channels: directors of a team, a member, a login, the team's webhook. */
@ApplicationScoped
public class Recipients {

    @Inject
    NotifyConfig config;

    /** The directors of a team (logins with the director role for it or for all teams). */
    public List<Recipient> directors(long teamId) {
        List<User> users = User.<User>list(
                "select distinct u from User u left join u.teamIds t "
                        + "where u.roles like ?1 and (u.allTeams = true or t = ?2) order by u.username",
                "%director%",
                teamId);
        List<Recipient> out = new ArrayList<>();
        for (User user : users) {
            if (user.roleSet().contains(Roles.DIRECTOR)) {
                out.add(ofLogin(teamId, user.username));
            }
        }
        return out;
    }

    /** The team's webhook as a recipient of director messages, if the team has one. */
    public Optional<Recipient> teamChannel(long teamId) {
        return TeamWebhook.<TeamWebhook>findByIdOptional(teamId)
                .map(hook -> new Recipient(
                        "team:" + teamId,
                        null,
                        null,
                        null,
                        hook.url,
                        "team:" + teamId,
                        EnumSet.of(Channel.WEBHOOK),
                        List.of()));
    }

    /** A member, with their login's choices if they have a login. */
    public Optional<Recipient> member(long memberId) {
        return Member.<Member>findByIdOptional(memberId).map(member -> {
            NotificationPreference pref =
                    member.username == null ? null : NotificationPreference.findById(member.username);
            String key = member.username == null ? "member:" + member.id : "user:" + member.username;
            return build(key, member.id, member.username, member.email, pref);
        });
    }

    /** A login (a requester), as a member of the team if it is one. */
    public Recipient ofLogin(long teamId, String username) {
        Member member = Member.<Member>find("teamId = ?1 and username = ?2", teamId, username)
                .firstResult();
        NotificationPreference pref = NotificationPreference.findById(username);
        return build(
                "user:" + username,
                member == null ? null : member.id,
                username,
                member == null ? null : member.email,
                pref);
    }

    private Recipient build(
            String key, Long memberId, String username, String memberEmail, NotificationPreference pref) {
        if (pref == null) {
            return new Recipient(
                    key,
                    memberId,
                    username,
                    memberEmail,
                    null,
                    null,
                    EnumSet.of(Channel.EMAIL),
                    config.defaultLeadTimes());
        }
        return new Recipient(
                key,
                memberId,
                username,
                pref.email != null ? pref.email : memberEmail,
                pref.webhookUrl,
                "user:" + username,
                channels(pref.channels),
                leadTimes(pref.leadMinutes));
    }

    static Set<Channel> channels(String stored) {
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        Arrays.stream(stored.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .forEach(s -> channels.add(Channel.valueOf(s)));
        return channels;
    }

    static List<Duration> leadTimes(String stored) {
        return Arrays.stream(stored.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> Duration.ofMinutes(Long.parseLong(s)))
                .toList();
    }
}
