package org.openhall.kiosk;

import org.openhall.kiosk.printer.PrintResult;
import org.openhall.kiosk.printer.PrinterStatus;
import org.openhall.kiosk.printer.SlipJob;
import org.openhall.kiosk.printer.TicketPrinter;

/**
 * The simulated printer, which a test can make fail as a jammed printer would: a slip sent while
 * jammed fails, and the printer reports that fault until a slip prints again.
 */
public final class SwitchablePrinter implements TicketPrinter {

    private final TicketPrinter working;
    private volatile boolean jammed;
    private volatile boolean lastFailed;

    public SwitchablePrinter(TicketPrinter working) {
        this.working = working;
    }

    public void jammed(boolean jammed) {
        this.jammed = jammed;
        if (!jammed) {
            lastFailed = false;
        }
    }

    @Override
    public PrintResult print(SlipJob job) {
        if (jammed) {
            lastFailed = true;
            return new PrintResult.Failed("paper jam (test)");
        }
        lastFailed = false;
        return working.print(job);
    }

    @Override
    public PrinterStatus status() {
        return lastFailed ? PrinterStatus.READY.withFault("paper jam (test)") : working.status();
    }
}
