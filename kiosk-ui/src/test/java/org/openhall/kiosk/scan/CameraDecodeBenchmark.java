package org.openhall.kiosk.scan;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * ZXing decode time per 640×480 camera frame, with and without a code: a program that prints numbers,
 * not a test. Run from kiosk-ui after {@code test-compile}:
 * {@code java -cp target/classes:target/test-classes:<dependencies> org.openhall.kiosk.scan.CameraDecodeBenchmark}.
 */
public final class CameraDecodeBenchmark {

    private CameraDecodeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        var decoder = new CameraFrameDecoder();
        var withCode = CameraFrameDecoderTest.frameWith(CameraFrameDecoderTest.qr(PayloadParserTest.CHECK_IN));
        var empty = CameraFrameDecoderTest.frameWith(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB));
        byte[] jpeg = CameraFrameDecoderTest.jpeg(withCode);
        report("640x480 frame with a QR code", () -> decoder.decode(withCode));
        report("640x480 frame without a code", () -> decoder.decode(empty));
        report("640x480 JPEG with a QR code (incl. JPEG decoding)", () -> decoder.decode(jpeg));
    }

    private static void report(String what, Runnable decode) {
        for (int i = 0; i < 200; i++) {
            decode.run();
        }
        long[] nanos = new long[1000];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            decode.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%-52s median %6.2f ms   p99 %6.2f ms%n", what, nanos[nanos.length / 2] / 1e6,
                nanos[nanos.length * 99 / 100] / 1e6);
    }
}
