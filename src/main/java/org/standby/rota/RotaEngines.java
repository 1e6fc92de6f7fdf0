package org.standby.rota;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Qualifier;
import jakarta.inject.Singleton;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.standby.rota.engine.RotaEngine;

/**
 * The rota engine as injectable services, built once from {@link EngineConfig}: the engine itself is pure (no CDI
 * in {@code rota.engine}), so it is produced here. {@code @Singleton} rather than a proxied scope: the engine is
 * thread-safe and immutable, and a client proxy would build a second solver factory for nothing.
 */
@ApplicationScoped
public class RotaEngines {

    /** The engine of what-if estimates: the same rules, a shorter search ({@link EngineConfig#whatIfSettings()}). */
    @Qualifier @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE})
    public @interface WhatIf {}

    @Produces
    @Singleton
    RotaEngine engine(EngineConfig config) {
        return new RotaEngine(config.settings());
    }

    @Produces
    @Singleton
    @WhatIf
    RotaEngine whatIfEngine(EngineConfig config) {
        return new RotaEngine(config.whatIfSettings());
    }
}
