package org.standby.feed;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import org.standby.security.SecretHashing;

/**
 * The fast path of {@code GET/HEAD /feeds/{token}.ics}: a Vert.x route ahead of the JAX-RS resources that answers
 * from {@link FeedCache} on the event loop, with no worker thread, transaction or database round trip, and with
 * the same status and headers as {@link PublicFeedResource}. Anything it cannot answer (a token not in the cache,
 * a stale entry, an unknown or revoked token) goes on to {@link PublicFeedResource}, which renders, fills the cache
 * and carries the OpenAPI documentation of the URL. It exists for issue 6's throughput target (docs/feeds.md).
 */
@ApplicationScoped
public class CachedFeedRoute {

    /** The JAX-RS path, also reported to the HTTP metrics instead of the secret URL. */
    static final String TEMPLATE = "/feeds/{token}.ics";
    private static final String NO_CACHE = "private, no-cache";

    @Inject
    FeedCache cache;

    @Inject
    FeedLastAccess lastAccess;

    @Inject
    Clock clock;

    void install(@Observes Router router) {
        router.routeWithRegex("/feeds/([^/]+)\\.ics").method(HttpMethod.GET).method(HttpMethod.HEAD)
                .order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::answer);
    }

    void answer(RoutingContext context) {
        String token = context.pathParam("param0");
        if (!FeedTokens.plausible(token)) {
            context.next();
            return;
        }
        Instant now = clock.instant();
        FeedCache.Entry entry = cache.current(SecretHashing.sha256Hex(token), now);
        if (entry == null) {
            context.next();
            return;
        }
        lastAccess.record(entry.feedId, now);
        Vertx.currentContext().putLocal("UrlPathTemplate", TEMPLATE);
        HttpServerRequest request = context.request();
        HttpServerResponse response = context.response();
        boolean notModified = ConditionalGet.notModified(request.getHeader(HttpHeaders.IF_NONE_MATCH),
                request.getHeader(HttpHeaders.IF_MODIFIED_SINCE), entry.rendered.etag(), entry.lastModified);
        response.putHeader(HttpHeaders.ETAG, entry.rendered.etag())
                .putHeader(HttpHeaders.LAST_MODIFIED, entry.lastModifiedHeader)
                .putHeader(HttpHeaders.CACHE_CONTROL, NO_CACHE);
        if (notModified) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, FeedPublisher.CALENDAR)
                .putHeader(HttpHeaders.CONTENT_LENGTH, entry.contentLength);
        if (request.method() == HttpMethod.HEAD) {
            response.end();
        } else {
            response.end(entry.body);
        }
    }
}
