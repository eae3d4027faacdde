package org.openhall.kiosk.printer;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** How printing a ticket slip went. */
public sealed interface PrintResult {

    /**
     * The slip came out.
     *
     * @param preview the slip as an image, when the printer can render one
     */
    record Printed(@Nullable SlipImage preview) implements PrintResult {
    }

    /**
     * The slip did not come out; the ticket is issued all the same.
     *
     * @param reason what went wrong, for the log and for staff
     */
    record Failed(String reason) implements PrintResult {
    }

    /**
     * A rendered slip.
     *
     * @param png  the image, PNG encoded
     * @param file where a copy was saved, if anywhere
     */
    record SlipImage(byte[] png, @Nullable Path file) {
    }
}
