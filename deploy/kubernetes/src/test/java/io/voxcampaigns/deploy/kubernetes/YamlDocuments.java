package io.voxcampaigns.deploy.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** Reads the documents of a (multi-document) YAML file as JSON trees. */
final class YamlDocuments {

    static final ObjectMapper YAML = new YAMLMapper();

    private YamlDocuments() {
    }

    static List<ObjectNode> read(Path file) {
        try (JsonParser parser = new YAMLFactory().createParser(file.toFile());
                MappingIterator<JsonNode> documents = YAML.readValues(parser, JsonNode.class)) {
            List<ObjectNode> result = new ArrayList<>();
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document == null || document.isNull() || document.isMissingNode()) {
                    continue;
                }
                if (!document.isObject()) {
                    throw new IllegalArgumentException(file + ": a document is not a mapping: " + document);
                }
                result.add((ObjectNode) document);
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** The one document of a file that must hold exactly one (kustomization, patch). */
    static ObjectNode single(Path file) {
        List<ObjectNode> documents = read(file);
        if (documents.size() != 1) {
            throw new IllegalArgumentException(file + " holds " + documents.size() + " documents, expected one");
        }
        return documents.get(0);
    }
}
