package io.voxcampaigns.platform.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;

class ValidationErrorsTest {

    @Test
    void nothingCollectedThrowsNothing() {
        new ValidationErrors().throwIfAny();
    }

    @Test
    void oneErrorNamesTheFieldInTheMessage() {
        ApiException e = catchThrowableOfType(ApiException.class,
                () -> new ValidationErrors().add("tasks[3].to_number", "must be digits only").throwIfAny());
        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
        assertThat(e.getMessage()).isEqualTo("tasks[3].to_number: must be digits only");
        assertThat(e.details().get("errors")).isEqualTo(List.of(new FieldError("tasks[3].to_number", "must be digits only")));
    }

    @Test
    void manyErrorsAreReportedUpToAHundred() {
        ValidationErrors errors = new ValidationErrors();
        for (int i = 0; i < 150; i++) {
            errors.add("tasks[" + i + "].to_number", "invalid");
        }
        ApiException e = catchThrowableOfType(ApiException.class, errors::throwIfAny);
        assertThat(e.getMessage()).startsWith("150 fields are invalid");
        assertThat((List<?>) e.details().get("errors")).hasSize(100);
    }

    @Test
    void statusOfEveryCodeIsItsHttpStatus() {
        assertThat(ErrorCode.forStatus(404)).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(ErrorCode.forStatus(415)).isEqualTo(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
        assertThat(ErrorCode.forStatus(418)).isEqualTo(ErrorCode.VALIDATION_ERROR);
        assertThat(ErrorCode.forStatus(502)).isEqualTo(ErrorCode.INTERNAL_ERROR);
    }
}
