package io.voxcampaigns.platform.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** RSA key pairs for API keys: generation and PEM files (PKCS#8 private, X.509 public). */
public final class KeyPairs {

    private static final String PRIVATE_LABEL = "PRIVATE KEY";
    private static final String PUBLIC_LABEL = "PUBLIC KEY";

    private KeyPairs() {
    }

    /** A fresh RSA 2048 key pair, the size RS256 verifiers require at least. */
    public static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA is not available in this JVM", e);
        }
    }

    public static String privateKeyPem(PrivateKey key) {
        return pem(PRIVATE_LABEL, key.getEncoded());
    }

    public static String publicKeyPem(PublicKey key) {
        return pem(PUBLIC_LABEL, key.getEncoded());
    }

    public static PrivateKey parsePrivateKey(String pem) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(PRIVATE_LABEL, pem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an RSA PKCS#8 private key", e);
        }
    }

    public static PublicKey parsePublicKey(String pem) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(PUBLIC_LABEL, pem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an RSA X.509 public key", e);
        }
    }

    /** Writes the private key readable by its owner only, since whoever reads it can mint keys. */
    public static void writePrivateKey(PrivateKey key, Path file) throws IOException {
        createParent(file);
        Files.deleteIfExists(file);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(file, privateKeyPem(key), StandardCharsets.US_ASCII);
    }

    public static void writePublicKey(PublicKey key, Path file) throws IOException {
        createParent(file);
        Files.writeString(file, publicKeyPem(key), StandardCharsets.US_ASCII);
    }

    public static PrivateKey readPrivateKey(Path file) throws IOException {
        return parsePrivateKey(Files.readString(file, StandardCharsets.US_ASCII));
    }

    public static PublicKey readPublicKey(Path file) throws IOException {
        return parsePublicKey(Files.readString(file, StandardCharsets.US_ASCII));
    }

    private static String pem(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    private static byte[] der(String label, String pem) {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("Expected a PEM block '" + begin + "'");
        }
        return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
    }

    private static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }
}
