package org.openhall.kiosk.printer;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real ESC/POS thermal printer. Before each slip it asks the printer for its status and sends
 * nothing if the paper is out, the cover open or the printer off line; after the slip it asks again,
 * so that a roll that ran out mid-slip is reported. A printer that does not answer status requests
 * (some USB adapters) is printed to all the same.
 */
public class EscPosTicketPrinter implements TicketPrinter {

    private static final Logger log = LoggerFactory.getLogger(EscPosTicketPrinter.class);

    private final EscPosTicket slips;
    private final PrinterPort port;
    private final Duration statusTimeout;
    // one slip at a time: bytes of two slips must never interleave on the wire
    private final ReentrantLock wire = new ReentrantLock();
    private volatile PrinterStatus status = PrinterStatus.unknown(null);

    public EscPosTicketPrinter(EscPosTicket slips, PrinterPort port, Duration statusTimeout) {
        this.slips = slips;
        this.port = port;
        this.statusTimeout = statusTimeout;
    }

    @Override
    public PrintResult print(SlipJob job) {
        byte[] bytes;
        try {
            bytes = slips.bytes(job);
        } catch (RuntimeException e) {
            log.error("Could not write the slip of {}", job.describe(), e);
            return fail("rendering failed: " + e.getMessage(), PrinterStatus.READY);
        }
        wire.lock();
        try (var connection = port.open()) {
            PrinterStatus before = query(connection);
            if (!before.canPrint()) {
                return fail("printer not ready: " + String.join(", ", before.problems()), before);
            }
            connection.write(bytes);
            PrinterStatus after = query(connection);
            if (after.paperEnd() || after.coverOpen() || after.error()) {
                return fail("slip may be incomplete: " + String.join(", ", after.problems()), after);
            }
            status = after;
            if (after.paperNearEnd()) {
                log.warn("Printer on {} is nearly out of paper ({})", port, job.describe());
            }
            log.info("Printed {} on {}", job.describe(), port);
            return new PrintResult.Printed(null);
        } catch (IOException | RuntimeException e) {
            log.error("Could not print {} on {}", job.describe(), port, e);
            return fail("printer unreachable on " + port + ": " + e.getMessage(), PrinterStatus.unknown(null));
        } finally {
            wire.unlock();
        }
    }

    /** Asks the printer for its status now (for the kiosk's health), without printing. */
    public PrinterStatus refreshStatus() {
        wire.lock();
        try (var connection = port.open()) {
            status = query(connection).withFault(status.fault());
        } catch (IOException | RuntimeException e) {
            log.warn("Printer on {} did not answer: {}", port, e.getMessage());
            status = PrinterStatus.unknown("printer unreachable on " + port + ": " + e.getMessage());
        } finally {
            wire.unlock();
        }
        return status;
    }

    @Override
    public PrinterStatus status() {
        return status;
    }

    /** {@code DLE EOT 1..4}, one answer byte each; unknown if any answer is missing or malformed. */
    PrinterStatus query(PrinterPort.Connection connection) throws IOException {
        byte[] answers = new byte[4];
        for (int n = 1; n <= 4; n++) {
            connection.write(EscPos.statusRequest(n));
            var answer = connection.read(statusTimeout);
            if (answer.isEmpty()) {
                log.debug("Printer on {} gave no answer to DLE EOT {}", port, n);
                return PrinterStatus.unknown(null);
            }
            answers[n - 1] = (byte) answer.getAsInt();
        }
        try {
            return PrinterStatus.parse(answers[0], answers[1], answers[2], answers[3]);
        } catch (IllegalArgumentException e) {
            log.warn("Printer on {} answered the status request with garbage: {}", port, e.getMessage());
            return PrinterStatus.unknown(null);
        }
    }

    private PrintResult fail(String reason, PrinterStatus observed) {
        status = observed.withFault(reason);
        log.warn("Slip not printed on {}: {}", port, reason);
        return new PrintResult.Failed(reason);
    }
}
