package org.openhall.system;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.pdf417.PDF417Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A video for Chromium's fake camera ({@code --use-file-for-fake-video-capture}): a YUV4MPEG2 file of
 * identical 4:2:0 frames showing one barcode, black on white, as a code held still in front of the
 * kiosk's camera. Chromium loops the file, so a few dozen frames are enough.
 */
final class FakeCamera {

    static final int WIDTH = 640;
    static final int HEIGHT = 480;
    private static final int FPS = 15;
    private static final int FRAMES = 30;

    private FakeCamera() {
    }

    /** A video of the QR code of {@code payload}, checked to decode before it is written. */
    static Path qrCode(String payload, Path file) throws IOException {
        BitMatrix code = encode(() -> new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0,
                Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0)));
        return write(code, payload, file);
    }

    /** A video of the PDF417 barcode of {@code text} (an ID card's back), checked to decode before it is written. */
    static Path pdf417(String text, Path file) throws IOException {
        BitMatrix code = encode(() -> new PDF417Writer().encode(text, BarcodeFormat.PDF_417, 0, 0,
                Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, 2)));
        return write(code, text, file);
    }

    private interface Encoding {
        BitMatrix encode() throws WriterException;
    }

    private static BitMatrix encode(Encoding encoding) {
        try {
            return encoding.encode();
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode the code", e);
        }
    }

    private static Path write(BitMatrix code, String expected, Path file) throws IOException {
        byte[] luma = luma(code);
        String read = decode(luma);
        if (!expected.equals(read)) {
            throw new IllegalStateException("the fake camera's picture does not read back as its code: " + read);
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] chroma = new byte[(WIDTH / 2) * (HEIGHT / 2)];
        Arrays.fill(chroma, (byte) 128);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            out.write(("YUV4MPEG2 W" + WIDTH + " H" + HEIGHT + " F" + FPS + ":1 Ip A1:1 C420jpeg\n")
                    .getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < FRAMES; i++) {
                out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                out.write(luma);
                out.write(chroma); // U
                out.write(chroma); // V
            }
        }
        return file;
    }

    /**
     * The luma plane: white, with the code drawn in its middle at the largest whole number of pixels
     * per module that leaves a quiet zone of a tenth of the frame around it.
     */
    private static byte[] luma(BitMatrix code) {
        int scale = Math.max(1, Math.min(WIDTH * 8 / 10 / code.getWidth(), HEIGHT * 8 / 10 / code.getHeight()));
        int left = (WIDTH - code.getWidth() * scale) / 2;
        int top = (HEIGHT - code.getHeight() * scale) / 2;
        byte[] luma = new byte[WIDTH * HEIGHT];
        Arrays.fill(luma, (byte) 255);
        for (int y = 0; y < code.getHeight() * scale; y++) {
            for (int x = 0; x < code.getWidth() * scale; x++) {
                if (code.get(x / scale, y / scale)) {
                    luma[(top + y) * WIDTH + left + x] = 0;
                }
            }
        }
        return luma;
    }

    private static String decode(byte[] luma) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setDataElements(0, 0, WIDTH, HEIGHT, luma);
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        try {
            return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.POSSIBLE_FORMATS,
                    List.of(BarcodeFormat.QR_CODE, BarcodeFormat.PDF_417))).getText();
        } catch (Exception e) {
            return "(unreadable: " + e + ")";
        }
    }
}
