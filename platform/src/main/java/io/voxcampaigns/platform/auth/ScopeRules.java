package io.voxcampaigns.platform.auth;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which scope an API key needs for an operation: a service's rules ({@code vox.auth.scope-rules}), each
 * {@code "<METHOD|*> <path prefix> <scope>"}, the first whose method and path match wins. A prefix matches the path
 * itself and every path below it, segment by segment ({@code /v3/campaigns} matches {@code /v3/campaigns/{id}/tasks},
 * never {@code /v3/campaigns-archive}); OpenAPI path templates match as the paths do. Every operation of a service's
 * OpenAPI document must be named by a rule (its ScopesTest fails otherwise); a path no rule names is no operation.
 */
public final class ScopeRules {

    /** The configuration property that lists the rules (indexed: vox.auth.scope-rules[0], ...). */
    public static final String PROPERTY = "vox.auth.scope-rules";

    private record Rule(String method, String prefix, String scope) {

        boolean matches(String requestMethod, String path) {
            return (method.equals("*") || method.equalsIgnoreCase(requestMethod))
                    && (path.equals(prefix) || path.startsWith(prefix + "/"));
        }
    }

    private final List<Rule> rules;

    private ScopeRules(List<Rule> rules) {
        this.rules = rules;
    }

    /** The rules as configured; IllegalArgumentException naming the rule that is not "METHOD /path scope". */
    public static ScopeRules parse(List<String> lines) {
        List<Rule> rules = new ArrayList<>(lines.size());
        for (String line : lines) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length != 3 || !parts[1].startsWith("/") || parts[1].endsWith("/")) {
                throw new IllegalArgumentException(PROPERTY + ": '" + line
                        + "' is not '<METHOD|*> <path prefix without a trailing slash> <scope>'");
            }
            rules.add(new Rule(parts[0].toUpperCase(Locale.ROOT), parts[1], parts[2]));
        }
        return new ScopeRules(List.copyOf(rules));
    }

    /** The scope the operation needs; empty when no rule names it. */
    public Optional<String> required(String method, String path) {
        return rules.stream().filter(rule -> rule.matches(method, path)).map(Rule::scope).findFirst();
    }
}
