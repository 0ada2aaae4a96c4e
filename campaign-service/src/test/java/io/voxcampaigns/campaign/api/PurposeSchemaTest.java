package io.voxcampaigns.campaign.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.junit.jupiter.api.Test;

import io.voxcampaigns.platform.schedule.CallPurpose;

/** The OpenAPI enumerations of purpose (request and response) list exactly the purposes the service accepts. */
class PurposeSchemaTest {

    @Test
    void purposeEnumerationsAreTheApiValuesOfCallPurpose() throws NoSuchFieldException {
        for (Class<?> type : new Class<?>[] {CreateCampaignRequest.class, CampaignResponse.class}) {
            Schema schema = type.getDeclaredField("purpose").getAnnotation(Schema.class);
            assertThat(Arrays.asList(schema.enumeration())).as(type.getSimpleName())
                    .containsExactlyElementsOf(CallPurpose.apiValues());
        }
    }
}
