package org.openhall.kiosk.scan;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Tells a keyboard-wedge scanner from a person typing. A scanner "types" a code in a burst, keys a few
 * milliseconds apart, and ends it with Enter; a person types far slower. A run of at least
 * {@code minLength} characters, each within {@code maxGap} of the one before, ended by Enter within
 * {@code maxGap}, is a scan; anything else is typing and is forgotten.
 *
 * <p>Not thread-safe: one detector per screen, fed from that screen's key events in order. Time is
 * passed in (nanoseconds on any monotonic scale, e.g. the browser event's time stamp), so the rules
 * are tested without waiting.
 */
public final class KeyboardWedgeDetector {

    /** The longest gap between a scanner's keystrokes. */
    public static final Duration DEFAULT_MAX_GAP = Duration.ofMillis(50);
    /** The shortest code a scanner is expected to send. */
    public static final int DEFAULT_MIN_LENGTH = 8;

    private final Consumer<String> onScan;
    private final long maxGapNanos;
    private final int minLength;
    private final StringBuilder burst = new StringBuilder();
    private long lastKeyNanos;
    private boolean started;

    /** A detector with the default rules that delivers scans to {@code scans} as {@link ScanSource#KEYBOARD_WEDGE}. */
    public KeyboardWedgeDetector(CodeScans scans) {
        this(text -> scans.deliver(text, ScanSource.KEYBOARD_WEDGE), DEFAULT_MAX_GAP, DEFAULT_MIN_LENGTH);
    }

    /** A detector that passes each scanned text (without the Enter) to {@code onScan}. */
    public KeyboardWedgeDetector(Consumer<String> onScan, Duration maxGap, int minLength) {
        if (maxGap.isNegative() || maxGap.isZero() || minLength < 1) {
            throw new IllegalArgumentException("maxGap must be positive and minLength at least 1");
        }
        this.onScan = onScan;
        this.maxGapNanos = maxGap.toNanos();
        this.minLength = minLength;
    }

    /**
     * One key: a printable character, or Enter ({@code '\n'} or {@code '\r'}) which ends a code.
     *
     * @param c     the character typed
     * @param nanos when it was typed, on a monotonic scale
     */
    public void key(char c, long nanos) {
        boolean inTime = started && nanos - lastKeyNanos >= 0 && nanos - lastKeyNanos < maxGapNanos;
        if (c == '\n' || c == '\r') {
            if (inTime && burst.length() >= minLength) {
                String text = burst.toString();
                reset();
                onScan.accept(text);
            } else {
                reset();
            }
            return;
        }
        if (!inTime) {
            // too slow: whatever came before was typing; this key may start a scan
            burst.setLength(0);
        }
        if (burst.length() >= PayloadParser.MAX_LENGTH) {
            burst.setLength(0);
        }
        burst.append(c);
        lastKeyNanos = nanos;
        started = true;
    }

    /** Forgets a burst in progress (e.g. when the screen changes). */
    public void reset() {
        burst.setLength(0);
        started = false;
    }

    /** Whether keys are arriving at a scanner's pace right now (a screen may then hold back its own handling). */
    public boolean inBurst() {
        return burst.length() > 1;
    }
}
