package io.voxcampaigns.deploy.kubernetes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserScramSha512ClientAuthentication;
import io.strimzi.api.kafka.model.user.KafkaUserTlsClientAuthentication;

/**
 * The Secrets that exist once a rendered overlay is applied, with the keys each holds: those the operators generate
 * from the resources, and the two created by hand (documented in README.md). None is committed.
 */
final class ProducedSecrets {

    /** Created by hand (deploy/kubernetes/README.md, "Before you apply"): the API-key verification key. */
    static final String API_KEY_SECRET = "vox-api-key-public";
    static final String API_KEY_FILE = "public-key.pem";
    /** Created by hand (deploy/kubernetes/README.md, "Before you apply"): the voice runtime's API key and webhook secret. */
    static final String VOICE_RUNTIME_SECRET = "voice-runtime";
    /** Created by hand, optional: the private key campaign-service signs the API keys it issues with. */
    static final String SIGNING_KEY_SECRET = "vox-api-key-signing";
    static final Map<String, Set<String>> MANUAL = Map.of(API_KEY_SECRET, Set.of(API_KEY_FILE),
            VOICE_RUNTIME_SECRET, Set.of("api-key", "webhook-secret"), SIGNING_KEY_SECRET, Set.of("private-key.pem"));

    /** Variable names whose value must come from a Secret, never a ConfigMap or the manifest. */
    static final Pattern CREDENTIAL = Pattern.compile("PASSWORD|JAAS|SECRET|API_KEY|TOKEN|PRIVATE");

    /** CloudNativePG: {@code <cluster>-app}, the database owner's credentials. */
    static final Set<String> CNPG_APP_KEYS = Set.of("username", "password", "host", "port", "dbname", "pgpass", "uri",
            "jdbc-uri");
    /** Strimzi User Operator: {@code <user>} for a SCRAM-SHA-512 user. */
    static final Set<String> SCRAM_USER_KEYS = Set.of("password", "sasl.jaas.config");
    /** Strimzi User Operator: {@code <user>} for a TLS user. */
    static final Set<String> TLS_USER_KEYS = Set.of("ca.crt", "user.crt", "user.key", "user.p12", "user.password");
    /** Strimzi Cluster Operator: {@code <cluster>-cluster-ca-cert}, the CA that signs the brokers' certificates. */
    static final Set<String> CLUSTER_CA_KEYS = Set.of("ca.crt", "ca.p12", "ca.password");

    private ProducedSecrets() {
    }

    static String clusterCaSecret(Kafka kafka) {
        return kafka.getMetadata().getName() + "-cluster-ca-cert";
    }

    /** Secret name to the keys it holds. */
    static Map<String, Set<String>> of(Rendered rendered) {
        Map<String, Set<String>> secrets = new LinkedHashMap<>(MANUAL);
        for (CnpgCluster cluster : rendered.all(CnpgCluster.class)) {
            secrets.put(cluster.appSecretName(), CNPG_APP_KEYS);
        }
        for (KafkaUser user : rendered.all(KafkaUser.class)) {
            Object authentication = user.getSpec().getAuthentication();
            if (authentication instanceof KafkaUserScramSha512ClientAuthentication) {
                secrets.put(user.getMetadata().getName(), SCRAM_USER_KEYS);
            } else if (authentication instanceof KafkaUserTlsClientAuthentication) {
                secrets.put(user.getMetadata().getName(), TLS_USER_KEYS);
            }
        }
        for (Kafka kafka : rendered.all(Kafka.class)) {
            secrets.put(clusterCaSecret(kafka), CLUSTER_CA_KEYS);
        }
        return secrets;
    }
}
