package io.voxcampaigns.local;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import io.voxcampaigns.platform.auth.ApiKeyClaims;

/** What the stack prints once ready: where everything answers, the demo key, dev-mode settings, a request to try. */
final class ReadyBanner {

    private static final PrintStream OUT = LocalStack.OUT;

    private ReadyBanner() {
    }

    static void print(StackLayout layout, boolean infraOnly, String demoKey, long begin) {
        String rule = "=".repeat(100);
        OUT.println();
        OUT.println(rule);
        OUT.printf(Locale.ROOT, " vox-campaigns local stack is ready%s: started in %.1f s%s%n",
                infraOnly ? " (infrastructure only)" : "", LocalStack.seconds(begin), sinceInvocation());
        OUT.println();
        if (!infraOnly) {
            for (ServiceSpec spec : ServiceSpec.ALL) {
                OUT.printf(" %-16s API %s   Swagger UI %s/q/swagger-ui   Ready %s/q/health/ready%n", spec.name(),
                        spec.url(), spec.url(), spec.url());
            }
            OUT.println();
        }
        OUT.println(" Kafka            " + LocalStack.KAFKA_BOOTSTRAP);
        OUT.println(" PostgreSQL       localhost:" + LocalStack.POSTGRES_PORT + "   user " + Infra.USERNAME
                + " / password " + Infra.PASSWORD + "   databases " + LocalStack.databases());
        OUT.println("                  psql postgresql://" + Infra.USERNAME + ":" + Infra.PASSWORD + "@localhost:"
                + LocalStack.POSTGRES_PORT + "/" + ServiceSpec.ALL.get(0).database());
        OUT.println(" Public key       " + layout.relative(layout.publicKey()) + "   logs " + layout.relative(layout.logs()));
        OUT.println();
        if (infraOnly) {
            OUT.println(" Services in dev mode (e.g. ./mvnw -pl agent-service quarkus:dev) use these settings:");
            for (ServiceSpec spec : ServiceSpec.ALL) {
                OUT.println("   # " + spec.name());
                devSettings(spec).forEach(line -> OUT.println("   " + line));
            }
            OUT.println();
        }
        OUT.println(" Demo organisation  " + DemoAccess.DEMO_ORGANIZATION_ID);
        OUT.println(" Demo API key       (key id " + DemoAccess.DEMO_KEY_ID + ", scopes "
                + String.join(",", DemoAccess.DEMO_SCOPES) + ", also in " + layout.relative(layout.demoApiKey()) + ")");
        OUT.println(demoKey);
        OUT.println();
        OUT.println(" Try it (from " + layout.root() + (infraOnly ? ", once campaign-service runs" : "") + "):");
        OUT.println("   curl -H \"Authorization: Bearer $(cat .local-stack/demo-api-key)\" localhost:"
                + ServiceSpec.ALL.get(1).port() + "/v3/organization-telephone-numbers");
        OUT.println();
        OUT.println(" Ctrl-C stops everything.");
        OUT.println(rule);
    }

    /** The {@code %dev} properties that point a service in dev mode at the stack's Kafka, PostgreSQL and key. */
    static List<String> devSettings(ServiceSpec spec) {
        return List.of(
                "%dev.kafka.bootstrap.servers=" + LocalStack.KAFKA_BOOTSTRAP,
                "%dev.quarkus.datasource.reactive.url=postgresql://localhost:" + LocalStack.POSTGRES_PORT + "/" + spec.database(),
                "%dev.quarkus.datasource.jdbc.url=jdbc:postgresql://localhost:" + LocalStack.POSTGRES_PORT + "/" + spec.database(),
                "%dev.quarkus.datasource.username=" + Infra.USERNAME,
                "%dev.quarkus.datasource.password=" + Infra.PASSWORD,
                "%dev.mp.jwt.verify.publickey.location=../.local-stack/keys/api-key-public.pem",
                "%dev.mp.jwt.verify.issuer=" + ApiKeyClaims.DEFAULT_ISSUER);
    }

    /** The script passes its own start time, so the total includes the build check and Maven's start. */
    private static String sinceInvocation() {
        String invokedAt = System.getProperty("stack.invoked-at", "");
        if (!invokedAt.matches("[0-9]{13}")) {
            return "";
        }
        return String.format(Locale.ROOT, " (%.1f s since ./local-stack was run)",
                (System.currentTimeMillis() - Long.parseLong(invokedAt)) / 1e3);
    }
}
