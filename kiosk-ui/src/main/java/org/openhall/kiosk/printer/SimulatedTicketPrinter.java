package org.openhall.kiosk.printer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openhall.client.api.TicketView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A printer for kiosks without one, and the real printer's twin: it takes the exact ESC/POS byte
 * stream {@link EscPosTicket} writes for {@link EscPosTicketPrinter} and prints it onto an image the
 * way a thermal printer would, so what the screen shows is what paper would show. Each slip is saved
 * as {@code <dir>/<number>-<id>.png} (a ticket) or {@code <dir>/feedback-<tracking number>.png} and
 * returned so the screen can show it.
 */
public class SimulatedTicketPrinter implements TicketPrinter {

    private static final Logger log = LoggerFactory.getLogger(SimulatedTicketPrinter.class);

    private final EscPosTicket slips;
    private final EscPosInterpreter paper;
    private final Path directory;
    private volatile PrinterStatus status = PrinterStatus.READY;

    public SimulatedTicketPrinter(EscPosTicket slips, Path directory) {
        this.slips = slips;
        this.paper = new EscPosInterpreter(new SlipFonts());
        this.directory = directory;
    }

    /** A simulated printer writing slips in {@code renderer}'s texts. */
    public SimulatedTicketPrinter(TicketRenderer renderer, Path directory) {
        this(new EscPosTicket(renderer.texts()), directory);
    }

    @Override
    public PrintResult print(SlipJob job) {
        byte[] png;
        try {
            png = QrCodes.Png.encode(paper.print(slips.bytes(job)).image());
        } catch (RuntimeException e) {
            log.error("Could not render {}", job.describe(), e);
            return fail("rendering failed: " + e.getMessage());
        }
        Path file = directory.resolve(job.fileStem() + ".png");
        try {
            Files.createDirectories(directory);
            // Written aside and moved, so that nobody ever finds half a ticket on disk.
            Path partial = Files.createTempFile(directory, ".printing-", ".png");
            Files.write(partial, png);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            log.error("Could not save {} to {}", job.describe(), file, e);
            return fail("cannot save to " + file + ": " + e.getMessage());
        }
        status = PrinterStatus.READY;
        log.info("Printed {} to {}", job.describe(), file);
        return new PrintResult.Printed(new PrintResult.SlipImage(png, file));
    }

    /** {@code stream} printed onto paper, as PNG: what a printer would make of these bytes. */
    public byte[] render(byte[] stream) {
        return QrCodes.Png.encode(paper.print(stream).image());
    }

    @Override
    public PrinterStatus status() {
        return status;
    }

    private PrintResult fail(String reason) {
        status = PrinterStatus.READY.withFault(reason);
        return new PrintResult.Failed(reason);
    }

    /** {@code <number>-<id>.png}, with anything that is not safe in a file name replaced. */
    static String fileName(TicketView ticket) {
        return SlipJob.safe(ticket.number()) + "-" + SlipJob.safe(ticket.id()) + ".png";
    }
}
