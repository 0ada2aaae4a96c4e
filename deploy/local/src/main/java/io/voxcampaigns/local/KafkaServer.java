package io.voxcampaigns.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.smallrye.reactive.messaging.kafka.companion.test.EmbeddedKafkaBroker;

/** A single-node KRaft Kafka broker inside this JVM (SmallRye's EmbeddedKafkaBroker). */
final class KafkaServer implements AutoCloseable {

    static final String HOST = "127.0.0.1";

    /**
     * Fixed for kept log directories: the broker formats its storage on every start (ignoring formatted
     * directories), and a different cluster id than the one in meta.properties would make it refuse to start.
     */
    static final String KEPT_CLUSTER_ID = "dm94LWxvY2FsLXN0YWNrMQ";

    private final EmbeddedKafkaBroker broker;

    private KafkaServer(EmbeddedKafkaBroker broker) {
        this.broker = broker;
    }

    /**
     * @param port 0 for any free port
     * @param controllerPort 0 for any free port
     * @param logDirectory null for a temporary one deleted on close; otherwise kept and reused
     */
    static KafkaServer start(int port, int controllerPort, Path logDirectory) {
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker()
                .withKafkaHost(HOST)
                .withKafkaPort(port)
                .withControllerPort(controllerPort)
                .withDeleteLogDirsOnClose(logDirectory == null)
                .withAdditionalProperties(properties -> {
                    properties.put("auto.create.topics.enable", "true");
                    properties.put("group.initial.rebalance.delay.ms", "0");
                    // one node: every internal topic must fit on it
                    properties.put("share.coordinator.state.topic.replication.factor", "1");
                    properties.put("share.coordinator.state.topic.min.isr", "1");
                    if (logDirectory != null) {
                        properties.put("log.dir", logDirectory.toAbsolutePath().toString());
                        // a clean deregistration on stop; otherwise the next start waits ~9 s for the old
                        // registration's session to expire (DuplicateBrokerRegistrationException)
                        properties.put("controlled.shutdown.enable", "true");
                    }
                });
        if (logDirectory != null) {
            try {
                Files.createDirectories(logDirectory);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            broker.withClusterId(KEPT_CLUSTER_ID);
        }
        return new KafkaServer(broker.start());
    }

    /** host:port, the form kafka.bootstrap.servers takes. */
    String bootstrap() {
        return broker.getAdvertisedListeners().replace("PLAINTEXT://", "");
    }

    @Override
    public void close() {
        broker.close();
    }
}
