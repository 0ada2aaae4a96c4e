package io.voxcampaigns.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** What the services' mapper refuses in request JSON, each naming the field, and what it still reads. */
class StrictJsonCustomizerTest {

    record Body(@JsonProperty("name") String name, @JsonProperty("tags") List<String> tags,
                @JsonProperty("count") Integer count, @JsonProperty("variables") JsonNode variables) {
    }

    private final ObjectMapper mapper = strict();

    private static ObjectMapper strict() {
        ObjectMapper mapper = new ObjectMapper();
        new StrictJsonCustomizer().customize(mapper);
        return mapper;
    }

    @ParameterizedTest
    @ValueSource(strings = {"123", "-1.5", "true", "false"})
    void aNumberOrBooleanWhereTextIsDeclaredIsRefusedNamingTheField(String scalar) {
        assertThatThrownBy(() -> mapper.readValue("{\"name\": " + scalar + "}", Body.class))
                .isInstanceOf(MismatchedInputException.class)
                .satisfies(e -> assertThat(((MismatchedInputException) e).getPath())
                        .extracting(reference -> reference.getFieldName()).containsExactly("name"));
        assertThatThrownBy(() -> mapper.readValue("{\"tags\": [\"a\", " + scalar + "]}", Body.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void textNumbersAndAnyJsonValueAreStillRead() throws Exception {
        Body body = mapper.readValue("""
                {"name": "12", "tags": ["x"], "count": 3, "variables": {"a": 1, "b": true, "c": "s"}}""", Body.class);
        assertThat(body.name()).isEqualTo("12");
        assertThat(body.tags()).containsExactly("x");
        assertThat(body.count()).isEqualTo(3);
        assertThat(body.variables().get("a").isNumber()).isTrue();
        assertThat(mapper.convertValue(Map.of("name", "n"), Body.class).name()).isEqualTo("n");
    }

    @Test
    void nulCharactersNullListElementsAndTrailingTextAreRefused() {
        assertThatThrownBy(() -> mapper.readValue("{\"name\": \"a\\u0000b\"}", Body.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"tags\": [null]}", Body.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"name\": \"a\"} {}", Body.class))
                .isInstanceOf(MismatchedInputException.class);
    }
}
