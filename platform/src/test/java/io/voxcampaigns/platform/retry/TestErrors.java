package io.voxcampaigns.platform.retry;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import io.voxcampaigns.platform.error.ApiException;
import io.voxcampaigns.platform.error.FieldError;
import io.voxcampaigns.platform.error.ValidationErrors;

/** Collected validation errors read through the 400 they would produce. */
final class TestErrors {

    private TestErrors() {
    }

    @SuppressWarnings("unchecked")
    static List<FieldError> reported(ValidationErrors errors) {
        ApiException e = catchThrowableOfType(ApiException.class, errors::throwIfAny);
        return e == null ? List.of() : (List<FieldError>) e.details().get("errors");
    }

    static List<String> fields(ValidationErrors errors) {
        return reported(errors).stream().map(FieldError::field).toList();
    }

    /** The one error reported, for tests that make exactly one field invalid. */
    static FieldError only(ValidationErrors errors) {
        List<FieldError> reported = reported(errors);
        if (reported.size() != 1) {
            throw new AssertionError("expected one error, got " + reported);
        }
        return reported.get(0);
    }
}
