package io.voxcampaigns.platform.retry;

import static io.voxcampaigns.events.common.DisconnectionReason.dial_busy;
import static io.voxcampaigns.events.common.DisconnectionReason.dial_no_answer;
import static io.voxcampaigns.events.common.DisconnectionReason.voicemail_reached;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.voxcampaigns.platform.error.FieldError;
import io.voxcampaigns.platform.error.ValidationErrors;

class VoicemailActionValidationTest {

    private static final String PATH = "voicemail_action";

    private final ValidationErrors errors = new ValidationErrors();

    private Optional<VoicemailAction> validate(String type, String message) {
        return VoicemailAction.validated(new VoicemailActionInput(type, message), PATH, errors);
    }

    @Test
    void noActionHangsUp() {
        assertThat(VoicemailAction.validated(null, PATH, errors)).contains(VoicemailAction.defaults());
        assertThat(VoicemailAction.defaults().type()).isEqualTo(VoicemailActionType.hang_up);
        assertThat(errors.isEmpty()).isTrue();
    }

    @Test
    void eachTypeIsAccepted() {
        assertThat(validate("hang_up", null)).contains(new VoicemailAction(VoicemailActionType.hang_up, null));
        assertThat(validate("retry", null)).contains(new VoicemailAction(VoicemailActionType.retry, null));
        assertThat(validate("leave_message", "Please call us back."))
                .contains(new VoicemailAction(VoicemailActionType.leave_message, "Please call us back."));
        assertThat(errors.isEmpty()).isTrue();
    }

    @Test
    void theTypeIsRequiredAndSpeltExactly() {
        assertThat(validate(null, null)).isEmpty();
        FieldError missing = TestErrors.only(errors);
        assertThat(missing.field()).isEqualTo("voicemail_action.type");
        assertThat(missing.reason()).isEqualTo("is required: hang_up, leave_message, retry");
        assertThat(missing.allowedValues()).containsExactly("hang_up", "leave_message", "retry");

        ValidationErrors misspelt = new ValidationErrors();
        VoicemailAction.validated(new VoicemailActionInput("hangup", null), PATH, misspelt);
        assertThat(TestErrors.only(misspelt).reason())
                .isEqualTo("must be one of hang_up, leave_message, retry, got \"hangup\"");
    }

    @Test
    void leavingAMessageNeedsOne() {
        assertThat(validate("leave_message", null)).isEmpty();
        FieldError error = TestErrors.only(errors);
        assertThat(error.field()).isEqualTo("voicemail_action.message");
        assertThat(error.reason()).isEqualTo("is required for leave_message: the text the voice runtime leaves");
    }

    @Test
    void aBlankMessageIsRefused() {
        assertThat(validate("leave_message", " \n")).isEmpty();
        assertThat(TestErrors.only(errors).reason()).isEqualTo("must not be blank");
    }

    @Test
    void aMessageIsAtMostAThousandCharactersCountedAsCodePoints() {
        String hangul = "안".repeat(1000);
        String emoji = "\uD83D\uDCDE".repeat(1000);
        assertThat(validate("leave_message", hangul)).isPresent();
        assertThat(validate("leave_message", emoji)).isPresent();
        assertThat(validate("leave_message", hangul + "요")).isEmpty();
        FieldError error = TestErrors.only(errors);
        assertThat(error.field()).isEqualTo("voicemail_action.message");
        assertThat(error.reason()).isEqualTo("must be at most 1000 characters, got 1001");
    }

    @Test
    void onlyLeaveMessageTakesAMessage() {
        assertThat(validate("retry", "hello")).isEmpty();
        FieldError error = TestErrors.only(errors);
        assertThat(error.field()).isEqualTo("voicemail_action.message");
        assertThat(error.reason()).isEqualTo("applies to leave_message only; leave it out for retry");
    }

    @Test
    void aStoredActionReadsBack() {
        VoicemailAction leave = new VoicemailAction(VoicemailActionType.leave_message, "hi");
        assertThat(VoicemailAction.restored(leave.toInput())).isEqualTo(leave);
        assertThat(VoicemailAction.restored(VoicemailAction.defaults().toInput()))
                .isEqualTo(VoicemailAction.defaults());
        assertThatThrownBy(() -> VoicemailAction.restored(new VoicemailActionInput("leave_message", null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theActionDecidesWhatAVoicemailCountsAs() {
        VoicemailAction hangUp = VoicemailAction.defaults();
        VoicemailAction retry = new VoicemailAction(VoicemailActionType.retry, null);
        VoicemailAction leave = new VoicemailAction(VoicemailActionType.leave_message, "hi");
        assertThat(hangUp.retriedAs(voicemail_reached)).contains(voicemail_reached);
        assertThat(retry.retriedAs(voicemail_reached)).contains(dial_no_answer);
        assertThat(leave.retriedAs(voicemail_reached)).isEmpty();
        for (VoicemailAction action : new VoicemailAction[] {hangUp, retry, leave}) {
            assertThat(action.retriedAs(dial_busy)).as(action.toString()).contains(dial_busy);
            assertThat(action.retriedAs(null)).as(action.toString()).isEmpty();
        }
    }
}
