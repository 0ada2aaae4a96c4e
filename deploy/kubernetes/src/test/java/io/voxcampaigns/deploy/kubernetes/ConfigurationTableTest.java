package io.voxcampaigns.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each service's README.md configuration table against the code: every key of its {@code @ConfigMapping} interfaces
 * (its own and platform's), every key only the dev profile sets (production must provide it) and every key whose
 * default points at this machine has a row, with the
 * environment variable SmallRye Config reads and the default the prod profile sees (application.properties over
 * {@code @WithDefault}).
 */
class ConfigurationTableTest {

    private static final String SERVICES = "io.voxcampaigns.deploy.kubernetes.Locations#services";

    @ParameterizedTest
    @MethodSource(SERVICES)
    void everySettingTheServiceReadsHasARowWithItsDefault(String module) {
        Map<String, ConfigurationTable.Row> rows = ConfigurationTable.read(readme(module));
        Map<String, String> expected = expectedDefaults(module);
        StringBuilder problems = new StringBuilder();
        expected.forEach((key, defaultValue) -> {
            ConfigurationTable.Row row = rows.get(key);
            if (row == null) {
                problems.append("\n  add: ").append(ConfigurationTable.Row.format("<what it does>", key, defaultValue));
            } else if (!Objects.equals(row.defaultValue(), defaultValue)) {
                problems.append("\n  default of ").append(key).append(" is ")
                        .append(defaultValue == null ? ConfigurationTable.NONE : "`" + defaultValue + "`")
                        .append(", the table says ").append(row.defaultValue() == null ? ConfigurationTable.NONE
                                : "`" + row.defaultValue() + "`");
            }
        });
        assertThat(problems).as(module + "/README.md, section \"" + ConfigurationTable.HEADING + "\":" + problems)
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource(SERVICES)
    void everyRowNamesASettingTheServiceReadsAndItsVariable(String module) {
        ServiceConfiguration configuration = ServiceConfiguration.of(module);
        Map<String, String> expected = expectedDefaults(module);
        for (ConfigurationTable.Row row : ConfigurationTable.read(readme(module)).values()) {
            assertThat(row.environmentVariable()).as(module + "/README.md: the variable of " + row.property())
                    .isEqualTo(ServiceConfiguration.environmentName(row.property()));
            assertThat(expected.containsKey(row.property()) || configuration.knownKeys().contains(row.property()))
                    .as(module + "/README.md: " + row.property() + " is no setting " + module + " reads").isTrue();
            if (!expected.containsKey(row.property())) {
                assertThat(row.defaultValue()).as(module + "/README.md: default of " + row.property())
                        .isEqualTo(configuration.resolved(row.property()).orElse(null));
            }
        }
    }

    /** Mapping keys with the default the prod profile sees, the keys production must set (no default) or override. */
    private static Map<String, String> expectedDefaults(String module) {
        ServiceConfiguration configuration = ServiceConfiguration.of(module);
        Map<String, String> expected = new TreeMap<>();
        MappedSettings.of(module).forEach((key, mappingDefault) ->
                expected.put(key, configuration.resolved(key).orElse(mappingDefault)));
        configuration.requiredInProduction().forEach(key -> expected.put(key, null));
        configuration.localDefaults().forEach(key -> expected.put(key, configuration.resolved(key).orElseThrow()));
        return expected;
    }

    private static Path readme(String module) {
        return Locations.repository().resolve(module).resolve("README.md");
    }
}
