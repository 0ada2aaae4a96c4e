package io.voxcampaigns.deploy.kubernetes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.EnvVarSource;

/** The environment a container starts with: its envFrom ConfigMaps, overridden by its own env entries. */
final class ContainerEnvironment {

    /** Where a variable's value comes from. */
    sealed interface Source permits Literal, SecretKey, Other {
    }

    /** A plain value, written in the manifest or in a ConfigMap. */
    record Literal(String value) implements Source {
    }

    record SecretKey(String secret, String key) implements Source {
    }

    /** fieldRef and resourceFieldRef values, known only at run time. */
    record Other(String description) implements Source {
    }

    private final Map<String, Source> variables;

    private ContainerEnvironment(Map<String, Source> variables) {
        this.variables = variables;
    }

    static ContainerEnvironment of(Container container, Rendered rendered) {
        Map<String, Source> variables = new LinkedHashMap<>();
        for (EnvFromSource from : container.getEnvFrom()) {
            if (from.getSecretRef() != null) {
                throw new AssertionError(container.getName() + ": envFrom a Secret imports keys that are not "
                        + "variable names (CloudNativePG's uri, Strimzi's sasl.jaas.config); use secretKeyRef");
            }
            ConfigMap configMap = rendered.named(ConfigMap.class, from.getConfigMapRef().getName());
            String prefix = from.getPrefix() == null ? "" : from.getPrefix();
            configMap.getData().forEach((key, value) -> variables.put(prefix + key, new Literal(value)));
        }
        for (EnvVar variable : container.getEnv()) {
            variables.put(variable.getName(), source(variable, rendered));
        }
        return new ContainerEnvironment(variables);
    }

    Map<String, Source> variables() {
        return variables;
    }

    Optional<String> literal(String name) {
        return variables.get(name) instanceof Literal literal ? Optional.of(literal.value()) : Optional.empty();
    }

    Optional<SecretKey> secretKey(String name) {
        return variables.get(name) instanceof SecretKey key ? Optional.of(key) : Optional.empty();
    }

    private static Source source(EnvVar variable, Rendered rendered) {
        EnvVarSource from = variable.getValueFrom();
        if (from == null) {
            return new Literal(variable.getValue());
        }
        if (from.getSecretKeyRef() != null) {
            return new SecretKey(from.getSecretKeyRef().getName(), from.getSecretKeyRef().getKey());
        }
        if (from.getConfigMapKeyRef() != null) {
            ConfigMap configMap = rendered.named(ConfigMap.class, from.getConfigMapKeyRef().getName());
            String value = configMap.getData().get(from.getConfigMapKeyRef().getKey());
            if (value == null) {
                throw new AssertionError(variable.getName() + ": ConfigMap " + configMap.getMetadata().getName()
                        + " has no key " + from.getConfigMapKeyRef().getKey());
            }
            return new Literal(value);
        }
        return new Other(from.toString());
    }
}
