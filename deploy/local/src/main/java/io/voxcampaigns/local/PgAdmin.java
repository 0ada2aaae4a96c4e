package io.voxcampaigns.local;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import org.postgresql.Driver;

/** A superuser connection to a PostgreSQL server, used only to create roles and databases. */
record PgAdmin(String jdbcUrl, String username, String password) {

    /** Uses the driver directly: DriverManager refuses drivers its caller's class loader cannot see (Quarkus tests). */
    Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", username);
        if (password != null) {
            properties.setProperty("password", password);
        }
        Connection connection = new Driver().connect(jdbcUrl, properties);
        if (connection == null) {
            throw new SQLException("Not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        return connection;
    }
}
