package org.openhall.kiosk.printer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.OptionalInt;

/** A network printer on its raw port (9100), with a connect and read timeout. */
public record TcpPort(String host, int port, Duration timeout) implements PrinterPort {

    @Override
    public Connection open() throws IOException {
        var socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            socket.setTcpNoDelay(true);
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        return new Connection() {
            private final OutputStream out = socket.getOutputStream();
            private final InputStream in = socket.getInputStream();

            @Override
            public void write(byte[] bytes) throws IOException {
                out.write(bytes);
                out.flush();
            }

            @Override
            public OptionalInt read(Duration wait) throws IOException {
                socket.setSoTimeout((int) Math.max(1, wait.toMillis()));
                try {
                    int b = in.read();
                    return b < 0 ? OptionalInt.empty() : OptionalInt.of(b);
                } catch (SocketTimeoutException e) {
                    return OptionalInt.empty();
                }
            }

            @Override
            public void close() throws IOException {
                socket.close();
            }
        };
    }

    @Override
    public String toString() {
        return "tcp://" + host + ":" + port;
    }
}
