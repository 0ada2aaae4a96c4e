package io.voxcampaigns.platform.ratelimit;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import io.voxcampaigns.platform.auth.Caller;
import io.voxcampaigns.platform.auth.CallerContext;
import io.voxcampaigns.platform.error.ApiException;

/**
 * Limits how fast each organisation may call the public API: one token bucket per organisation and route class
 * (reads, changes), refilled at {@code vox.rate-limit.<class>.per-second} up to {@code burst}, kept in the service's
 * database so every replica draws from the same bucket (one statement per request). Over the limit: 429
 * {@code TOO_MANY_REQUESTS} in the error envelope with {@code Retry-After}, counted in
 * {@code vox_api_throttled_total{organization, route_class}}. Runs after the key was checked; health, metrics and the
 * voice runtime's webhooks (not under the protected prefix) carry no key and are never limited.
 */
public class RateLimitFilter {

    // Takes a token when the bucket, refilled for the time since its last request, holds one; no row otherwise.
    private static final String TAKE = """
            insert into rate_limit_bucket as b (organization_id, route_class, tokens, refreshed_at)
            values ($1, $2, $3 - 1, $4)
            on conflict (organization_id, route_class) do update set
                tokens = least($3, b.tokens
                        + greatest(0, extract(epoch from ($4 - b.refreshed_at))::double precision) * $5) - 1,
                refreshed_at = greatest(b.refreshed_at, $4)
            where least($3, b.tokens
                    + greatest(0, extract(epoch from ($4 - b.refreshed_at))::double precision) * $5) >= 1
            returning tokens
            """;

    private final Pool pool;
    private final RateLimitConfig config;
    private final CallerContext callers;
    private final MeterRegistry registry;
    private final Clock clock;

    RateLimitFilter(Pool pool, RateLimitConfig config, CallerContext callers, MeterRegistry registry, Clock clock) {
        this.pool = pool;
        this.config = config;
        this.callers = callers;
        this.registry = registry;
        this.clock = clock;
    }

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION + 10)
    public Uni<Response> limit(ContainerRequestContext request) {
        Caller caller = config.enabled() ? callers.current() : null;
        if (caller == null) {
            return Uni.createFrom().nullItem();
        }
        RouteClass routeClass = RouteClass.of(request.getMethod());
        RateLimitConfig.Bucket bucket = routeClass == RouteClass.READ ? config.read() : config.write();
        Tuple params = Tuple.of(caller.organizationId(), routeClass.label(), (double) bucket.burst(),
                clock.instant().atOffset(ZoneOffset.UTC), bucket.perSecond());
        return pool.preparedQuery(TAKE).execute(params).map(rows -> {
            if (rows.size() > 0) {
                return null;
            }
            registry.counter("vox_api_throttled", "organization", caller.organizationId(), "route_class",
                    routeClass.label()).increment();
            int retryAfter = (int) Math.max(1, Math.ceil(1 / bucket.perSecond()));
            ApiException refused = ApiException.tooManyRequests("this organisation sent more " + routeClass.label()
                    + " requests than its limit of " + bucket.perSecond() + " per second (burst " + bucket.burst()
                    + "); retry after " + retryAfter + " s", Map.of("route_class", routeClass.label(),
                    "retry_after_seconds", retryAfter), retryAfter);
            return Response.status(429).type(MediaType.APPLICATION_JSON).entity(refused.body())
                    .header("Retry-After", Integer.toString(retryAfter)).build();
        });
    }

    /** Which bucket a request draws from. */
    enum RouteClass {
        READ, WRITE;

        static RouteClass of(String method) {
            return "GET".equalsIgnoreCase(method) || "HEAD".equalsIgnoreCase(method) ? READ : WRITE;
        }

        String label() {
            return this == READ ? "read" : "write";
        }
    }
}
