package io.voxcampaigns.local;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/** Creates the application role and a service database on a PostgreSQL server, each only when absent. */
final class Databases {

    /** Names are spliced into DDL (it takes no bind parameters), so only plain identifiers are accepted. */
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private Databases() {
    }

    static void ensure(PgAdmin admin, String role, String password, String database) {
        requireIdentifier(role);
        requireIdentifier(database);
        try (Connection connection = admin.connect(); Statement statement = connection.createStatement()) {
            if (!exists(connection, "select 1 from pg_roles where rolname = ?", role)) {
                statement.execute("create role " + role + " login password '" + password.replace("'", "''") + "'");
            }
            if (!exists(connection, "select 1 from pg_database where datname = ?", database)) {
                statement.execute("create database " + database + " owner " + role);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database + " at " + admin.jdbcUrl(), e);
        }
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void requireIdentifier(String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain lower-case PostgreSQL identifier: " + name);
        }
    }
}
