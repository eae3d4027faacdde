package org.openhall.kiosk.scan;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Finds a QR code or a PDF417 barcode in a camera frame. Only those two formats are tried and without
 * ZXing's TRY_HARDER, which costs several times more on the many frames that hold no code: the
 * camera sends the next frame soon anyway. Thread-safe.
 */
@Component
public class CameraFrameDecoder {

    /** The largest encoded frame accepted: a 1280×720 JPEG is ~100–200 KB. */
    public static final int MAX_FRAME_BYTES = 2 * 1024 * 1024;
    /** The largest frame side accepted, so a crafted image cannot make the kiosk allocate gigabytes. */
    public static final int MAX_SIDE = 4096;

    private static final Logger log = LoggerFactory.getLogger(CameraFrameDecoder.class);

    private static final Map<DecodeHintType, Object> HINTS = Map.of(
            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE, BarcodeFormat.PDF_417));

    /** The code's text, or empty if the frame holds none that can be read. */
    public Optional<String> decode(BufferedImage frame) {
        if (frame.getWidth() > MAX_SIDE || frame.getHeight() > MAX_SIDE) {
            return Optional.empty();
        }
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(frame)));
        var reader = new MultiFormatReader();
        try {
            return Optional.of(reader.decode(bitmap, HINTS).getText());
        } catch (NotFoundException e) {
            return Optional.empty();
        } catch (ReaderException | RuntimeException e) {
            log.debug("Unreadable code in a camera frame: {}", e.toString());
            return Optional.empty();
        }
    }

    /** Decodes a JPEG or PNG frame; empty if it is no image, too large, or holds no readable code. */
    public Optional<String> decode(byte[] encodedFrame) {
        if (encodedFrame.length == 0 || encodedFrame.length > MAX_FRAME_BYTES) {
            return Optional.empty();
        }
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(encodedFrame))) {
            if (input == null) {
                return Optional.empty();
            }
            var readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            var reader = readers.next();
            try {
                reader.setInput(input, true, true);
                if (reader.getWidth(0) > MAX_SIDE || reader.getHeight(0) > MAX_SIDE) {
                    return Optional.empty();
                }
                return decode(reader.read(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            log.debug("Camera frame is not a readable image: {}", e.toString());
            return Optional.empty();
        }
    }
}
