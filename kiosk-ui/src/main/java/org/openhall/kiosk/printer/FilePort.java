package org.openhall.kiosk.printer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A USB printer through its device file ({@code /dev/usb/lp0}). Linux's usblp driver passes status
 * answers back through reads of the same file; a read that blocks is given up after the timeout.
 */
public record FilePort(Path device, Duration timeout) implements PrinterPort {

    @Override
    public Connection open() throws IOException {
        OutputStream out = Files.newOutputStream(device, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        return new Connection() {
            private @org.jspecify.annotations.Nullable InputStream in;
            private @org.jspecify.annotations.Nullable CompletableFuture<Integer> pending;

            @Override
            public void write(byte[] bytes) throws IOException {
                out.write(bytes);
                out.flush();
            }

            @Override
            public OptionalInt read(Duration wait) throws IOException {
                if (in == null) {
                    in = Files.newInputStream(device);
                }
                InputStream input = in;
                if (pending == null) {
                    // a device read cannot time out by itself: wait for it on a virtual thread
                    pending = CompletableFuture.supplyAsync(() -> {
                        try {
                            return input.read();
                        } catch (IOException e) {
                            return -1;
                        }
                    }, r -> Thread.ofVirtual().name("printer-status-read").start(r));
                }
                try {
                    int b = pending.get(wait.toMillis(), TimeUnit.MILLISECONDS);
                    pending = null;
                    return b < 0 ? OptionalInt.empty() : OptionalInt.of(b);
                } catch (TimeoutException e) {
                    return OptionalInt.empty();
                } catch (ExecutionException e) {
                    pending = null;
                    throw new IOException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while reading the printer's status", e);
                }
            }

            @Override
            public void close() throws IOException {
                try (out) {
                    if (in != null) {
                        in.close();
                    }
                }
            }
        };
    }

    @Override
    public String toString() {
        return "file:" + device;
    }
}
