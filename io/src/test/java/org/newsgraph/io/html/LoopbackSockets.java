package org.newsgraph.io.html;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntSupplier;
import javax.net.SocketFactory;

/**
 * A socket factory for tests that stands in for the network: every socket, whatever address it is
 * asked to connect to, connects to a port on loopback, and the address asked for is recorded. Only
 * unconnected sockets ({@link #createSocket()}) are made, as {@link PinnedExchange} asks for.
 */
final class LoopbackSockets extends SocketFactory {

    private final IntSupplier port;
    private final List<String> asked = new CopyOnWriteArrayList<>();

    /** @param port the loopback port every connection goes to, asked when connecting */
    LoopbackSockets(IntSupplier port) {
        this.port = port;
    }

    /** Each address and port asked for ({@code 203.0.113.7:8443}), in order. */
    List<String> asked() {
        return List.copyOf(asked);
    }

    @Override
    public Socket createSocket() {
        return new Socket() {
            @Override
            public void connect(SocketAddress endpoint, int timeout) throws IOException {
                InetSocketAddress to = (InetSocketAddress) endpoint;
                asked.add(to.getAddress().getHostAddress() + ":" + to.getPort());
                super.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port.getAsInt()), timeout);
            }
        };
    }

    @Override
    public Socket createSocket(String host, int port) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress local, int localPort) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Socket createSocket(InetAddress host, int port) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress local, int localPort) {
        throw new UnsupportedOperationException();
    }
}
