package io.voxcampaigns.testing.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * A {@code @QuarkusTest} against real Kafka and PostgreSQL: {@code @QuarkusTest @RealInfra(database = "agents")}.
 * The servers are the test JVM's (one pair, started on first use, shared by every test class); the service's
 * database is created when absent. Carries the JUnit tag {@value #TAG}, which the fast tier ({@code -Pfast})
 * excludes.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(RealInfra.TAG)
@WithTestResource(value = InfraTestResource.class, scope = TestResourceScope.GLOBAL)
public @interface RealInfra {

    /** The JUnit tag of every test that needs real Kafka or PostgreSQL. */
    String TAG = "real-infra";

    /** The service's database (a plain lower-case PostgreSQL identifier). */
    String database();
}
