package id.pita.engine.radius.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

/** The kernel's drops on one UDP socket, read from /proc/net/udp (the suite runs on Linux). */
class SocketDropsTest {
    @Test
    void writesAnAddressAsTheKernelTablesDo() throws Exception {
        assertThat(SocketDrops.hex(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 1812)))
                .isEqualTo("0100007F:0714");
    }

    @Test
    void countsWhatTheKernelDroppedOnAFullReceiveBuffer() throws Exception {
        try (var full = new DatagramSocket(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
             var sender = new DatagramSocket(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0))) {
            full.setReceiveBufferSize(2048);
            var address = (InetSocketAddress) full.getLocalSocketAddress();
            assertThat(SocketDrops.of(address)).hasValue(0);
            var bytes = new byte[1000];
            for (int i = 0; i < 500; i++) {
                sender.send(new DatagramPacket(bytes, bytes.length, address));
            }
            assertThat(SocketDrops.of(address).orElseThrow()).isPositive();
            assertThat(SocketDrops.of((InetSocketAddress) sender.getLocalSocketAddress())).hasValue(0);
        }
    }
}
