package io.voxcampaigns.voiceruntime;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/** A handler answering JSON: one place that reads bodies, writes answers and turns failures into the envelope. */
abstract class JsonHandler implements HttpHandler {

    /** snake_case for the report records; trees are written as they are. */
    static final ObjectMapper JSON = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private static final Logger LOG = Logger.getLogger(JsonHandler.class.getName());

    @Override
    public final void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Answer answer;
            try {
                answer = answer(exchange);
            } catch (ApiError e) {
                answer = Answer.of(e);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "voice runtime stub failed on " + exchange.getRequestURI(), e);
                answer = Answer.of(ApiError.internal("the stub failed: " + e));
            }
            write(exchange, answer);
        }
    }

    abstract Answer answer(HttpExchange exchange) throws IOException;

    /** The request body as a JSON object; 400 when it is not one. */
    static JsonNode readObject(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            JsonNode body = JSON.readTree(in.readAllBytes());
            if (body == null || !body.isObject()) {
                throw ApiError.validation("body", "must be a JSON object");
            }
            return body;
        } catch (JsonProcessingException e) {
            throw ApiError.validation("body", "is not valid JSON");
        }
    }

    private static void write(HttpExchange exchange, Answer answer) throws IOException {
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        if (answer.body() == null) {
            exchange.sendResponseHeaders(answer.status(), -1);
            return;
        }
        byte[] bytes = JSON.writeValueAsBytes(answer.body());
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
