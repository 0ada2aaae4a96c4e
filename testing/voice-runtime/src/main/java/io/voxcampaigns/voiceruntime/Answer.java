package io.voxcampaigns.voiceruntime;

import java.util.LinkedHashMap;
import java.util.Map;

/** An HTTP answer: status, JSON body (null for none) and extra headers. */
record Answer(int status, Object body, Map<String, String> headers) {

    static Answer json(int status, Object body) {
        return new Answer(status, body, Map.of());
    }

    static Answer of(ApiError error) {
        return json(error.status(), error.envelope());
    }

    Answer withHeader(String name, String value) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put(name, value);
        return new Answer(status, body, all);
    }
}
