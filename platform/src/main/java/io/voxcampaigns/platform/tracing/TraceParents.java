package io.voxcampaigns.platform.tracing;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

/**
 * W3C {@code traceparent} values, for carrying a trace where no thread or Vert.x context does: through an outbox
 * row to the relay, and from a consumed record into rows whose events are written later. Null stands for "no trace"
 * (tracing off, or no valid span).
 */
public final class TraceParents {

    public static final String HEADER = "traceparent";

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final TextMapGetter<Map<String, String>> MAP_GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    private TraceParents() {
    }

    /** The traceparent of the current span; null without a valid one. */
    public static String current() {
        return of(Context.current());
    }

    /** The traceparent of the span in {@code context}; null without a valid one. */
    public static String of(Context context) {
        if (!Span.fromContext(context).getSpanContext().isValid()) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        W3C.inject(context, carrier, Map::put);
        return carrier.get(HEADER);
    }

    /** A context whose parent span is {@code traceParent} (remote); the root context when null or malformed. */
    public static Context context(String traceParent) {
        if (traceParent == null) {
            return Context.root();
        }
        return W3C.extract(Context.root(), Map.of(HEADER, traceParent), MAP_GETTER);
    }

    /** The valid traceparent of a Kafka record's headers (the last one wins); null when absent or malformed. */
    public static String of(Headers headers) {
        Header header = headers == null ? null : headers.lastHeader(HEADER);
        if (header == null || header.value() == null) {
            return null;
        }
        return of(context(new String(header.value(), StandardCharsets.UTF_8)));
    }
}
