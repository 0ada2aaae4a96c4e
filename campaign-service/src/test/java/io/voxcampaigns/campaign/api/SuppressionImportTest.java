package io.voxcampaigns.campaign.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.voxcampaigns.events.suppression.SuppressionsChanged;
import io.voxcampaigns.testing.support.RealInfra;
import io.voxcampaigns.testing.support.TestApiKeys;

/**
 * POST /v3/suppressions/import: the summary, idempotency, invalid rows (all or nothing, or skipped), a large file,
 * and bodies refused for their size or type, storing nothing.
 */
@QuarkusTest
@RealInfra(database = "campaigns")
class SuppressionImportTest {

    @Inject
    Pool pool;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    private final String org = UUID.randomUUID().toString();
    private SuppressionRows stored;

    @BeforeEach
    void storedRows() {
        stored = new SuppressionRows(pool, org);
    }
    private final String key = TestApiKeys.issue(org, "admin");

    private RequestSpecification csv(String body) {
        return given().auth().oauth2(key).contentType("text/csv").body(body);
    }

    @Test
    void importsNewNumbersCountsDuplicatesAndIsIdempotent() {
        String file = "number,reason\n01012345678\n01012345679,\"moved, no calls\"\n\n01012345678\r\n0212345678\n";
        csv(file).queryParam("reason", "list of 2026").when().post("/v3/suppressions/import")
                .then().statusCode(200)
                .body("added", equalTo(3)).body("duplicates", equalTo(1)).body("invalid", equalTo(0))
                .body("invalid_lines", equalTo(List.of()));
        given().auth().oauth2(key).queryParam("number", "01012345679").when().get("/v3/suppressions")
                .then().body("items[0].reason", equalTo("moved, no calls")).body("items[0].source", equalTo("import"));
        given().auth().oauth2(key).queryParam("number", "0212345678").when().get("/v3/suppressions")
                .then().body("items[0].reason", equalTo("list of 2026"));

        csv(file).when().post("/v3/suppressions/import")
                .then().statusCode(200).body("added", equalTo(0)).body("duplicates", equalTo(4));
        assertThat(stored.rows()).isEqualTo(3);

        List<SuppressionsChanged> records = SuppressionLog.published(org, r -> SuppressionLog.added(r).size() >= 3);
        assertThat(SuppressionLog.added(records))
                .containsExactly("01012345678", "01012345679", "0212345678");
    }

    @Test
    void anInvalidRowIsA400NamingTheBodyAndItsLinesAndStoresNothing() {
        String file = "01012345678\n010-1234-5679\n01012345680,a,b\n0212345678\n";
        csv(file).when().post("/v3/suppressions/import")
                .then().statusCode(400)
                .body("error.code", equalTo("VALIDATION_ERROR"))
                .body("error.details.field", equalTo("body"))
                .body("error.details.reason", containsString("line 2"))
                .body("error.details.invalid_lines", equalTo(List.of(2, 3)));
        assertThat(stored.rows()).isZero();
        assertThat(stored.outboxRows()).isZero();
    }

    @Test
    void skipInvalidImportsTheValidRowsAndListsTheOthers() {
        String file = "01012345678\nnot a number\n01012345679\n" + "x".repeat(2_000) + "\n";
        csv(file).queryParam("skip_invalid", "true").when().post("/v3/suppressions/import")
                .then().statusCode(200)
                .body("added", equalTo(2)).body("invalid", equalTo(2))
                .body("invalid_lines", equalTo(List.of(2, 4)));
        assertThat(stored.rows()).isEqualTo(2);
    }

    @Test
    void badParametersAre400sNamingThem() {
        csv("01012345678\n").queryParam("expires_at", Instant.now().minusSeconds(5).toEpochMilli())
                .queryParam("skip_invalid", "yes").queryParam("reason", "r".repeat(201))
                .when().post("/v3/suppressions/import")
                .then().statusCode(400)
                .body("error.details.errors.field", equalTo(List.of("reason", "expires_at", "skip_invalid")));
        csv("01012345678\n").queryParam("dry_run", "true").when().post("/v3/suppressions/import")
                .then().statusCode(400).body("error.details.errors.field", hasItem("dry_run"));
        assertThat(stored.rows()).isZero();
    }

    @Test
    void anExpiryAppliesToEveryImportedNumber() {
        long expiresAt = Instant.now().plusSeconds(7_200).toEpochMilli();
        csv("01012345678\n01012345679\n").queryParam("expires_at", expiresAt).when().post("/v3/suppressions/import")
                .then().statusCode(200).body("added", equalTo(2));
        given().auth().oauth2(key).when().get("/v3/suppressions")
                .then().body("items.expires_at", equalTo(List.of(expiresAt, expiresAt)));
        SuppressionsChanged record = SuppressionLog.published(org, r -> !r.isEmpty()).get(0);
        assertThat(record.getExpiresAt()).isEqualTo(Instant.ofEpochMilli(expiresAt));
    }

    @Test
    void twoHundredThousandNumbersImportInOneRequestInRecordsOfAThousand() {
        StringBuilder file = new StringBuilder("number\n");
        for (int i = 0; i < 200_000; i++) {
            file.append(String.format("010%08d", i)).append('\n');
        }
        csv(file.toString()).when().post("/v3/suppressions/import")
                .then().statusCode(200).body("added", equalTo(200_000)).body("duplicates", equalTo(0));
        assertThat(stored.rows()).isEqualTo(200_000);
        List<SuppressionsChanged> records = SuppressionLog.published(org,
                r -> SuppressionLog.added(r).size() >= 200_000);
        assertThat(records).hasSize(200).allSatisfy(r -> assertThat(r.getAdded()).hasSize(1_000));
    }

    @Test
    void aDeclaredTwoGigabyteBodyIs413BeforeAnythingIsRead() throws Exception {
        HttpResponse<String> response = send(HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofInputStream(() -> new Repeating(2L << 30)), 2L << 30));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("PAYLOAD_TOO_LARGE");
        assertThat(stored.rows()).isZero();
    }

    @Test
    void aStreamedBodyPassingTheLimitIs413AndStoresNothing() throws Exception {
        // No Content-Length: the import counts what it reads; 40 MB of lines pass its 30 MiB limit.
        HttpResponse<String> response = send(HttpRequest.BodyPublishers.ofInputStream(() -> new Repeating(40_000_000)));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("PAYLOAD_TOO_LARGE");
        assertThat(stored.rows()).isZero();
        assertThat(stored.outboxRows()).isZero();
    }

    @Test
    void aBodyThatIsNotCsvIs415() {
        given().auth().oauth2(key).contentType("application/json").body("[\"01012345678\"]")
                .when().post("/v3/suppressions/import")
                .then().statusCode(415).body("error.code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
        assertThat(stored.rows()).isZero();
    }

    private HttpResponse<String> send(HttpRequest.BodyPublisher body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/suppressions/import"))
                .header("Authorization", "Bearer " + key).header("Content-Type", "text/csv")
                .POST(body).build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
    }


    /** {@code size} bytes of the line "01012345678\n" over and over, generated as read. */
    private static final class Repeating extends InputStream {

        private static final byte[] LINE = "01012345678\n".getBytes(StandardCharsets.US_ASCII);
        private final long size;
        private long position;

        Repeating(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            return position < size ? LINE[(int) (position++ % LINE.length)] : -1;
        }
    }
}
