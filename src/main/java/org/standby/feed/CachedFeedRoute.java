package org.standby.feed;

import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;
import org.standby.common.ProblemMappers;
import org.standby.security.SecretHashing;

/**
 * The fast path of {@code GET/HEAD /feeds/{token}.ics}: a Vert.x route ahead of the JAX-RS resources that answers
 * from {@link FeedCache} on the event loop, with no worker thread, transaction or database round trip, and with
 * the same answer as {@link PublicFeedResource} (both write the entry's {@link FeedAnswer}). Anything it cannot answer (a token not in the cache,
 * a stale entry, an unknown or revoked token) goes on to {@link PublicFeedResource}, which renders, fills the cache
 * and carries the OpenAPI documentation of the URL, as does a request with an {@code Origin} header, so that a
 * browser's request gets Quarkus' CORS handling. It exists for issue 6's throughput target (docs/feeds.md).
 */
@ApplicationScoped
public class CachedFeedRoute {

    private static final Logger LOG = Logger.getLogger(CachedFeedRoute.class);

    @Inject
    Vertx vertx;

    @Inject
    FeedCache cache;

    @Inject
    FeedLastAccess lastAccess;

    @Inject
    Clock clock;

    void install(@Observes Router router) {
        // before Quarkus' CORS, authentication and authorization filters (route order = -priority): measured
        // faster, and a feed needs none of them; a request with an Origin is left to them (see answer)
        router.routeWithRegex("/feeds/([^/]+)\\.ics")
                .method(HttpMethod.GET)
                .method(HttpMethod.HEAD)
                .order(-(SecurityHandlerPriorities.CORS + 1))
                .handler(this::answer);
        LOG.infof(
                "Feeds answered from memory on the event loop; network transport: %s",
                vertx.isNativeTransportEnabled() ? "native epoll" : "Java NIO");
    }

    void answer(RoutingContext context) {
        HttpServerRequest request = context.request();
        String token = context.pathParam("param0");
        if (!FeedTokens.plausible(token) || request.headers().contains(HttpHeaders.ORIGIN)) {
            context.next();
            return;
        }
        Instant now = clock.instant();
        FeedCache.Entry entry = cache.currentOrPass(SecretHashing.sha256Hex(token), now);
        if (entry == null) {
            context.next();
            return;
        }
        lastAccess.record(entry.feedId, now);
        Vertx.currentContext().putLocal("UrlPathTemplate", ProblemMappers.FEED_TEMPLATE);
        entry.answer(
                        request.getHeader(HttpHeaders.IF_NONE_MATCH),
                        request.getHeader(HttpHeaders.IF_MODIFIED_SINCE),
                        request.getHeader(HttpHeaders.ACCEPT_ENCODING))
                .writeTo(context.response(), request.method() == HttpMethod.HEAD);
    }
}
