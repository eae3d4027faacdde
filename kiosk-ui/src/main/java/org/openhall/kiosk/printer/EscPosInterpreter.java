package org.openhall.kiosk.printer;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Prints an ESC/POS byte stream onto an image, the way an 80 mm, 203 dpi thermal printer with a
 * GB18030 character set would: text in 12×24-dot cells (24×24 for Chinese) scaled by {@code GS !},
 * aligned by {@code ESC a}, emphasised by {@code ESC E}, wrapped at the paper's edge; QR codes stored
 * and printed with {@code GS ( k}; the slip ends at the first cut. A command the kiosk never sends is
 * refused rather than guessed at, so that the simulated printer never shows what a real one would not
 * print.
 */
final class EscPosInterpreter {

    private static final int WIDTH = TicketRenderer.WIDTH;
    private static final int CELL_HEIGHT = 24;
    private static final int LINE_SPACING = 6;
    private static final int MAX_HEIGHT = 4000;
    private static final Charset GB18030 = Charset.forName(EscPos.CHARSET);

    private final SlipFonts fonts;

    EscPosInterpreter(SlipFonts fonts) {
        this.fonts = fonts;
    }

    /** What a stream printed: the slip image and whether it was cut. */
    record Output(BufferedImage image, boolean cut) {
    }

    /**
     * Draws {@code stream}.
     *
     * @throws IllegalArgumentException for a command this interpreter does not know or a truncated one
     */
    Output print(byte[] stream) {
        var state = new State();
        var text = new ByteArrayOutputStream();
        int i = 0;
        boolean cut = false;
        while (i < stream.length && !cut) {
            byte b = stream[i];
            switch (b) {
                case EscPos.LF -> {
                    state.line(decode(text));
                    i++;
                }
                case EscPos.ESC -> {
                    require(stream, i, 2);
                    byte command = stream[i + 1];
                    switch (command) {
                        case '@' -> {
                            state.flush(decode(text));
                            state.reset();
                            i += 2;
                        }
                        case 'a' -> {
                            require(stream, i, 3);
                            state.flush(decode(text));
                            state.align = stream[i + 2] & 0x0F; // 0/48 left, 1/49 centre, 2/50 right
                            i += 3;
                        }
                        case 'E' -> {
                            require(stream, i, 3);
                            state.flush(decode(text));
                            state.bold = (stream[i + 2] & 1) == 1;
                            i += 3;
                        }
                        case 'd' -> {
                            require(stream, i, 3);
                            state.flush(decode(text));
                            state.y += (stream[i + 2] & 0xFF) * (CELL_HEIGHT + LINE_SPACING);
                            i += 3;
                        }
                        default -> throw unsupported(stream, i, 2);
                    }
                }
                case EscPos.FS -> {
                    require(stream, i, 2);
                    switch (stream[i + 1]) {
                        case '&' -> state.chinese = true;
                        case '.' -> state.chinese = false;
                        default -> throw unsupported(stream, i, 2);
                    }
                    i += 2;
                }
                case EscPos.GS -> {
                    require(stream, i, 2);
                    byte command = stream[i + 1];
                    switch (command) {
                        case '!' -> {
                            require(stream, i, 3);
                            state.flush(decode(text));
                            int n = stream[i + 2] & 0xFF;
                            state.width = Math.min(8, (n >> 4) + 1);
                            state.height = Math.min(8, (n & 0x0F) + 1);
                            i += 3;
                        }
                        case '(' -> {
                            require(stream, i, 5);
                            if (stream[i + 2] != 'k') {
                                throw unsupported(stream, i, 3);
                            }
                            int length = (stream[i + 3] & 0xFF) | (stream[i + 4] & 0xFF) << 8;
                            require(stream, i, 5 + length);
                            state.flush(decode(text));
                            qrFunction(state, stream, i + 5, length);
                            i += 5 + length;
                        }
                        case 'V' -> {
                            require(stream, i, 3);
                            state.flush(decode(text));
                            int m = stream[i + 2] & 0xFF;
                            if (m == 65 || m == 66) {
                                require(stream, i, 4);
                                state.y += stream[i + 3] & 0xFF;
                                i += 4;
                            } else {
                                i += 3;
                            }
                            cut = true;
                        }
                        default -> throw unsupported(stream, i, 2);
                    }
                }
                default -> {
                    if ((b & 0xFF) < 0x20) {
                        throw unsupported(stream, i, 1);
                    }
                    text.write(b);
                    i++;
                }
            }
        }
        state.flush(decode(text));
        return new Output(state.finish(), cut);
    }

    /** {@code GS ( k pL pH cn fn …}: only QR (cn 49) model, size, error level, store and print. */
    private void qrFunction(State state, byte[] stream, int at, int length) {
        if (length < 2 || stream[at] != EscPos.QR_CN) {
            throw new IllegalArgumentException("Unsupported GS ( k symbol type");
        }
        int function = stream[at + 1];
        switch (function) {
            case EscPos.QR_MODEL -> { }
            case EscPos.QR_SIZE -> state.qrModule = Math.max(1, Math.min(16, stream[at + 2] & 0xFF));
            case EscPos.QR_ERROR_LEVEL -> state.qrLevel = switch (stream[at + 2]) {
                case 48 -> ErrorCorrectionLevel.L;
                case 50 -> ErrorCorrectionLevel.Q;
                case 51 -> ErrorCorrectionLevel.H;
                default -> ErrorCorrectionLevel.M;
            };
            case EscPos.QR_STORE -> {
                // pL pH cn fn m d1…dk: k = length − 3; the printer keeps the bytes as they are
                byte[] data = new byte[length - 3];
                System.arraycopy(stream, at + 3, data, 0, data.length);
                state.qrData = data;
            }
            case EscPos.QR_PRINT -> state.qr();
            default -> throw new IllegalArgumentException("Unsupported QR function " + function);
        }
    }

    private static String decode(ByteArrayOutputStream text) {
        String decoded = text.toString(GB18030);
        text.reset();
        return decoded;
    }

    private static void require(byte[] stream, int at, int count) {
        if (at + count > stream.length) {
            throw new IllegalArgumentException("Truncated command at byte " + at);
        }
    }

    private static IllegalArgumentException unsupported(byte[] stream, int at, int count) {
        var hex = new StringBuilder();
        for (int k = at; k < Math.min(stream.length, at + count); k++) {
            hex.append(String.format("%02X ", stream[k] & 0xFF));
        }
        return new IllegalArgumentException("Unsupported ESC/POS command " + hex.toString().strip() + " at byte " + at);
    }

    /** The printer's mode and the paper printed so far. */
    private final class State {

        final BufferedImage paper = new BufferedImage(WIDTH, MAX_HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        final Graphics2D g = paper.createGraphics();
        final StringBuilder pending = new StringBuilder();
        int y = 8;
        int align;
        int width = 1;
        int height = 1;
        boolean bold;
        boolean chinese;
        int qrModule = 3;
        ErrorCorrectionLevel qrLevel = ErrorCorrectionLevel.M;
        byte[] qrData = new byte[0];

        State() {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, MAX_HEIGHT);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        }

        void reset() {
            align = 0;
            width = 1;
            height = 1;
            bold = false;
            chinese = false;
        }

        /** Keeps text that has no line feed yet: the printer prints it at the next LF or mode change. */
        void flush(String text) {
            pending.append(text);
        }

        /** LF: prints the buffered line (an empty line feeds one line). */
        void line(String text) {
            pending.append(text);
            String all = pending.toString();
            pending.setLength(0);
            if (all.isEmpty()) {
                y += CELL_HEIGHT * height + LINE_SPACING;
                return;
            }
            for (String row : wrap(all)) {
                draw(row);
            }
        }

        /** Splits text where the printer would: when the next character no longer fits the paper. */
        private List<String> wrap(String text) {
            var rows = new ArrayList<String>();
            int used = 0;
            int start = 0;
            for (int k = 0; k < text.length(); ) {
                int cp = text.codePointAt(k);
                int cell = cellWidth(cp);
                if (used + cell > WIDTH && k > start) {
                    rows.add(text.substring(start, k));
                    start = k;
                    used = 0;
                }
                used += cell;
                k += Character.charCount(cp);
            }
            rows.add(text.substring(start));
            return rows;
        }

        private int cellWidth(int codePoint) {
            boolean wide = chinese && codePoint > 0x7F;
            return (wide ? 24 : 12) * width;
        }

        private void draw(String row) {
            int rowWidth = row.codePoints().map(this::cellWidth).sum();
            int x = switch (align) {
                case 1 -> (WIDTH - rowWidth) / 2;
                case 2 -> WIDTH - rowWidth;
                default -> 0;
            };
            var base = fonts.family();
            var font = new Font(base, bold ? Font.BOLD : Font.PLAIN, CELL_HEIGHT)
                    .deriveFont(AffineTransform.getScaleInstance(width, height));
            g.setFont(font);
            int baseline = y + (int) Math.round(CELL_HEIGHT * height * 0.82);
            // each character in its own cell, as a printer places them
            for (int k = 0; k < row.length(); ) {
                int cp = row.codePointAt(k);
                String ch = new String(Character.toChars(cp));
                int cell = cellWidth(cp);
                int glyph = g.getFontMetrics().stringWidth(ch);
                g.drawString(ch, x + Math.max(0, (cell - glyph) / 2), baseline);
                x += cell;
                k += Character.charCount(cp);
            }
            y += CELL_HEIGHT * height + LINE_SPACING;
        }

        /** {@code GS ( k … fn 81}: prints the stored QR code with the set module size, aligned. */
        void qr() {
            if (qrData.length == 0) {
                return;
            }
            var matrix = encode(new String(qrData, StandardCharsets.ISO_8859_1));
            int size = matrix.getWidth() * qrModule;
            int x = switch (align) {
                case 1 -> (WIDTH - size) / 2;
                case 2 -> WIDTH - size;
                default -> 0;
            };
            for (int row = 0; row < matrix.getHeight(); row++) {
                for (int col = 0; col < matrix.getWidth(); col++) {
                    if (matrix.get(col, row)) {
                        g.fillRect(x + col * qrModule, y + row * qrModule, qrModule, qrModule);
                    }
                }
            }
            y += size + LINE_SPACING;
        }

        private com.google.zxing.common.BitMatrix encode(String data) {
            try {
                // a printer adds no quiet zone of its own; the paper around the code is the quiet zone
                return new QRCodeWriter().encode(data, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                        EncodeHintType.ERROR_CORRECTION, qrLevel,
                        EncodeHintType.CHARACTER_SET, StandardCharsets.ISO_8859_1.name(),
                        EncodeHintType.MARGIN, 0));
            } catch (WriterException e) {
                throw new IllegalArgumentException("QR data the printer could not encode", e);
            }
        }

        BufferedImage finish() {
            g.dispose();
            int height = Math.min(MAX_HEIGHT, y + 24);
            var slip = new BufferedImage(WIDTH, height, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D copy = slip.createGraphics();
            try {
                copy.drawImage(paper, 0, 0, null);
            } finally {
                copy.dispose();
            }
            return slip;
        }
    }
}
