package vn.tvet.lms.localservices;

import java.io.IOException;
import java.net.ServerSocket;

/** Finds a free loopback port for a server that must be told its port before it starts. */
public final class FreePorts {

    private FreePorts() {
    }

    public static int any() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
