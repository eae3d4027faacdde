package org.openhall.kiosk.printer;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a printer last said about itself (ESC/POS {@code DLE EOT 1..4}), or that it said nothing.
 *
 * @param answered     whether the printer answered the status requests at all
 * @param offline      the printer is off line
 * @param coverOpen    the cover is open
 * @param paperEnd     the paper has run out
 * @param paperNearEnd the roll is nearly used up
 * @param error        an auto-cutter or other error
 * @param fault        what went wrong the last time the kiosk tried to print, if it did not work
 */
public record PrinterStatus(boolean answered, boolean offline, boolean coverOpen, boolean paperEnd,
        boolean paperNearEnd, boolean error, @Nullable String fault) {

    /** A printer that answers and reports nothing wrong: the simulated printer's status. */
    public static final PrinterStatus READY = new PrinterStatus(true, false, false, false, false, false, null);

    /** No answer (yet): nothing is known about the printer. */
    public static PrinterStatus unknown(@Nullable String fault) {
        return new PrinterStatus(false, false, false, false, false, false, fault);
    }

    /**
     * Reads the four answers of {@code DLE EOT 1}, {@code 2}, {@code 3} and {@code 4}.
     *
     * @throws IllegalArgumentException if a byte is not a status byte (bits 1 and 4 set, bits 0 and 7 clear)
     */
    public static PrinterStatus parse(byte printer, byte offlineCause, byte errorCause, byte paperSensor) {
        for (byte b : new byte[] {printer, offlineCause, errorCause, paperSensor}) {
            if ((b & 0b1001_0011) != 0b0001_0010) {
                throw new IllegalArgumentException(String.format("Not an ESC/POS status byte: %02X", b & 0xFF));
            }
        }
        boolean offline = (printer & 0x08) != 0;
        boolean coverOpen = (offlineCause & 0x04) != 0;
        boolean paperEnd = (offlineCause & 0x20) != 0 || (paperSensor & 0x60) != 0;
        boolean nearEnd = (paperSensor & 0x0C) != 0;
        boolean error = (offlineCause & 0x40) != 0 || (errorCause & 0x2C) != 0;
        return new PrinterStatus(true, offline, coverOpen, paperEnd, nearEnd, error, null);
    }

    /** The same status with {@code fault} as the last printing problem. */
    public PrinterStatus withFault(@Nullable String fault) {
        return new PrinterStatus(answered, offline, coverOpen, paperEnd, paperNearEnd, error, fault);
    }

    /** Whether a slip can be expected to come out: nothing known to be wrong. */
    public boolean canPrint() {
        return !offline && !coverOpen && !paperEnd && !error;
    }

    /** The problems, in words for logs and staff (empty when there are none). */
    public List<String> problems() {
        var problems = new ArrayList<String>();
        if (!answered) {
            problems.add("no status answer");
        }
        if (paperEnd) {
            problems.add("paper end");
        } else if (paperNearEnd) {
            problems.add("paper near end");
        }
        if (coverOpen) {
            problems.add("cover open");
        }
        if (offline) {
            problems.add("offline");
        }
        if (error) {
            problems.add("error");
        }
        if (fault != null) {
            problems.add(fault);
        }
        return problems;
    }
}
