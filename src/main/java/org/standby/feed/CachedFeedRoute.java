package org.standby.feed;

import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
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
import org.jboss.logging.Logger;
import org.standby.common.ProblemMappers;
import org.standby.security.SecretHashing;

/**
 * The fast path of {@code GET/HEAD /feeds/{token}.ics}: a Vert.x route ahead of the JAX-RS resources that answers
 * from {@link FeedCache} on the event loop, with no worker thread, transaction or database round trip, and with
 * the same status and headers as {@link PublicFeedResource}. Anything it cannot answer (a token not in the cache,
 * a stale entry, an unknown or revoked token) goes on to {@link PublicFeedResource}, which renders, fills the cache
 * and carries the OpenAPI documentation of the URL, as does a request with an {@code Origin} header, so that a
 * browser's request gets Quarkus' CORS handling. It exists for issue 6's throughput target (docs/feeds.md).
 */
@ApplicationScoped
public class CachedFeedRoute {

    private static final CharSequence NO_CACHE = HttpHeaders.createOptimized("private, no-cache");
    private static final CharSequence CALENDAR = HttpHeaders.createOptimized(FeedPublisher.CALENDAR);
    private static final CharSequence GZIP = HttpHeaders.createOptimized(ContentCoding.GZIP);
    private static final CharSequence VARY = HttpHeaders.createOptimized(ContentCoding.VARY);

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
        router.routeWithRegex("/feeds/([^/]+)\\.ics").method(HttpMethod.GET).method(HttpMethod.HEAD)
                .order(-(SecurityHandlerPriorities.CORS + 1)).handler(this::answer);
        LOG.infof("Feeds answered from memory on the event loop; network transport: %s",
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
        HttpServerResponse response = context.response();
        boolean notModified = entry.rendered.notModified(request.getHeader(HttpHeaders.IF_NONE_MATCH),
                request.getHeader(HttpHeaders.IF_MODIFIED_SINCE), entry.lastModified);
        boolean gzip = ContentCoding.acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        FeedCache.Coded coded = entry.coded(gzip);
        response.putHeader(HttpHeaders.ETAG, coded.etagHeader)
                .putHeader(HttpHeaders.LAST_MODIFIED, entry.lastModifiedHeader)
                .putHeader(HttpHeaders.CACHE_CONTROL, NO_CACHE)
                .putHeader(HttpHeaders.VARY, VARY);
        if (notModified) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, CALENDAR)
                .putHeader(HttpHeaders.CONTENT_LENGTH, coded.contentLength);
        if (gzip) {
            response.putHeader(HttpHeaders.CONTENT_ENCODING, GZIP);
        }
        if (request.method() == HttpMethod.HEAD) {
            response.end();
        } else {
            response.end(coded.body);
        }
    }
}
