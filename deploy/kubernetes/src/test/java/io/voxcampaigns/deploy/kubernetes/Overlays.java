package io.voxcampaigns.deploy.kubernetes;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

/** The rendered overlays, rendered once per test run, and parameter sources over them. */
final class Overlays {

    private static final Map<String, Rendered> RENDERED = new ConcurrentHashMap<>();

    private Overlays() {
    }

    static Rendered rendered(String overlay) {
        return RENDERED.computeIfAbsent(overlay,
                name -> Kustomize.render(Locations.manifests().resolve("overlays").resolve(name)));
    }

    /** Every overlay name. */
    static Stream<String> names() {
        return Locations.overlays().stream();
    }

    /** Every (overlay, service module) pair. */
    static Stream<Arguments> withServices() {
        return names().flatMap(overlay -> Locations.services().stream().map(service -> Arguments.of(overlay, service)));
    }
}
