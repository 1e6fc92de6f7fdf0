package org.standby.rota.engine;

import java.time.Duration;

/**
 * How long the engine searches. The search stops on step counts, never on the clock, so equal problems give equal
 * rotas on any machine; the wall-clock cap is a safety net that normal team sizes never reach.
 *
 * @param randomSeed          seed of the solver's random generator
 * @param stepLimit           maximum local search steps
 * @param unimprovedStepLimit stop after this many steps without a new best rota
 * @param moveLimit           stop after evaluating this many moves (bounds the work when most moves break a rule)
 * @param safetyCap           wall-clock cap; if it is ever reached the result may differ between runs
 */
public record EngineSettings(
        long randomSeed, int stepLimit, int unimprovedStepLimit, long moveLimit, Duration safetyCap) {

    /** Defaults sized for a school year of a team of up to 12 people. */
    public static EngineSettings defaults() {
        return new EngineSettings(0L, 8_000, 3_000, 60_000, Duration.ofSeconds(60));
    }
}
