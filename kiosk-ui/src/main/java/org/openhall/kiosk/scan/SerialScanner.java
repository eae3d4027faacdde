package org.openhall.kiosk.scan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A code scanner on a serial port (or a USB scanner in CDC/serial mode): each line it sends (ended by
 * CR, LF or both) is one code, delivered as {@link ScanSource#SERIAL}. Reads on a virtual thread while
 * the application runs and reopens the port after an error, so unplugging the scanner does not need a
 * restart.
 */
public class SerialScanner implements SmartLifecycle {

    /** What the serial scanner is doing. */
    public enum State {
        /** Not started (or stopped). */
        STOPPED,
        /** Port open, reading. */
        RUNNING,
        /** The port could not be opened or failed; retrying. */
        FAILED
    }

    private static final Logger log = LoggerFactory.getLogger(SerialScanner.class);
    private static final long RETRY_MILLIS = 5_000;

    private final String device;
    private final int baud;
    private final CodeScans scans;
    private volatile State state = State.STOPPED;
    private volatile boolean running;
    private volatile @Nullable Thread reader;
    private volatile com.fazecast.jSerialComm.@Nullable SerialPort port;

    public SerialScanner(String device, int baud, CodeScans scans) {
        this.device = device;
        this.baud = baud;
        this.scans = scans;
    }

    @Override
    public void start() {
        running = true;
        reader = Thread.ofVirtual().name("serial-scanner").start(this::run);
    }

    @Override
    public void stop() {
        running = false;
        var open = port;
        if (open != null) {
            open.closePort();
        }
        var thread = reader;
        if (thread != null) {
            thread.interrupt();
        }
        state = State.STOPPED;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The scanner's state, for the kiosk's health. */
    public State state() {
        return state;
    }

    /** The device it reads. */
    public String device() {
        return device;
    }

    private void run() {
        while (running) {
            var serial = com.fazecast.jSerialComm.SerialPort.getCommPort(device);
            serial.setComPortParameters(baud, 8, com.fazecast.jSerialComm.SerialPort.ONE_STOP_BIT,
                    com.fazecast.jSerialComm.SerialPort.NO_PARITY);
            serial.setComPortTimeouts(com.fazecast.jSerialComm.SerialPort.TIMEOUT_READ_BLOCKING, 0, 0);
            if (serial.openPort()) {
                port = serial;
                state = State.RUNNING;
                log.info("Serial scanner on {} open", device);
                try (InputStream in = serial.getInputStream()) {
                    readLines(in);
                } catch (IOException | RuntimeException e) {
                    if (running) {
                        log.warn("Serial scanner on {} failed: {}", device, e.toString());
                    }
                } finally {
                    serial.closePort();
                }
            } else {
                log.warn("Cannot open serial scanner port {}", device);
            }
            if (running) {
                state = State.FAILED;
                try {
                    // a pause between reopening attempts, not a wait for a condition
                    Thread.sleep(RETRY_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /**
     * Delivers each line of {@code in} until it ends. A line longer than the parser accepts is thrown
     * away whole rather than cut into pieces that might look valid.
     */
    void readLines(InputStream in) throws IOException {
        var line = new ByteArrayOutputStream();
        boolean overflow = false;
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (b == '\r' || b == '\n') {
                if (line.size() > 0 && !overflow) {
                    scans.deliver(line.toString(StandardCharsets.UTF_8), ScanSource.SERIAL);
                } else if (overflow) {
                    log.warn("Dropped an over-long line from the serial scanner on {}", device);
                }
                line.reset();
                overflow = false;
            } else if (line.size() >= PayloadParser.MAX_LENGTH * 4) {
                overflow = true;
            } else {
                line.write(b);
            }
        }
    }
}
