package org.openhall.kiosk.printer;

/**
 * The ESC/POS commands the kiosk sends, in one place so that {@link EscPosTicket} (which writes them)
 * and {@link EscPosInterpreter} (which reads them back for the simulated printer) cannot drift apart.
 */
final class EscPos {

    static final byte LF = 0x0A;
    static final byte ESC = 0x1B;
    static final byte GS = 0x1D;
    static final byte FS = 0x1C;
    static final byte DLE = 0x10;
    static final byte EOT = 0x04;

    /** {@code ESC @}: initialise the printer. */
    static final byte[] INIT = {ESC, '@'};
    /** {@code FS &}: Chinese (double-byte, GB18030) character mode on. */
    static final byte[] CHINESE_MODE_ON = {FS, '&'};
    /** {@code GS V 66 n}: feed n dots and cut partially. */
    static final byte CUT_FUNCTION = 66;

    /** {@code GS ( k} function numbers for QR codes (cn = 49). */
    static final int QR_MODEL = 65;
    static final int QR_SIZE = 67;
    static final int QR_ERROR_LEVEL = 69;
    static final int QR_STORE = 80;
    static final int QR_PRINT = 81;
    static final int QR_CN = 49;

    /** The charset of text in Chinese mode. */
    static final String CHARSET = "GB18030";

    private EscPos() {
    }

    /** {@code DLE EOT n}: real-time status request, n = 1 (printer), 2 (offline), 3 (error), 4 (paper). */
    static byte[] statusRequest(int n) {
        return new byte[] {DLE, EOT, (byte) n};
    }
}
