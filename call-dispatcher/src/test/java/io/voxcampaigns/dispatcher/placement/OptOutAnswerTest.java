package io.voxcampaigns.dispatcher.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reading a refusal from a call's analysis: the configured fields, true values only, both shapes. */
class OptOutAnswerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FIELDS = List.of("opt_out", "do_not_call");

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"custom_analysis_data\":[{\"name\":\"opt_out\",\"value\":true}]}",
        "{\"custom_analysis_data\":[{\"name\":\"x\",\"value\":1},{\"name\":\"do_not_call\",\"value\":\"Yes\"}]}",
        "{\"custom_analysis_data\":{\"opt_out\":\"TRUE\"}}",
        "{\"summary\":\"s\",\"custom_analysis_data\":{\"topic\":\"loan\",\"do_not_call\":true}}"})
    void aConfiguredFieldThatIsTrueIsARefusal(String analysis) throws Exception {
        assertThat(OptOutAnswer.of(JSON.readTree(analysis), FIELDS)).get().asString().startsWith("call_analysis.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{}",
        "{\"custom_analysis_data\":[]}",
        "{\"custom_analysis_data\":[{\"name\":\"opt_out\",\"value\":false}]}",
        "{\"custom_analysis_data\":[{\"name\":\"opt_out\",\"value\":\"no\"}]}",
        "{\"custom_analysis_data\":[{\"name\":\"opt_out\",\"value\":1}]}",
        "{\"custom_analysis_data\":[{\"name\":\"opt_out\"}]}",
        "{\"custom_analysis_data\":[{\"name\":\"opted_out_of_marketing\",\"value\":true}]}",
        "{\"custom_analysis_data\":[\"opt_out\", 3, null]}",
        "{\"custom_analysis_data\":\"opt_out\"}",
        "{\"opt_out\":true}",
        "[]"})
    void anythingElseIsNot(String analysis) throws Exception {
        assertThat(OptOutAnswer.of(JSON.readTree(analysis), FIELDS)).isEmpty();
    }

    @Test
    void theSourceNamesTheField() throws Exception {
        JsonNode analysis = JSON.readTree("{\"custom_analysis_data\":[{\"name\":\"do_not_call\",\"value\":true}]}");
        assertThat(OptOutAnswer.of(analysis, FIELDS)).contains("call_analysis.do_not_call");
        assertThat(OptOutAnswer.of(null, FIELDS)).isEmpty();
    }
}
