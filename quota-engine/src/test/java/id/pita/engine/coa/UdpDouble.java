package id.pita.engine.coa;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.SocketException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A stand-in gateway on a loopback UDP port: records every datagram and answers with whatever
 * {@code responder} makes of it (empty = silence), from its own socket or from a second one.
 */
final class UdpDouble implements AutoCloseable {
    private final DatagramSocket socket;
    private final DatagramSocket replySocket;
    private final Function<byte[], Optional<byte[]>> responder;
    private final List<byte[]> received = new CopyOnWriteArrayList<>();

    private UdpDouble(Function<byte[], Optional<byte[]>> responder, boolean answerFromOtherPort) throws SocketException {
        this.socket = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        this.replySocket = answerFromOtherPort ? new DatagramSocket(0, InetAddress.getLoopbackAddress()) : socket;
        this.responder = responder;
        var thread = new Thread(this::serve, "udp-double-" + socket.getLocalPort());
        thread.setDaemon(true);
        thread.start();
    }

    static UdpDouble silent() throws SocketException {
        return new UdpDouble(d -> Optional.empty(), false);
    }

    static UdpDouble answering(Function<byte[], Optional<byte[]>> responder) throws SocketException {
        return new UdpDouble(responder, false);
    }

    static UdpDouble answeringFromOtherPort(Function<byte[], Optional<byte[]>> responder) throws SocketException {
        return new UdpDouble(responder, true);
    }

    int port() {
        return socket.getLocalPort();
    }

    List<byte[]> received() {
        return received;
    }

    @Override
    public void close() {
        socket.close();
        replySocket.close();
    }

    private void serve() {
        var buffer = new byte[4096];
        while (!socket.isClosed()) {
            var packet = new DatagramPacket(buffer, buffer.length);
            try {
                socket.receive(packet);
                var data = Arrays.copyOf(packet.getData(), packet.getLength());
                received.add(data);
                var answer = responder.apply(data);
                if (answer.isPresent()) {
                    replySocket.send(new DatagramPacket(answer.get(), answer.get().length, packet.getSocketAddress()));
                }
            } catch (IOException e) {
                return;
            }
        }
    }
}
