package org.standby.rota;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import org.standby.rota.engine.EngineSettings;

/**
 * How long the rota engine searches, prefix {@code standby.engine} (environment: STANDBY_ENGINE_STEP_LIMIT, ...).
 * Set once here; the engine stops on step and move counts, never on the clock, so equal problems give equal rotas.
 */
@ConfigMapping(prefix = "standby.engine")
public interface EngineConfig {

    /** Seed of the solver's random generator. */
    @WithDefault("0")
    long randomSeed();

    /** Maximum local search steps. */
    @WithDefault("8000")
    int stepLimit();

    /** Stop after this many steps without a new best rota. */
    @WithDefault("3000")
    int unimprovedStepLimit();

    /** Stop after evaluating this many moves (bounds the work when most moves break a rule). */
    @WithDefault("60000")
    long moveLimit();

    /** Wall-clock safety net; if it is ever reached the result may differ between runs. */
    @WithDefault("PT60S")
    Duration safetyCap();

    /** What-if searches this fraction of a real rota's limits (an estimate asked for in a conversation). */
    @WithDefault("3")
    int whatIfDivisor();

    /** What-if's wall-clock safety net. */
    @WithDefault("PT20S")
    Duration whatIfSafetyCap();

    default EngineSettings settings() {
        return new EngineSettings(randomSeed(), stepLimit(), unimprovedStepLimit(), moveLimit(), safetyCap());
    }

    default EngineSettings whatIfSettings() {
        return new EngineSettings(
                randomSeed(),
                stepLimit() / whatIfDivisor(),
                unimprovedStepLimit() / whatIfDivisor(),
                moveLimit() / whatIfDivisor(),
                whatIfSafetyCap());
    }
}
