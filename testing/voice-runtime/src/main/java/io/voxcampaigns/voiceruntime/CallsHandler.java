package io.voxcampaigns.voiceruntime;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

/** The vox v3 calls API: {@code POST /v3/calls} (idempotent per Idempotency-Key) and {@code GET /v3/calls/{id}}. */
final class CallsHandler extends JsonHandler {

    static final String PATH = "/v3/calls";
    private static final Duration EARLY_WEBHOOK_WAIT = Duration.ofSeconds(10);

    private final Controls controls;
    private final Calls calls;
    private final StubRecord record;
    private final CallLifecycle lifecycle;
    private final String apiKey;
    private final Clock clock;

    CallsHandler(Controls controls, Calls calls, StubRecord record, CallLifecycle lifecycle, String apiKey,
            Clock clock) {
        this.controls = controls;
        this.calls = calls;
        this.record = record;
        this.lifecycle = lifecycle;
        this.apiKey = apiKey;
        this.clock = clock;
    }

    @Override
    Answer answer(HttpExchange exchange) throws IOException {
        authorize(exchange);
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (path.equals(PATH) || path.equals(PATH + "/")) {
            if (!method.equals("POST")) {
                throw ApiError.methodNotAllowed(method);
            }
            return create(exchange);
        }
        String id = path.substring(PATH.length() + 1);
        if (id.contains("/")) {
            throw ApiError.notFound("path " + path);
        }
        if (!method.equals("GET")) {
            throw ApiError.methodNotAllowed(method);
        }
        Faults faults = controls.current().faults();
        if (faults.unavailableAt(clock.instant())) {
            return unavailable(faults);
        }
        RuntimeCall call = calls.byId(id);
        if (call == null) {
            throw ApiError.notFound("call " + id);
        }
        ObjectNode response = CallJson.response(call);
        CallJson.putTranscript(response, call);
        return Answer.json(200, response);
    }

    private Answer create(HttpExchange exchange) throws IOException {
        Behaviour behaviour = controls.current();
        Faults faults = behaviour.faults();
        CallRequest request = CallRequest.parse(readObject(exchange));
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        if (key == null || key.isBlank()) {
            throw ApiError.validation("Idempotency-Key", "required header (the attempt id)");
        }
        CampaignRecord campaign = record.of(request.campaignId());
        if (faults.unavailableAt(clock.instant())) {
            campaign.refused();
            return unavailable(faults);
        }
        if (faults.rejected().contains(request.toNumber(), behaviour.outcomes().seed())) {
            campaign.rejected();
            throw ApiError.validation("to_number", "the runtime does not dial " + request.toNumber());
        }
        Calls.Creation creation = calls.create(key, request, clock.millis(), controls.optsOut(request.agentId()),
                controls.refuses(request.toNumber()));
        RuntimeCall call = creation.call();
        if (creation.replay()) {
            campaign.replayed(call);
            pause(faults.createDelay());
            return Answer.json(200, CallJson.response(call));
        }
        campaign.created(call);
        CompletableFuture<Void> started = lifecycle.start(call,
                CallPlan.of(behaviour, request.toNumber(), key, creation.nthCallToNumber(),
                        controls.ringingWebhooks()));
        pause(faults.createDelay());
        await(started);
        return Answer.json(201, CallJson.response(call));
    }

    private void authorize(HttpExchange exchange) {
        if (apiKey != null && !("Bearer " + apiKey).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            throw ApiError.unauthorized();
        }
    }

    private static Answer unavailable(Faults faults) {
        Answer answer = Answer.of(ApiError.unavailable());
        return faults.retryAfter() == null ? answer
                : answer.withHeader("Retry-After", Long.toString(faults.retryAfter().toSeconds()));
    }

    private static void pause(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An early failure's call_ended goes out before the answer; a receiver that never answers costs 10 s at most. */
    private static void await(CompletableFuture<Void> firstAttempts) {
        try {
            firstAttempts.get(EARLY_WEBHOOK_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // answered anyway: the delivery keeps retrying and the record says how it went
        }
    }
}
