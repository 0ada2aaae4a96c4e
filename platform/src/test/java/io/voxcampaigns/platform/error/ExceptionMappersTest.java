package io.voxcampaigns.platform.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.core.Response;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

/**
 * Each kind of failure a request can meet, mapped to its status and the vox error envelope, naming the offending
 * field as the client sent it; no Java class name reaches the client.
 */
class ExceptionMappersTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final ExceptionMappers mappers = new ExceptionMappers();

    /** A request body as the services declare them: snake_case names, nested lists. */
    record Campaign(@JsonProperty("name") String name, @JsonProperty("concurrency") int concurrency,
                    @JsonProperty("tasks") List<Task> tasks) {
    }

    record Task(@JsonProperty("to_number") String toNumber) {
    }

    /** A value whose constructor refuses it with an ApiException (as the services' value types do). */
    record Window(String value) {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        Window {
            if (!value.matches("\\d\\d:\\d\\d")) {
                throw ApiException.invalidField("window", "expected HH:MM");
            }
        }
    }

    record Bean(@NotBlank String name, @Min(1) int concurrency) {
    }

    /** An enumeration with JSON names other than its Java constants. */
    enum Direction {
        @JsonProperty("outbound") OUTBOUND,
        @JsonProperty("inbound") INBOUND
    }

    record Call(@JsonProperty("direction") Direction direction) {
    }

    @Test
    void theFirstInvalidFieldStandsAtTheTopOfTheDetailsAndAllOfThemInErrors() {
        ApiException e = catchThrowableOfType(ApiException.class, () -> new ValidationErrors()
                .add("name", "is required")
                .addNotAllowed("days[0]", "must be one of Monday, Tuesday", List.of("Monday", "Tuesday"))
                .throwIfAny());

        Map<String, Object> details = error(mappers.api(e)).details();

        assertThat(details).containsEntry("field", "name").containsEntry("reason", "is required")
                .doesNotContainKey("allowed_values");
        assertThat(fieldErrors(mappers.api(e))).containsExactly(new FieldError("name", "is required"),
                new FieldError("days[0]", "must be one of Monday, Tuesday", List.of("Monday", "Tuesday")));
    }

    @Test
    void anEnumerationFieldNamesItsAllowedValues() {
        ApiException e = catchThrowableOfType(ApiException.class, () -> new ValidationErrors()
                .addNotAllowed("status", "must be one of a, b, got 'c'", List.of("a", "b")).throwIfAny());

        Map<String, Object> details = error(mappers.api(e)).details();

        assertThat(details).containsEntry("field", "status").containsEntry("reason", "must be one of a, b, got 'c'")
                .containsEntry("allowed_values", List.of("a", "b"));
    }

    @Test
    void anUnknownEnumerationValueInTheBodyNamesItsJsonValues() {
        InvalidFormatException e = failure(InvalidFormatException.class, "{\"direction\": \"sideways\"}", Call.class);

        Map<String, Object> details = error(mappers.wrongType(e)).details();

        assertThat(details).containsEntry("field", "direction")
                .containsEntry("allowed_values", List.of("outbound", "inbound"));
    }

    @Test
    void unknownFieldIsA400NamingItsPath() {
        UnrecognizedPropertyException e = failure(UnrecognizedPropertyException.class,
                "{\"name\": \"n\", \"tasks\": [{\"to_number\": \"1\"}, {\"to_numbr\": \"2\"}]}", Campaign.class);

        Response response = mappers.unknownField(e);

        assertInvalid(response, "tasks[1].to_numbr", "unknown field 'to_numbr'");
    }

    @Test
    void valueOfTheWrongTypeIsA400NamingTheFieldAndTheExpectedType() {
        InvalidFormatException e = failure(InvalidFormatException.class, "{\"concurrency\": \"ten\"}", Campaign.class);

        Response response = mappers.wrongType(e);

        assertInvalid(response, "concurrency", "invalid value 'ten', expected an integer");
    }

    @Test
    void structureOfTheWrongShapeIsA400NamingTheField() {
        MismatchedInputException e = failure(MismatchedInputException.class, "{\"tasks\": {\"to_number\": \"1\"}}",
                Campaign.class);

        Response response = mappers.wrongType(e);

        assertThat(fieldErrors(response)).singleElement().extracting(FieldError::field).isEqualTo("tasks");
    }

    @Test
    void valueRefusedByItsTypeAnswersThatTypesApiException() {
        ValueInstantiationException e = failure(ValueInstantiationException.class, "\"noon\"", Window.class);

        Response response = mappers.rejectedValue(e);

        assertInvalid(response, "window", "expected HH:MM");
    }

    @Test
    void bodyThatIsNotJsonIsA400WithItsPosition() {
        JsonProcessingException e = failure(JsonProcessingException.class, "{\"name\": \"n\",\n \"concurrency\": }",
                Campaign.class);

        Response response = mappers.malformed(e);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(error(response).code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
        assertThat(error(response).message()).startsWith("request body is not valid JSON at line 2, column");
    }

    @Test
    void constraintViolationsAreOne400ListingEveryFieldInOrder() {
        ConstraintViolationException e;
        try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
            e = new ConstraintViolationException(factory.getValidator().validate(new Bean(" ", 0)));
        }

        Response response = mappers.constraint(e);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(error(response).message()).isEqualTo("2 fields are invalid; see details.errors");
        assertThat(fieldErrors(response)).extracting(FieldError::field).containsExactly("concurrency", "name");
    }

    @Test
    void apiExceptionKeepsItsCodeAndDetails() {
        Response response = mappers.api(ApiException.notFound("campaign", "c-1"));

        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(error(response).code()).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(error(response).details()).isEqualTo(Map.of("resource", "campaign", "id", "c-1"));
        assertThat(response.getHeaderString("Retry-After")).isNull();
    }

    @Test
    void retryLaterIsA503WithRetryAfter() {
        Response response = mappers.api(ApiException.retryLater("agent-service is not answering", 7));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("7");
        assertThat(error(response).code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE);
        assertThat(error(response).details()).containsEntry("retry_after_seconds", 7);
    }

    @Test
    void refusalsOfTheRestLayerAnswerInTheEnvelope() {
        assertThat(error(mappers.web(new NotFoundException())).code()).isEqualTo(ErrorCode.NOT_FOUND);
        Response notAllowed = mappers.web(new NotAllowedException("GET"));
        assertThat(notAllowed.getStatus()).isEqualTo(405);
        assertThat(error(notAllowed).message()).isEqualTo("method not allowed on this resource");
        Response unsupported = mappers.web(new NotSupportedException());
        assertThat(unsupported.getStatus()).isEqualTo(415);
        assertThat(error(unsupported).code()).isEqualTo(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void unexpectedFailuresAre500WithAnIncidentAndNoClassName() {
        Response fromRestLayer = mappers.web(new ServiceUnavailableException());
        Response unexpected = mappers.unexpected(new IllegalStateException("secret internals"));

        for (Response response : List.of(fromRestLayer, unexpected)) {
            assertThat(response.getStatus()).isEqualTo(500);
            ErrorBody.Error error = error(response);
            assertThat(error.code()).isEqualTo(ErrorCode.INTERNAL_ERROR);
            assertThat(error.message()).startsWith("internal error; quote incident ")
                    .contains((String) error.details().get("incident"))
                    .doesNotContain("Exception", "secret");
        }
    }

    private static <E extends Throwable> E failure(Class<E> type, String json, Class<?> target) {
        E e = catchThrowableOfType(type, () -> JSON.readValue(json, target));
        assertThat(e).as(json + " fails with " + type.getSimpleName()).isNotNull();
        return e;
    }

    private static void assertInvalid(Response response, String field, String reason) {
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(error(response).code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
        assertThat(error(response).message()).isEqualTo(field + ": " + reason);
        assertThat(fieldErrors(response)).containsExactly(new FieldError(field, reason));
        assertThat(error(response).details()).containsEntry("field", field).containsEntry("reason", reason);
    }

    private static ErrorBody.Error error(Response response) {
        assertThat(response.getMediaType()).hasToString("application/json");
        return ((ErrorBody) response.getEntity()).error();
    }

    @SuppressWarnings("unchecked")
    private static List<FieldError> fieldErrors(Response response) {
        return (List<FieldError>) error(response).details().get("errors");
    }
}
