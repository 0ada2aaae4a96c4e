package io.voxcampaigns.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Checks the local stack's fixed ports before anything tries to bind them, for a clearer message. */
final class Ports {

    private Ports() {
    }

    static void requireFree(int port, String forWhat) {
        if (listening(port)) {
            throw new IllegalStateException("Port " + port + " (for " + forWhat + ") is already in use by another "
                    + "process. Free it and retry; `ss -ltnp 'sport = :" + port + "'` shows who holds it.");
        }
    }

    static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
