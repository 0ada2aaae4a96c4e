package io.voxcampaigns.voiceruntime;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Every call the stub created, by idempotency key and by runtime id. */
final class Calls {

    /** The call of a create request: new, or the one an earlier request with the same key created. */
    record Creation(RuntimeCall call, boolean replay, int nthCallToNumber) {
    }

    private final Map<String, RuntimeCall> byKey = new HashMap<>();
    private final Map<String, Integer> callsPerNumber = new HashMap<>();
    private final Map<String, RuntimeCall> byId = new ConcurrentHashMap<>();

    /** One lock for key lookup, creation and the per-number count: a key can never create two calls. */
    synchronized Creation create(String attemptKey, CallRequest request, long unixMillis, boolean optOut,
                                 boolean refuses) {
        RuntimeCall existing = byKey.get(attemptKey);
        if (existing != null) {
            return new Creation(existing, true, -1);
        }
        int nth = callsPerNumber.merge(request.toNumber(), 1, Integer::sum) - 1;
        RuntimeCall call = new RuntimeCall(UUID.randomUUID().toString(), attemptKey, request, unixMillis, optOut,
                refuses);
        byKey.put(attemptKey, call);
        byId.put(call.id(), call);
        return new Creation(call, false, nth);
    }

    RuntimeCall byId(String runtimeId) {
        return byId.get(runtimeId);
    }
}
