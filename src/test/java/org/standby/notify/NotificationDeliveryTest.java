package org.standby.notify;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.standby.support.Api.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.standby.calendar.DayType;
import org.standby.support.MailServer;
import org.standby.support.PublishedShifts;
import org.standby.support.TeamFixture;
import org.standby.support.TestClock;
import org.standby.support.WebhookReceiver;

/**
 * Issue 14 end to end: decisions recorded in the outbox, delivered through a real SMTP server (GreenMail) and a
 * real HTTP receiver, at the right local time, exactly once. The clock is moved; the planner and the dispatcher
 * (Quartz jobs in production) are called directly.
 */
@QuarkusTest
@QuarkusTestResource(MailServer.class)
class NotificationDeliveryTest {

    private static final String SECRET = "a-webhook-secret-of-the-team";
    /** Wednesday 13 January 2027, 10:00 in Berlin: a working morning. */
    private static final Instant WEDNESDAY_MORNING = Instant.parse("2027-01-13T09:00:00Z");

    @Inject
    TestClock clock;

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    NotificationPlanner planner;

    @Inject
    ObjectMapper json;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String mail(String username) {
        return username + "@school.example";
    }

    private static void directorWantsMail(TeamFixture team) {
        as(team.director)
                .body(Map.of("channels", List.of("EMAIL"), "leadTimes", List.of("PT24H"), "email", mail(team.director)))
                .put("/api/me/notifications")
                .then()
                .statusCode(200);
    }

    private static void teamWebhook(TeamFixture team, WebhookReceiver receiver) {
        as(team.director)
                .body(Map.of("url", receiver.url(), "secret", SECRET))
                .put("/api/teams/" + team.teamId + "/webhook")
                .then()
                .statusCode(200);
    }

    private static long cover(TeamFixture team, long rotaId, long shiftId, String asMember) {
        return as(asMember)
                .body(Map.of("type", "COVER", "shiftId", shiftId, "reason", "I can take it"))
                .post("/api/rotas/" + rotaId + "/change-requests")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private void dispatchTwice() {
        dispatcher.dispatch();
        dispatcher.dispatch();
    }

    private void planAndDispatchTwice() {
        planner.plan();
        dispatcher.dispatch();
        planner.plan();
        dispatcher.dispatch();
    }

    private static List<MimeMessage> withSubject(String address, String part) throws Exception {
        return MailServer.to(address).stream()
                .filter(m -> {
                    try {
                        return m.getSubject().contains(part);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static String attachment(MimeMessage message) throws Exception {
        Multipart multipart = (Multipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContentType().toLowerCase().startsWith("text/calendar")) {
                try (InputStream in = part.getInputStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no text/calendar part in " + message.getSubject());
    }

    private static String text(MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof String s) {
            return s;
        }
        Multipart multipart = (Multipart) content;
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContentType().toLowerCase().startsWith("text/plain")) {
                return String.valueOf(part.getContent());
            }
            if (part.getContent() instanceof Multipart) {
                Multipart inner = (Multipart) part.getContent();
                return String.valueOf(inner.getBodyPart(0).getContent());
            }
        }
        throw new AssertionError("no text part");
    }

    private static Component event(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        return calendar.getComponents(Component.VEVENT).get(0);
    }

    private static String hmac(byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    @Test
    void aPendingChangeRequestReachesTheDirectorOnceByMailAndBySignedWebhook() throws Exception {
        clock.moveTo(WEDNESDAY_MORNING);
        TeamFixture team = TeamFixture.create();
        directorWantsMail(team);
        try (WebhookReceiver receiver = new WebhookReceiver(200)) {
            teamWebhook(team, receiver);
            PublishedShifts rota = PublishedShifts.rota(team.teamId, "2027-01-14", "2027-01-20");
            long shift =
                    rota.shift(team.memberId, "2027-01-15T18:00:00+01:00", "2027-01-16T08:00:00+01:00", DayType.TERM);
            long requestId = cover(team, rota.rotaId(), shift, team.otherMember);

            dispatchTwice();

            List<MimeMessage> mails = withSubject(mail(team.director), "waits for your decision");
            assertThat(mails).hasSize(1);
            MimeMessage mail = mails.get(0);
            assertThat(mail.getSubject()).contains("COVER request #" + requestId);
            assertThat(text(mail))
                    .contains("Fri 15 Jan 2027 18:00 (Europe/Berlin)")
                    .contains("/api/change-requests?status=PENDING&teamId=" + team.teamId);
            assertThat(mail.getMessageID()).matches("<[0-9a-f]{40}@standby>");
            // the members hear nothing of a request that waits for the director
            assertThat(withSubject(mail(team.member), "waits")).isEmpty();

            List<WebhookReceiver.Received> posts = receiver.received();
            assertThat(posts).hasSize(1);
            WebhookReceiver.Received post = posts.get(0);
            assertThat(post.header("X-Standby-Signature")).isEqualTo(hmac(post.bytes()));
            assertThat(post.header("Content-Type")).startsWith("application/json");
            JsonNode payload = json.readTree(post.body());
            assertThat(payload.get("text").asText())
                    .contains("waits for your decision")
                    .contains("#" + requestId);
            assertThat(payload.get("id").asText())
                    .isEqualTo(post.header("Idempotency-Key"))
                    .startsWith("change-request.pending:change-request:" + requestId + ":team:" + team.teamId);
            assertThat(post.body()).doesNotContain(SECRET);
        }
    }

    @Test
    void anApprovedCoverSendsCalendarMessagesWithTheFeedsUidAndSequence() throws Exception {
        clock.moveTo(WEDNESDAY_MORNING);
        TeamFixture team = TeamFixture.create();
        PublishedShifts rota = PublishedShifts.rota(team.teamId, "2027-01-14", "2027-01-20");
        long shift = rota.shift(team.memberId, "2027-01-15T18:00:00+01:00", "2027-01-16T08:00:00+01:00", DayType.TERM);
        long requestId = cover(team, rota.rotaId(), shift, team.otherMember);
        as(team.director)
                .body(Map.of("note", "thanks, Ben", "breachReason", "test team"))
                .post("/api/change-requests/" + requestId + "/approve")
                .then()
                .statusCode(200);

        dispatchTwice();

        List<MimeMessage> added = withSubject(mail(team.otherMember), "Shift added");
        List<MimeMessage> cancelled = withSubject(mail(team.member), "Shift cancelled");
        assertThat(added).hasSize(1);
        assertThat(cancelled).hasSize(1);
        Calendar request = new CalendarBuilder().build(new StringReader(attachment(added.get(0))));
        Calendar cancel = new CalendarBuilder().build(new StringReader(attachment(cancelled.get(0))));
        assertThat(request.getProperty(Property.METHOD).orElseThrow().getValue())
                .isEqualTo("REQUEST");
        assertThat(cancel.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
        Component requested = request.getComponents(Component.VEVENT).get(0);
        Component cancelledEvent = cancel.getComponents(Component.VEVENT).get(0);

        // the feeds of both members show the same UID and SEQUENCE
        String takerFeed = URI.create(as(team.otherMember)
                        .post("/api/members/" + team.otherMemberId + "/feeds")
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getString("url"))
                .getPath();
        String giverFeed = URI.create(as(team.member)
                        .post("/api/members/" + team.memberId + "/feeds")
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath()
                        .getString("url"))
                .getPath();
        Component inTakerFeed = feedEvent(
                given().get(takerFeed).then().statusCode(200).extract().asString(), shift);
        Component inGiverFeed = feedEvent(
                given().get(giverFeed).then().statusCode(200).extract().asString(), shift);
        assertThat(value(requested, Property.UID))
                .isEqualTo("shift-" + shift + "@standby")
                .isEqualTo(value(inTakerFeed, Property.UID));
        assertThat(value(requested, Property.SEQUENCE))
                .isEqualTo(value(inTakerFeed, Property.SEQUENCE))
                .isEqualTo("1");
        assertThat(value(cancelledEvent, Property.UID)).isEqualTo(value(inGiverFeed, Property.UID));
        assertThat(value(cancelledEvent, Property.SEQUENCE)).isEqualTo(value(inGiverFeed, Property.SEQUENCE));
        assertThat(value(inGiverFeed, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(cancelledEvent, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(requested, Property.DTSTART)).isEqualTo("20270115T180000");

        // the requester hears the decision and its note
        List<MimeMessage> decided = withSubject(mail(team.otherMember), "was approved");
        assertThat(decided).hasSize(1);
        assertThat(text(decided.get(0))).contains("Note: thanks, Ben");
    }

    private static Component feedEvent(String feed, long shiftId) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed));
        return calendar.getComponents(Component.VEVENT).stream()
                .filter(c -> value(c, Property.UID).equals("shift-" + shiftId + "@standby"))
                .findFirst()
                .orElseThrow();
    }

    private static String value(Component component, String property) {
        return component.getProperty(property).orElseThrow().getValue();
    }

    @Test
    void aFailingWebhookIsRetriedWithBackOffAndThenReportedToDirectors() {
        clock.moveTo(WEDNESDAY_MORNING);
        TeamFixture team = TeamFixture.create();
        try (WebhookReceiver receiver = new WebhookReceiver(500)) {
            teamWebhook(team, receiver);
            as(team.member)
                    .body(Map.of(
                            "memberId", team.memberId, "start", "2027-02-01", "end", "2027-02-03", "kind", "VACATION"))
                    .post("/api/teams/" + team.teamId + "/absences")
                    .then()
                    .statusCode(201);

            dispatcher.dispatch();
            assertThat(receiver.received()).hasSize(1);
            dispatcher.dispatch();
            assertThat(receiver.received()).as("no retry before the back-off").hasSize(1);
            // back-off: 1, 2, 4, 8 minutes; the fifth attempt is the last
            for (int minutes : new int[] {1, 2, 4, 8}) {
                clock.advance(Duration.ofMinutes(minutes).minusSeconds(5));
                dispatcher.dispatch();
                int before = receiver.received().size();
                clock.advance(Duration.ofSeconds(6));
                dispatcher.dispatch();
                assertThat(receiver.received()).hasSize(before + 1);
            }
            clock.advance(Duration.ofHours(2));
            dispatcher.dispatch();
            assertThat(receiver.received()).hasSize(5);
            assertThat(receiver.received().stream()
                            .map(r -> r.header("Idempotency-Key"))
                            .distinct())
                    .hasSize(1);

            var failed = as(team.director)
                    .get("/api/teams/" + team.teamId + "/notifications/failed")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(failed.getList("kind")).containsExactly("absence.pending");
            assertThat(failed.getList("channel")).containsExactly("WEBHOOK");
            assertThat(failed.getList("reason")).containsExactly("webhook: HTTP 500 from 127.0.0.1");
            assertThat(failed.getList("attempts")).containsExactly(5);
            assertThat(failed.getList("recipient")).containsExactly("team:" + team.teamId);
            as(team.member)
                    .get("/api/teams/" + team.teamId + "/notifications/failed")
                    .then()
                    .statusCode(403);
        }
    }

    @Test
    void remindersArriveAtTheLeadTimesAcrossTheBerlinDstNight() throws Exception {
        // a Sunday evening shift on the day Berlin moves from +01:00 to +02:00 (28 March 2027, 02:00 -> 03:00)
        clock.moveTo(Instant.parse("2027-03-20T09:00:00Z"));
        TeamFixture team = TeamFixture.create();
        PublishedShifts rota = PublishedShifts.rota(team.teamId, "2027-03-27", "2027-03-29");
        rota.shift(team.memberId, "2027-03-28T20:00:00+02:00", "2027-03-29T08:00:00+02:00", DayType.WEEKEND);
        String address = mail(team.member);
        Instant start = OffsetDateTime.parse("2027-03-28T20:00:00+02:00").toInstant();

        // 24 hours before is 19:00 local on Saturday (the night in between is 23 hours long)
        clock.moveTo(start.minus(Duration.ofHours(24)).minusSeconds(60));
        planAndDispatchTwice();
        assertThat(withSubject(address, "Reminder")).isEmpty();
        clock.moveTo(start.minus(Duration.ofHours(24)).plusSeconds(30));
        assertThat(clock.instant().atZone(java.time.ZoneId.of("Europe/Berlin")).getHour())
                .isEqualTo(19);
        planAndDispatchTwice();
        List<MimeMessage> reminders = withSubject(address, "Reminder");
        assertThat(reminders).hasSize(1);
        assertThat(reminders.get(0).getSubject()).contains("Sun 28 Mar 2027 20:00 (Europe/Berlin)");
        assertThat(text(reminders.get(0))).contains("to Mon 29 Mar 2027 08:00 (Europe/Berlin)");

        clock.moveTo(start.minus(Duration.ofHours(1)).minusSeconds(60));
        planAndDispatchTwice();
        assertThat(withSubject(address, "Reminder")).hasSize(1);
        clock.moveTo(start.minus(Duration.ofHours(1)).plusSeconds(30));
        planAndDispatchTwice();
        assertThat(withSubject(address, "Reminder")).hasSize(2);
        // the other member and the director get no reminder of somebody else's shift
        assertThat(withSubject(mail(team.otherMember), "Reminder")).isEmpty();
    }

    @Test
    void aMemberOnLeaveGetsNothingNonUrgentUntilTheNextWorkingMorning() throws Exception {
        // Tuesday 2 February 2027, 10:00 in Berlin; leave Monday 1 to Friday 5 February
        clock.moveTo(Instant.parse("2027-02-02T09:00:00Z"));
        TeamFixture team = TeamFixture.create();
        directorWantsMail(team);
        PublishedShifts rota = PublishedShifts.rota(team.teamId, "2027-02-01", "2027-02-14");
        long duringLeave =
                rota.shift(team.memberId, "2027-02-03T20:00:00+01:00", "2027-02-04T08:00:00+01:00", DayType.TERM);
        long afterLeave =
                rota.shift(team.memberId, "2027-02-10T20:00:00+01:00", "2027-02-11T08:00:00+01:00", DayType.TERM);
        as(team.director)
                .body(Map.of(
                        "memberId",
                        team.memberId,
                        "start",
                        "2027-02-01",
                        "end",
                        "2027-02-05",
                        "kind",
                        "VACATION",
                        "status",
                        "APPROVED"))
                .post("/api/teams/" + team.teamId + "/absences")
                .then()
                .statusCode(201);
        long requestId = cover(team, rota.rotaId(), afterLeave, team.otherMember);
        as(team.director)
                .body(Map.of("breachReason", "test team"))
                .post("/api/change-requests/" + requestId + "/approve")
                .then()
                .statusCode(200);

        planAndDispatchTwice();
        String address = mail(team.member);
        assertThat(MailServer.to(address)).isEmpty();
        // the directors hear at once that the leave leaves a shift uncovered
        assertThat(withSubject(mail(team.director), "leaves 1 shift(s) uncovered"))
                .hasSize(1);

        // reminder times of the shift during the leave: nothing
        Instant start = OffsetDateTime.parse("2027-02-03T20:00:00+01:00").toInstant();
        clock.moveTo(start.minus(Duration.ofHours(24)).plusSeconds(30));
        planAndDispatchTwice();
        clock.moveTo(start.minus(Duration.ofHours(1)).plusSeconds(30));
        planAndDispatchTwice();
        assertThat(MailServer.to(address)).isEmpty();

        // Monday 8 February is the next working morning: just before 08:00 nothing, at 08:00 the held message
        clock.moveTo(Instant.parse("2027-02-08T06:59:00Z"));
        dispatchTwice();
        assertThat(MailServer.to(address)).isEmpty();
        clock.moveTo(Instant.parse("2027-02-08T07:00:30Z"));
        dispatchTwice();
        assertThat(MailServer.to(address)).hasSize(1);
        assertThat(MailServer.to(address).get(0).getSubject()).contains("Shift cancelled");
        assertThat(duringLeave).isPositive();
    }

    @Test
    void aGapInTheNext24HoursIsUrgentForDirectorsAtNight() throws Exception {
        // Thursday 14 January 2027, 03:00 in Berlin
        clock.moveTo(Instant.parse("2027-01-14T02:00:00Z"));
        TeamFixture team = TeamFixture.create();
        directorWantsMail(team);
        PublishedShifts rota = PublishedShifts.rota(team.teamId, "2027-01-14", "2027-01-20");
        rota.shift(team.memberId, "2027-01-14T18:00:00+01:00", "2027-01-15T08:00:00+01:00", DayType.TERM);
        // sick leave entered by the director at night hits tonight's shift
        as(team.director)
                .body(Map.of(
                        "memberId",
                        team.memberId,
                        "start",
                        "2027-01-14",
                        "end",
                        "2027-01-15",
                        "kind",
                        "SICK",
                        "status",
                        "APPROVED"))
                .post("/api/teams/" + team.teamId + "/absences")
                .then()
                .statusCode(201);
        dispatchTwice();
        List<MimeMessage> urgent = withSubject(mail(team.director), "URGENT");
        assertThat(urgent).hasSize(1);
        assertThat(text(urgent.get(0))).contains("Thu 14 Jan 2027 18:00 (Europe/Berlin)");
        assertThat(MailServer.to(mail(team.member))).isEmpty();
    }

    @Test
    void messagesPendingDuringAnSmtpOutageAreDeliveredOnceWhenItIsBack() throws Exception {
        clock.moveTo(WEDNESDAY_MORNING);
        TeamFixture team = TeamFixture.create();
        directorWantsMail(team);
        MailServer.stopServer();
        try {
            as(team.member)
                    .body(Map.of(
                            "memberId", team.memberId, "start", "2027-03-01", "end", "2027-03-02", "kind", "VACATION"))
                    .post("/api/teams/" + team.teamId + "/absences")
                    .then()
                    .statusCode(201);
            dispatcher.dispatch();
        } finally {
            MailServer.restart();
        }
        assertThat(MailServer.to(mail(team.director))).isEmpty();
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        dispatchTwice();
        List<MimeMessage> mails = withSubject(mail(team.director), "Leave request");
        assertThat(mails).hasSize(1);
    }

    @Test
    void handOverNoticesReachTheOutgoingAndTheIncomingMemberAnHourBefore() throws Exception {
        clock.moveTo(Instant.parse("2027-04-05T09:00:00Z"));
        TeamFixture team = TeamFixture.create();
        PublishedShifts rota = PublishedShifts.rota(team.teamId, "2027-04-06", "2027-04-08");
        rota.shift(team.memberId, "2027-04-06T18:00:00+02:00", "2027-04-07T08:00:00+02:00", DayType.TERM);
        rota.shift(team.otherMemberId, "2027-04-07T08:00:00+02:00", "2027-04-07T18:00:00+02:00", DayType.TERM);
        Instant handover = OffsetDateTime.parse("2027-04-07T08:00:00+02:00").toInstant();

        clock.moveTo(handover.minus(Duration.ofHours(1)).minusSeconds(60));
        planAndDispatchTwice();
        assertThat(withSubject(mail(team.member), "Hand-over")).isEmpty();
        clock.moveTo(handover.minus(Duration.ofHours(1)).plusSeconds(30));
        planAndDispatchTwice();
        List<MimeMessage> outgoing = withSubject(mail(team.member), "Hand-over");
        List<MimeMessage> incoming = withSubject(mail(team.otherMember), "Hand-over");
        assertThat(outgoing).hasSize(1);
        assertThat(incoming).hasSize(1);
        assertThat(outgoing.get(0).getSubject())
                .contains("Wed 7 Apr 2027 08:00 (Europe/Berlin)")
                .contains("you hand over");
        assertThat(text(outgoing.get(0))).contains("Ben ");
        assertThat(incoming.get(0).getSubject()).contains("you take over");
        assertThat(text(incoming.get(0))).contains("Ana ");
    }

    @Test
    void directorsGetTheDailyLookAheadDigestAndRotaEndNoticeOnceFromSevenLocal() throws Exception {
        // Monday 10 May 2027, 06:59 in Berlin
        clock.moveTo(Instant.parse("2027-05-10T04:59:00Z"));
        TeamFixture team = TeamFixture.create();
        directorWantsMail(team);
        PublishedShifts rota = PublishedShifts.rota(team.teamId, "2027-05-10", "2027-05-23");
        rota.shift(null, "2027-05-20T18:00:00+02:00", "2027-05-21T08:00:00+02:00", DayType.TERM);
        as(team.member)
                .body(Map.of("memberId", team.memberId, "start", "2027-06-01", "end", "2027-06-02", "kind", "VACATION"))
                .post("/api/teams/" + team.teamId + "/absences")
                .then()
                .statusCode(201);
        String director = mail(team.director);

        planAndDispatchTwice();
        assertThat(withSubject(director, "next 14 days")).isEmpty();
        assertThat(withSubject(director, "wait for you")).isEmpty();

        clock.moveTo(Instant.parse("2027-05-10T05:00:30Z"));
        planAndDispatchTwice();
        List<MimeMessage> lookAhead = withSubject(director, "next 14 days");
        assertThat(lookAhead).hasSize(1);
        assertThat(text(lookAhead.get(0))).contains("Thu 20 May 2027 18:00 (Europe/Berlin)");
        List<MimeMessage> digest = withSubject(director, "wait for you");
        assertThat(digest).hasSize(1);
        assertThat(text(digest.get(0))).contains("leave requests: 1");
        assertThat(withSubject(director, "end on 2027-05-23")).hasSize(1);

        // the next day: a new look-ahead and digest, no second rota-end notice
        clock.moveTo(Instant.parse("2027-05-11T05:30:00Z"));
        planAndDispatchTwice();
        assertThat(withSubject(director, "next 14 days")).hasSize(2);
        assertThat(withSubject(director, "wait for you")).hasSize(2);
        assertThat(withSubject(director, "end on 2027-05-23")).hasSize(1);
        // members are not told about gaps or pending decisions
        assertThat(withSubject(mail(team.member), "next 14 days")).isEmpty();
    }
}
