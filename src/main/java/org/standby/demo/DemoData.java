package org.standby.demo;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import org.jboss.logging.Logger;
import org.standby.common.StandbyConfig;
import org.standby.security.Roles;
import org.standby.security.UserService;
import org.standby.team.Member;
import org.standby.team.Team;

/**
 * The demo (STANDBY_DEMO=true): the IT team of an international school in Frankfurt, four technicians of whom
 * one works half-time, a director, and a viewer login for the intranet. Loaded once, into an empty database.
 */
@ApplicationScoped
public class DemoData {

    public static final String PASSWORD = "standby-demo";
    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @Inject
    StandbyConfig config;

    @Inject
    UserService users;

    @Inject
    java.time.Clock clock;

    @Transactional
    void onStart(@Observes @Priority(2000) StartupEvent event) {
        if (!config.demo() || Team.count() > 0) {
            return;
        }
        Team team = new Team();
        team.name = "IT Services, Rhein-Main International School";
        team.timeZone = "Europe/Berlin";
        team.holidayRegion = "DE-HE";
        team.handoverTime = LocalTime.of(8, 0);
        team.createdAt = clock.instant();
        team.persist();

        List<Long> teamIds = List.of(team.id);
        // One bcrypt hash for the shared demo password: seven hashes would add most of a second to the start.
        String hash = BcryptUtil.bcryptHash(PASSWORD);
        users.createWithHashIfAbsent("dana", hash, List.of(Roles.DIRECTOR), teamIds);
        users.createWithHashIfAbsent("intranet", hash, List.of(Roles.VIEWER), teamIds);
        member(team, hash, "Ana Costa", "ana", "ana.costa@rmis.example", "+49 69 1234 101", "1.0");
        member(team, hash, "Ben Okafor", "ben", "ben.okafor@rmis.example", "+49 69 1234 102", "1.0");
        member(team, hash, "Chloé Martin", "chloe", "chloe.martin@rmis.example", "+49 69 1234 103", "1.0");
        member(team, hash, "Dev Raman", "dev", "dev.raman@rmis.example", "+49 69 1234 104", "0.5");
        LOG.infof(
                "Demo data loaded: team %d with director 'dana' and members ana, ben, chloe, dev "
                        + "(password: see README)",
                team.id);
    }

    private void member(Team team, String hash, String name, String username, String email, String phone, String fte) {
        users.createWithHashIfAbsent(username, hash, List.of(Roles.MEMBER), List.of(team.id));
        Member member = new Member();
        member.teamId = team.id;
        member.name = name;
        member.username = username;
        member.email = email;
        member.phone = phone;
        member.fte = new BigDecimal(fte);
        member.createdAt = clock.instant();
        member.persist();
    }
}
