package io.voxcampaigns.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One free port per service process, chosen once, so that a process started again answers where it did. */
final class ServicePorts {

    private final Map<String, Integer> ports = new LinkedHashMap<>();

    ServicePorts(List<String> services) {
        services.forEach(service -> ports.put(service, free()));
    }

    int of(String service) {
        return ports.get(service);
    }

    String url(String service) {
        return "http://localhost:" + ports.get(service);
    }

    /** A port nothing listens on now. */
    static int free() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
