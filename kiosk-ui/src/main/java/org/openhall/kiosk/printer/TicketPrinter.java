package org.openhall.kiosk.printer;

/**
 * The kiosk's slip printer: tickets, and receipts of complaints and suggestions. Implementations are
 * safe to call from several threads (two visitors never share a kiosk, but a retry may overlap a slow
 * print).
 */
public interface TicketPrinter {

    /**
     * Prints one slip and waits until it is out (or failed). Never throws for a printer problem (paper
     * out, cover open, disk full): it returns {@link PrintResult.Failed} so that the caller still shows
     * the ticket or tracking number.
     */
    PrintResult print(SlipJob job);

    /**
     * What the printer last reported about itself, with the last printing fault if the last slip did
     * not come out; {@link PrinterStatus#unknown unknown} for a printer that cannot tell.
     */
    default PrinterStatus status() {
        return PrinterStatus.unknown(null);
    }
}
