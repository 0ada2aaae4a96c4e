package io.voxcampaigns.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

class SentFieldsTest {

    record Body(@JsonProperty("from_number") String fromNumber, @JsonProperty("tasks") List<String> tasks,
                String plain) {
    }

    @Test
    void aRecordsSentFieldsAreItsNonNullComponentsByTheirJsonNames() {
        assertThat(SentFields.of(new Body("0212345678", null, "x"))).containsExactly("from_number", "plain");
        assertThat(SentFields.of((Record) null)).isEmpty();
    }

    @Test
    void aTreesSentFieldsAreAllItsFieldsANullOneToo() throws Exception {
        ObjectNode body = (ObjectNode) new ObjectMapper().readTree("{\"name\": \"a\", \"data\": null}");
        assertThat(SentFields.of(body)).containsExactly("name", "data");
        assertThat(SentFields.of((ObjectNode) null)).isEmpty();
    }
}
