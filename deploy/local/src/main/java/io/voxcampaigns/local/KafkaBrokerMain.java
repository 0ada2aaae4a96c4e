package io.voxcampaigns.local;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The single-node broker of {@link KafkaServer} as a process of its own, so a harness can stop it (SIGTERM: a
 * controlled shutdown) or kill it and start it again on the same ports and log directory. Arguments: port,
 * controller port, log directory. Prints {@code READY <host:port>} once the broker accepts clients.
 */
public final class KafkaBrokerMain {

    public static final String READY = "READY ";

    private KafkaBrokerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: KafkaBrokerMain <port> <controller port> <log directory>");
        }
        KafkaServer server = KafkaServer.start(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Path.of(args[2]));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "kafka-stop"));
        System.out.println(READY + server.bootstrap());
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
