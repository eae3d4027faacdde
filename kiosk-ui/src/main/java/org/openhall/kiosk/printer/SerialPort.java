package org.openhall.kiosk.printer;

import java.io.IOException;
import java.time.Duration;
import java.util.OptionalInt;

/** A printer on a serial port (8 data bits, no parity, one stop bit), through jSerialComm. */
public record SerialPort(String device, int baud, Duration timeout) implements PrinterPort {

    @Override
    public Connection open() throws IOException {
        var port = com.fazecast.jSerialComm.SerialPort.getCommPort(device);
        port.setComPortParameters(baud, 8, com.fazecast.jSerialComm.SerialPort.ONE_STOP_BIT,
                com.fazecast.jSerialComm.SerialPort.NO_PARITY);
        int millis = (int) timeout.toMillis();
        port.setComPortTimeouts(com.fazecast.jSerialComm.SerialPort.TIMEOUT_READ_SEMI_BLOCKING
                | com.fazecast.jSerialComm.SerialPort.TIMEOUT_WRITE_BLOCKING, millis, millis);
        if (!port.openPort()) {
            throw new IOException("Cannot open serial port " + device);
        }
        return new Connection() {
            @Override
            public void write(byte[] bytes) throws IOException {
                int written = port.writeBytes(bytes, bytes.length);
                if (written != bytes.length) {
                    throw new IOException("Wrote " + written + " of " + bytes.length + " bytes to " + device);
                }
            }

            @Override
            public OptionalInt read(Duration wait) throws IOException {
                int millis = (int) Math.max(1, wait.toMillis());
                port.setComPortTimeouts(com.fazecast.jSerialComm.SerialPort.TIMEOUT_READ_SEMI_BLOCKING
                        | com.fazecast.jSerialComm.SerialPort.TIMEOUT_WRITE_BLOCKING, millis, millis);
                byte[] one = new byte[1];
                int read = port.readBytes(one, 1);
                if (read < 0) {
                    throw new IOException("Serial port " + device + " failed");
                }
                return read == 0 ? OptionalInt.empty() : OptionalInt.of(one[0] & 0xFF);
            }

            @Override
            public void close() {
                port.closePort();
            }
        };
    }

    @Override
    public String toString() {
        return "serial:" + device + "?baud=" + baud;
    }
}
