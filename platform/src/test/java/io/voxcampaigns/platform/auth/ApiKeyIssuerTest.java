package io.voxcampaigns.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeyIssuerTest {

    private static final String ORG = "8d9a4f3e-6b2c-4e1a-9f00-00000000de00";

    @Test
    void issuedKeyVerifiesWithThePublicKeyAndCarriesTheClaims() throws Exception {
        KeyPair pair = KeyPairs.generate();

        String token = ApiKeyIssuer.issue(pair.getPrivate(), ApiKeyClaims.DEFAULT_ISSUER, "key-1", ORG,
                Set.of("campaigns", "admin"), Duration.ofDays(30));

        JwtClaims claims = verify(token, pair.getPublic());
        assertThat(claims.getIssuer()).isEqualTo(ApiKeyClaims.DEFAULT_ISSUER);
        assertThat(claims.getJwtId()).isEqualTo("key-1");
        assertThat(claims.getSubject()).isEqualTo(ORG);
        assertThat(claims.getStringClaimValue(ApiKeyClaims.ORGANIZATION_ID)).isEqualTo(ORG);
        assertThat(claims.getStringListClaimValue(ApiKeyClaims.SCOPES)).containsExactlyInAnyOrder("campaigns", "admin");
        long lifetime = claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue();
        assertThat(lifetime).isEqualTo(Duration.ofDays(30).toSeconds());
    }

    @Test
    void keyIsRejectedByAnotherPublicKey() {
        KeyPair signer = KeyPairs.generate();
        KeyPair other = KeyPairs.generate();
        String token = ApiKeyIssuer.issue(signer.getPrivate(), ApiKeyClaims.DEFAULT_ISSUER, "key-2", ORG,
                Set.of("agents"), Duration.ofDays(1));

        assertThatThrownBy(() -> verify(token, other.getPublic())).isInstanceOf(InvalidJwtException.class);
    }

    @Test
    void expiredKeyIsRejected() {
        KeyPair pair = KeyPairs.generate();
        Instant past = Instant.now().minus(Duration.ofDays(2));
        String token = ApiKeyIssuer.issue(pair.getPrivate(), ApiKeyClaims.DEFAULT_ISSUER, "key-3", ORG,
                Set.of("agents"), past, past.plus(Duration.ofDays(1)));

        assertThatThrownBy(() -> verify(token, pair.getPublic())).isInstanceOf(InvalidJwtException.class);
    }

    @Test
    void pemFilesRoundTrip(@TempDir Path dir) throws Exception {
        KeyPair pair = KeyPairs.generate();
        KeyPairs.writePrivateKey(pair.getPrivate(), dir.resolve("private.pem"));
        KeyPairs.writePublicKey(pair.getPublic(), dir.resolve("public.pem"));

        assertThat(KeyPairs.publicKeyPem(pair.getPublic())).startsWith("-----BEGIN PUBLIC KEY-----\n");
        assertThat(KeyPairs.readPrivateKey(dir.resolve("private.pem"))).isEqualTo(pair.getPrivate());
        assertThat(KeyPairs.readPublicKey(dir.resolve("public.pem"))).isEqualTo(pair.getPublic());
    }

    @Test
    void commandPrintsTheTokenAloneAndRejectsBadArguments(@TempDir Path dir) throws Exception {
        KeyPair pair = KeyPairs.generate();
        Path privateKey = dir.resolve("private.pem");
        KeyPairs.writePrivateKey(pair.getPrivate(), privateKey);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = ApiKeyIssuer.run(new String[] { "--private-key", privateKey.toString(), "--org", ORG,
                "--key-id", "cli-key", "--scopes", "calls, admin", "--ttl-days", "7" }, print(out), print(err));

        assertThat(status).isZero();
        String token = out.toString(StandardCharsets.UTF_8).strip();
        assertThat(token).doesNotContain("\n");
        JwtClaims claims = verify(token, pair.getPublic());
        assertThat(claims.getJwtId()).isEqualTo("cli-key");
        assertThat(claims.getStringListClaimValue(ApiKeyClaims.SCOPES)).containsExactlyInAnyOrder("calls", "admin");

        assertThat(ApiKeyIssuer.run(new String[] { "--org", ORG }, print(out), print(err))).isEqualTo(2);
        assertThat(ApiKeyIssuer.run(new String[] { "--private-key", privateKey.toString(), "--org", ORG, "--ttl-days",
                "soon" }, print(out), print(err))).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:");
    }

    private static JwtClaims verify(String token, PublicKey key) throws InvalidJwtException {
        return new JwtConsumerBuilder()
                .setVerificationKey(key)
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setExpectedIssuer(ApiKeyClaims.DEFAULT_ISSUER)
                .setRequireExpirationTime()
                .setRequireSubject()
                .build()
                .processToClaims(token);
    }

    private static PrintStream print(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }
}
