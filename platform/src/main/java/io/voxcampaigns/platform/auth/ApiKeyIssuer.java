package io.voxcampaigns.platform.auth;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;

/** Issues organisation API keys (see {@link ApiKeyClaims}); {@code main} is the command operators use. */
public final class ApiKeyIssuer {

    static final int DEFAULT_TTL_DAYS = 365;

    private static final String USAGE = String.join("\n",
            "usage: ApiKeyIssuer --private-key <pem> --org <organisation id> [--key-id <id>] [--scopes a,b]",
            "                    [--ttl-days N] [--issuer <iss>]",
            "  --private-key  PKCS#8 PEM file of the signing key (never commit it)",
            "  --org          organisation id, becomes sub and " + ApiKeyClaims.ORGANIZATION_ID,
            "  --key-id       key id (jti), default a random UUID",
            "  --scopes       comma-separated scopes, e.g. campaigns,agents,admin (default none)",
            "  --ttl-days     validity in days, default " + DEFAULT_TTL_DAYS,
            "  --issuer       iss claim, default " + ApiKeyClaims.DEFAULT_ISSUER,
            "Prints the key alone on stdout.");

    private ApiKeyIssuer() {
    }

    public static String issue(PrivateKey key, String issuer, String keyId, String organizationId, Set<String> scopes,
            Duration ttl) {
        Instant now = Instant.now();
        return issue(key, issuer, keyId, organizationId, scopes, now, now.plus(ttl));
    }

    /** Explicit validity window, so tests can mint keys that are already expired. */
    public static String issue(PrivateKey key, String issuer, String keyId, String organizationId, Set<String> scopes,
            Instant issuedAt, Instant expiresAt) {
        return Jwt.issuer(issuer)
                .claim("jti", keyId)
                .subject(organizationId)
                .claim(ApiKeyClaims.ORGANIZATION_ID, organizationId)
                .groups(scopes)
                .issuedAt(issuedAt)
                .expiresAt(expiresAt)
                .jws()
                .algorithm(SignatureAlgorithm.RS256)
                .sign(key);
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        Path keyFile = Path.of(options.get("--private-key"));
        if (!Files.isReadable(keyFile)) {
            err.println("Cannot read private key file " + keyFile.toAbsolutePath());
            return 2;
        }
        try {
            PrivateKey key = KeyPairs.readPrivateKey(keyFile);
            out.println(issue(key,
                    options.getOrDefault("--issuer", ApiKeyClaims.DEFAULT_ISSUER),
                    options.getOrDefault("--key-id", UUID.randomUUID().toString()),
                    options.get("--org"),
                    scopes(options.getOrDefault("--scopes", "")),
                    Duration.ofDays(Long.parseLong(options.getOrDefault("--ttl-days", "" + DEFAULT_TTL_DAYS)))));
            return 0;
        } catch (IOException | IllegalArgumentException e) {
            err.println("Cannot issue the key: " + e.getMessage());
            return 1;
        }
    }

    private static Map<String, String> parse(String[] args) {
        Set<String> known = Set.of("--private-key", "--org", "--key-id", "--scopes", "--ttl-days", "--issuer");
        Map<String, String> options = new TreeMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!known.contains(args[i])) {
                throw new IllegalArgumentException("Unknown option " + args[i]);
            }
            if (i + 1 >= args.length || args[i + 1].isBlank()) {
                throw new IllegalArgumentException("Missing value for " + args[i]);
            }
            options.put(args[i], args[i + 1].trim());
        }
        for (String required : new String[] { "--private-key", "--org" }) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException("Missing " + required);
            }
        }
        String ttl = options.get("--ttl-days");
        if (ttl != null && !ttl.matches("[1-9][0-9]{0,5}")) {
            throw new IllegalArgumentException("--ttl-days must be a positive number of days");
        }
        return options;
    }

    private static Set<String> scopes(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
