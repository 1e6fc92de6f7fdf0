package org.standby.rota.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.standby.policy.CoverageRules;
import org.standby.policy.PlannedShift;
import org.standby.rota.engine.support.Slots;

/** What ended the engine's search, as {@link RotaResult#searchEnd()} reports it. */
class SearchEndTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final List<EngineMember> TEAM = List.of(
            EngineMember.fullTime(MemberId.of(1), "Ana"),
            EngineMember.fullTime(MemberId.of(2), "Ben"),
            EngineMember.fullTime(MemberId.of(3), "Cara"));

    private static List<PlannedShift> shifts(String from, String to) {
        return Slots.defaultPolicyShifts(from, to);
    }

    @ParameterizedTest(name = "{0} ms, {1} moves of {2}, cap {3} ms: {4}")
    @CsvSource({
        "100, 500, 2000, 60000, STEP_LIMIT",
        "100, 2000, 2000, 60000, MOVE_LIMIT",
        "100, 2150, 2000, 60000, MOVE_LIMIT",
        "60000, 500, 2000, 60000, TIME_CAP",
        "60001, 2000, 2000, 60000, TIME_CAP",
        "59999, 1999, 2000, 60000, STEP_LIMIT",
    })
    void theCapCountsFirstThenTheMoveBudget(long millis, long moves, long moveLimit, long capMillis, SearchEnd end) {
        assertThat(SearchEnd.of(millis, moves, moveLimit, Duration.ofMillis(capMillis)))
                .isEqualTo(end);
    }

    @Test
    void aRotaOfAFewWeeksEndsOnItsStepOrMoveBudget() {
        RotaResult result = new RotaEngine()
                .solve(new RotaProblem(BERLIN, shifts("2027-03-01", "2027-03-21"), TEAM, CoverageRules.defaults()));
        assertThat(result.searchEnd()).isIn(SearchEnd.STEP_LIMIT, SearchEnd.MOVE_LIMIT);
        assertThat(result.movesEvaluated()).isPositive();
    }

    @Test
    void everyShiftPinnedLeavesNothingToSearch() {
        List<PlannedShift> shifts = shifts("2027-03-01", "2027-03-07");
        Map<String, MemberId> pinned = new LinkedHashMap<>();
        for (int i = 0; i < shifts.size(); i++) {
            pinned.put(shifts.get(i).key(), TEAM.get(i % TEAM.size()).id());
        }
        RotaResult result = new RotaEngine()
                .solve(new RotaProblem(BERLIN, shifts, TEAM, CoverageRules.defaults(), pinned, Map.of()));
        assertThat(result.searchEnd()).isEqualTo(SearchEnd.NOTHING_TO_SEARCH);
        assertThat(result.movesEvaluated()).isZero();
    }

    @Test
    void aSearchStoppedByTheWallClockCapSaysSo() {
        EngineSettings capped = new EngineSettings(0L, 1_000_000, 1_000_000, 100_000_000, Duration.ofMillis(1));
        RotaResult result = new RotaEngine(capped)
                .solve(new RotaProblem(BERLIN, shifts("2027-03-01", "2027-05-31"), TEAM, CoverageRules.defaults()));
        assertThat(result.searchEnd()).isEqualTo(SearchEnd.TIME_CAP);
    }
}
