package org.openhall.kiosk.printer;

import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalInt;

/**
 * The wire to an ESC/POS printer: a USB device file, a network socket or a serial port. One
 * {@link Connection} is opened per slip.
 */
public interface PrinterPort {

    /** Opens the wire. */
    Connection open() throws IOException;

    /** An open wire to the printer. */
    interface Connection extends Closeable {

        /** Sends {@code bytes} and flushes them. */
        void write(byte[] bytes) throws IOException;

        /** The next byte the printer sends, or empty if it sends none within {@code timeout}. */
        OptionalInt read(Duration timeout) throws IOException;
    }

    /**
     * The port named by {@code spec}: {@code file:/dev/usb/lp0}, {@code tcp://host:9100} or
     * {@code serial:/dev/ttyUSB0?baud=19200}.
     *
     * @throws IllegalArgumentException for any other form
     */
    static PrinterPort of(String spec, Duration timeout) {
        if (spec.startsWith("file:")) {
            return new FilePort(Path.of(spec.substring("file:".length())), timeout);
        }
        if (spec.startsWith("tcp://")) {
            var uri = URI.create(spec);
            if (uri.getHost() == null) {
                throw new IllegalArgumentException("No host in printer port " + spec);
            }
            return new TcpPort(uri.getHost(), uri.getPort() < 0 ? 9100 : uri.getPort(), timeout);
        }
        if (spec.startsWith("serial:")) {
            String rest = spec.substring("serial:".length());
            int query = rest.indexOf('?');
            String device = query < 0 ? rest : rest.substring(0, query);
            int baud = 19200;
            if (query >= 0) {
                for (String parameter : rest.substring(query + 1).split("&")) {
                    if (parameter.startsWith("baud=")) {
                        baud = Integer.parseInt(parameter.substring("baud=".length()));
                    }
                }
            }
            return new SerialPort(device, baud, timeout);
        }
        throw new IllegalArgumentException("Printer port must start with file:, tcp:// or serial: but was " + spec);
    }
}
