package org.openhall.kiosk.printer;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;

/** QR codes for slips and screens: black on white, medium error correction, a one-module quiet zone. */
public final class QrCodes {

    private QrCodes() {
    }

    /**
     * {@code text} as a square QR code image of about {@code size} pixels.
     *
     * @throws IllegalArgumentException when the text is too long for a QR code
     */
    public static BufferedImage image(String text, int size) {
        try {
            var matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                    EncodeHintType.MARGIN, 1));
            return MatrixToImageWriter.toBufferedImage(matrix);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code of " + text.length() + " characters", e);
        }
    }

    /** {@code text} as a QR code, PNG encoded. */
    public static byte[] png(String text, int size) {
        return Png.encode(image(text, size));
    }

    /** PNG encoding of rendered images. */
    static final class Png {

        private Png() {
        }

        static byte[] encode(BufferedImage image) {
            var out = new ByteArrayOutputStream();
            try {
                ImageIO.write(image, "png", out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    }
}
