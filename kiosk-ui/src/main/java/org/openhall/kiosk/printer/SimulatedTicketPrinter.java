package org.openhall.kiosk.printer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openhall.client.api.TicketView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A printer for kiosks without one: each slip is rendered as a PNG, saved as
 * {@code <dir>/<number>-<id>.png} and returned so the screen can show it.
 */
public class SimulatedTicketPrinter implements TicketPrinter {

    private static final Logger log = LoggerFactory.getLogger(SimulatedTicketPrinter.class);

    private final TicketRenderer renderer;
    private final Path directory;

    public SimulatedTicketPrinter(TicketRenderer renderer, Path directory) {
        this.renderer = renderer;
        this.directory = directory;
    }

    @Override
    public PrintResult print(PrintJob job) {
        TicketView ticket = job.ticket();
        byte[] png;
        try {
            png = QrCodes.Png.encode(renderer.render(job));
        } catch (RuntimeException e) {
            log.error("Could not render ticket {} ({})", ticket.number(), ticket.id(), e);
            return new PrintResult.Failed("rendering failed: " + e.getMessage());
        }
        Path file = directory.resolve(fileName(ticket));
        try {
            Files.createDirectories(directory);
            // Written aside and moved, so that nobody ever finds half a ticket on disk.
            Path partial = Files.createTempFile(directory, ".printing-", ".png");
            Files.write(partial, png);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            log.error("Could not save ticket {} ({}) to {}", ticket.number(), ticket.id(), file, e);
            return new PrintResult.Failed("cannot save to " + file + ": " + e.getMessage());
        }
        log.info("Printed ticket {} ({}) to {}", ticket.number(), ticket.id(), file);
        return new PrintResult.Printed(new PrintResult.SlipImage(png, file));
    }

    /** {@code <number>-<id>.png}, with anything that is not safe in a file name replaced. */
    static String fileName(TicketView ticket) {
        return safe(ticket.number()) + "-" + safe(ticket.id()) + ".png";
    }

    private static String safe(String part) {
        String cleaned = part.replaceAll("[^A-Za-z0-9_-]", "_");
        return cleaned.isEmpty() ? "_" : cleaned;
    }
}
