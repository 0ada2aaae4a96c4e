package io.voxcampaigns.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Raw PostgreSQL capacity, pgbench-like: clients each run single-row {@code update ... set balance = balance + 1}
 * autocommit transactions on random rows of a 100,000-row table in a scratch database, for a fixed time.
 */
final class RawPostgres {

    static final String DATABASE = "bench_scratch";
    static final int ROWS = 100_000;
    static final int CLIENTS = 8;
    static final Duration DURATION = Duration.ofSeconds(15);

    private final String host;
    private final int port;

    RawPostgres(String host, int port) {
        this.host = host;
        this.port = port;
    }

    void measure(Report report) throws Exception {
        createDatabase();
        String url = "jdbc:postgresql://" + host + ":" + port + "/" + DATABASE;
        try (Connection setup = DriverManager.getConnection(url, "vox", "vox");
             Statement statement = setup.createStatement()) {
            statement.execute("drop table if exists bench_accounts");
            statement.execute("create table bench_accounts (id int primary key, balance bigint not null)");
            statement.execute("insert into bench_accounts select i, 0 from generate_series(1, " + ROWS + ") i");
            statement.execute("vacuum analyze bench_accounts");
        }
        AtomicLong transactions = new AtomicLong();
        long deadline = System.nanoTime() + DURATION.toNanos();
        List<Thread> clients = new ArrayList<>();
        List<Exception> failures = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            Thread client = new Thread(() -> {
                try (Connection connection = DriverManager.getConnection(url, "vox", "vox");
                     PreparedStatement update = connection.prepareStatement(
                             "update bench_accounts set balance = balance + 1 where id = ?")) {
                    while (System.nanoTime() < deadline) {
                        update.setInt(1, ThreadLocalRandom.current().nextInt(1, ROWS + 1));
                        update.executeUpdate();
                        transactions.incrementAndGet();
                    }
                } catch (SQLException e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            }, "pg-client-" + c);
            clients.add(client);
        }
        long begin = System.nanoTime();
        clients.forEach(Thread::start);
        for (Thread client : clients) {
            client.join();
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        report.info("PostgreSQL simple update (raw, " + CLIENTS + " clients, autocommit)",
                String.format(Locale.ROOT, "%,.0f TPS", transactions.get() / seconds));
        dropDatabase();
    }

    /** The embedded server's superuser is postgres (trust on localhost); the scratch database belongs to vox. */
    private void createDatabase() throws SQLException {
        try (Connection admin = admin(); Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + DATABASE);
            statement.execute("create database " + DATABASE + " owner vox");
        }
    }

    private void dropDatabase() throws SQLException {
        try (Connection admin = admin(); Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + DATABASE);
        }
    }

    private Connection admin() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres", "postgres", "postgres");
    }
}
