package org.openhall.kiosk;

import org.openhall.kiosk.printer.PrintJob;
import org.openhall.kiosk.printer.PrintResult;
import org.openhall.kiosk.printer.TicketPrinter;

/** The simulated printer, which a test can make fail as a jammed printer would. */
public final class SwitchablePrinter implements TicketPrinter {

    private final TicketPrinter working;
    private volatile boolean jammed;

    public SwitchablePrinter(TicketPrinter working) {
        this.working = working;
    }

    public void jammed(boolean jammed) {
        this.jammed = jammed;
    }

    @Override
    public PrintResult print(PrintJob job) {
        return jammed ? new PrintResult.Failed("paper jam (test)") : working.print(job);
    }
}
