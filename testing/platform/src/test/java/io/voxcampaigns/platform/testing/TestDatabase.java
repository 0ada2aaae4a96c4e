package io.voxcampaigns.platform.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.postgresql.Driver;

import io.voxcampaigns.local.Endpoints;
import io.voxcampaigns.local.Infra;

/**
 * The test application's PostgreSQL database as the application role, over JDBC (outside the application's pool):
 * to write rows the way another transaction would, and to make the database fail for the application for real.
 */
public final class TestDatabase {

    /** The test application's database (created by RealInfra). */
    public static final String NAME = "platform_tests";

    private TestDatabase() {
    }

    /** A new connection to {@code database} (autocommit); close it. */
    public static Connection connect(String database) {
        Endpoints endpoints = Infra.get();
        Properties properties = new Properties();
        properties.setProperty("user", endpoints.username());
        properties.setProperty("password", endpoints.password());
        try {
            // the driver directly: DriverManager refuses drivers the caller's class loader cannot see (Quarkus tests)
            return new Driver().connect(endpoints.jdbcUrl(database), properties);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot connect to " + database, e);
        }
    }

    /** A new connection to the test application's database; close it. */
    public static Connection connect() {
        return connect(NAME);
    }

    /**
     * Takes the database away from the application until closed: no new connection is accepted and the open ones
     * (the pool's, the relay's) are terminated, as in a database restart or failover. Run from the maintenance
     * database, by the database's owner.
     */
    public static AutoCloseable outage() {
        execute("alter database " + NAME + " with allow_connections false");
        execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + NAME + "'");
        return () -> execute("alter database " + NAME + " with allow_connections true");
    }

    /**
     * Holds {@code lock table <table> in share mode} until closed: the application's inserts into the table wait for
     * it (and fail when they set a lock_timeout), everything else keeps working.
     */
    public static AutoCloseable lock(String table) {
        Connection connection = connect();
        try {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("lock table " + table + " in share mode");
            }
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("Cannot lock " + table, e);
        }
        return () -> {
            connection.rollback();
            connection.close();
        };
    }

    private static void execute(String sql) {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " failed", e);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // the failure being reported is the lock's
        }
    }
}
