package org.standby.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** Standby's own settings, prefix {@code standby}; each can be given as an environment variable (STANDBY_...). */
@ConfigMapping(prefix = "standby")
public interface StandbyConfig {

    /** Directory of the embedded H2 database and other local files. */
    @WithDefault("./data")
    String dataDir();

    Admin admin();

    /** Load the demo team and logins on start when the database has no teams. */
    @WithDefault("false")
    boolean demo();

    Cors cors();

    /** The address clients reach Standby at, for feed URLs (e.g. https://standby.school.example); default: the
     * address of the request that made the feed. */
    java.util.Optional<String> publicUrl();

    Http http();

    Cluster cluster();

    interface Cluster {
        /**
         * On PostgreSQL, announce every change to other instances on the same database and listen for theirs
         * ({@link ClusterRevisions}); nothing runs on H2.
         */
        @WithDefault("true")
        @io.smallrye.config.WithName("notify")
        boolean notifyOthers();
    }

    interface Http {
        /** The longest request URI read; a longer one is answered 414 problem+json ({@link RequestLimits}). */
        @WithDefault("8192")
        int maxUriLength();
    }

    interface Cors {
        /** Origins (the school intranet) allowed to call the API from a browser; also set quarkus.http.cors.origins. */
        Optional<List<String>> origins();
    }

    interface Admin {
        /** Password of the bootstrap admin created on first start; a random one is logged once if absent. */
        Optional<String> initialPassword();
    }
}
