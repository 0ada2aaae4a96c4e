package io.voxcampaigns.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.voxcampaigns.e2e.Stack;

/**
 * What Specmatic needs to test one running service: the document the service serves at {@code /q/openapi} (in OpenAPI
 * 3.0, {@link OpenApi30}), a dictionary that gives generated requests the ids of resources that exist
 * ({@code <name>_dictionary.json}), examples for the operations that change a resource's state
 * ({@code <name>_examples/}), all under {@code target/contract/<service>/}; then the system properties Specmatic's
 * JUnit support reads: the document, the service's URL and the API key of the bearer scheme.
 */
final class ServiceContract {

    /** The name of the bearer scheme in the documents (platform's ApiContractFilter.SCHEME): Specmatic reads its token from it. */
    static final String SECURITY_SCHEME = "api_key";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One example: a request (method, path with its query, body or null) and the status it must get. */
    record Example(String name, String method, String path, Object body, int status) {
    }

    private ServiceContract() {
    }

    /** Writes the document, dictionary and examples of {@code service} and points Specmatic at it. */
    static void prepare(Stack stack, String service, Map<String, Object> dictionary, List<Example> examples) {
        prepare(stack, service, dictionary, examples, document -> { });
    }

    /**
     * {@link #prepare(Stack, String, Map, List)}, with {@code narrow} applied to the served document (3.1, as a JSON
     * tree) before Specmatic reads it: for what Specmatic cannot generate, each case stated in README.md.
     */
    static void prepare(Stack stack, String service, Map<String, Object> dictionary, List<Example> examples,
                        Consumer<ObjectNode> narrow) {
        try {
            Path directory = Path.of("target", "contract", service).toAbsolutePath();
            Files.createDirectories(directory);
            Path document = directory.resolve(service + ".yaml");
            String served = fetch(HttpRequest.newBuilder(URI.create(stack.url(service) + "/q/openapi?format=json")));
            Files.writeString(directory.resolve(service + ".openapi-3.1.json"), served);
            ObjectNode tree = (ObjectNode) JSON.readTree(served);
            narrow.accept(tree);
            dictionaryValuesNotNull(tree, dictionary.keySet());
            namedParameterEnumerations(tree);
            Files.writeString(document, OpenApi30.convert(JSON.writeValueAsString(tree)));
            JSON.writerWithDefaultPrettyPrinter()
                    .writeValue(directory.resolve(service + "_dictionary.json").toFile(), dictionary);
            Path exampleDirectory = directory.resolve(service + "_examples");
            Files.createDirectories(exampleDirectory);
            try (var stale = Files.list(exampleDirectory)) {
                for (Path file : stale.toList()) {
                    Files.delete(file);
                }
            }
            for (Example example : examples) {
                JSON.writerWithDefaultPrettyPrinter().writeValue(
                        exampleDirectory.resolve(example.name() + ".json").toFile(),
                        exampleFile(example, stack, service));
            }
            System.setProperty("contractPaths", document.toString());
            System.setProperty("testBaseURL", stack.url(service));
            System.setProperty(SECURITY_SCHEME, stack.apiKey());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A property the dictionary gives a value loses null in the copy Specmatic reads: 2.0.49 matches a dictionary
     * value against a nullable property's null alternative only ("Expected null, actual was ...") and stops before
     * any test. Null for these properties is covered by the services' own tests.
     */
    private static void dictionaryValuesNotNull(ObjectNode document, Set<String> keys) {
        JsonNode schemas = document.path("components").path("schemas");
        for (String key : keys) {
            int dot = key.indexOf('.');
            JsonNode property = schemas.path(key.substring(0, dot)).path("properties").path(key.substring(dot + 1));
            if (property.get("type") instanceof ArrayNode types) {
                types.removeIf(type -> type.asText().equals("null"));
            }
        }
    }

    /**
     * Each inline enumeration of a parameter becomes a named schema of its own in the copy Specmatic reads: 2.0.49
     * mixes up inline enumerations of parameters with the same name across operations (it sent the campaigns
     * list's {@code status=ongoing} to the tasks list and {@code status=draft} to the numbers list, each a 400).
     */
    private static void namedParameterEnumerations(ObjectNode document) {
        ObjectNode schemas = (ObjectNode) document.path("components").path("schemas");
        int count = 0;
        for (JsonNode path : document.path("paths")) {
            for (JsonNode operation : path) {
                for (JsonNode parameter : operation.path("parameters")) {
                    if (parameter.path("schema").has("enum") && parameter instanceof ObjectNode named) {
                        String name = "Parameter" + (++count) + "_" + parameter.path("name").asText();
                        schemas.set(name, parameter.path("schema"));
                        named.putObject("schema").put("$ref", "#/components/schemas/" + name);
                    }
                }
            }
        }
    }

    /** Every {@code $ref} to the schema {@code from} inside {@code node} points at {@code to} instead. */
    static void replaceReference(JsonNode node, String from, String to) {
        if (node instanceof ObjectNode object) {
            if (("#/components/schemas/" + from).equals(object.path("$ref").asText(null))) {
                object.put("$ref", "#/components/schemas/" + to);
            }
            object.forEach(child -> replaceReference(child, from, to));
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> replaceReference(child, from, to));
        }
    }

    /**
     * No {@code cursor} query parameter in the copy Specmatic reads: a cursor is an opaque token from a previous
     * answer's {@code next_cursor}, so a generated one is rightly refused. Paging is the services' own tests'.
     */
    static void withoutCursors(ObjectNode document) {
        for (JsonNode path : document.path("paths")) {
            for (JsonNode operation : path) {
                if (operation.get("parameters") instanceof ArrayNode parameters) {
                    parameters.removeIf(parameter -> parameter.path("name").asText().equals("cursor")
                            && parameter.path("in").asText().equals("query"));
                }
            }
        }
    }

    private static ObjectNode exampleFile(Example example, Stack stack, String service) throws IOException {
        ObjectNode file = JSON.createObjectNode();
        ObjectNode request = file.putObject("http-request");
        request.put("method", example.method());
        int query = example.path().indexOf('?');
        request.put("path", query < 0 ? example.path() : example.path().substring(0, query));
        if (query >= 0) {
            ObjectNode parameters = request.putObject("query");
            for (String pair : example.path().substring(query + 1).split("&")) {
                parameters.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        ObjectNode headers = request.putObject("headers").put("Authorization", "Bearer " + stack.apiKey());
        if (example.body() != null) {
            headers.put("Content-Type", "application/json");
            request.set("body", JSON.valueToTree(example.body()));
        }
        ObjectNode response = file.putObject("http-response").put("status", example.status());
        // Specmatic wants an example's response body (it checks the shape, not the values): a GET's is read from the
        // service; a command's is left empty, as its schema requires no property
        if (example.method().equals("GET")) {
            response.set("body", body(stack.url(service) + example.path(), stack.apiKey()));
        } else if (example.status() == 200 || example.status() == 201) {
            response.putObject("body");
        }
        return file;
    }

    private static JsonNode body(String url, String apiKey) throws IOException {
        return JSON.readTree(fetch(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + apiKey)));
    }

    private static String fetch(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(response.uri() + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
