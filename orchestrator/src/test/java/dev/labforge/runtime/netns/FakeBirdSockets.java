package dev.labforge.runtime.netns;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Control sockets that answer every command like an idle BIRD 1.6 ({@code show status}), for deploys run against fakes. */
final class FakeBirdSockets implements AutoCloseable {
    private final List<ServerSocketChannel> servers = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();

    FakeBirdSockets(List<Path> sockets) throws IOException {
        for (Path socket : sockets) {
            Files.createDirectories(socket.getParent());
            ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(socket));
            servers.add(server);
            Thread t = new Thread(() -> serve(server), "fake-bird");
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
    }

    private static void serve(ServerSocketChannel server) {
        while (server.isOpen()) {
            try (SocketChannel c = server.accept()) {
                c.write(ByteBuffer.wrap("0001 BIRD 1.6.8 ready.\n".getBytes(StandardCharsets.US_ASCII)));
                ByteBuffer in = ByteBuffer.allocate(256);
                while (c.read(in) > 0 && new String(in.array(), 0, in.position(), StandardCharsets.US_ASCII).indexOf('\n') < 0) {
                    // until the command line is in
                }
                c.write(ByteBuffer.wrap("1000-BIRD 1.6.8\n0013 Daemon is up and running\n".getBytes(StandardCharsets.US_ASCII)));
            } catch (IOException closed) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        for (ServerSocketChannel s : servers) {
            s.close();
        }
    }
}
