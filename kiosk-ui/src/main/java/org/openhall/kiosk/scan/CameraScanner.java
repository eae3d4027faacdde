package org.openhall.kiosk.scan;

import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads codes through the browser's camera. {@link #newView()} gives a screen a {@link CameraView} to
 * place; while it is attached, the browser sends it frames at most
 * {@link ScannerProperties#cameraFps()} times a second, and each code found is delivered to
 * {@link CodeScans} as {@link ScanSource#CAMERA} once (the same code seen in the next frames is not a
 * second scan).
 */
@Component
public class CameraScanner {

    private static final Logger log = LoggerFactory.getLogger(CameraScanner.class);

    private final CameraFrameDecoder decoder;
    private final CodeScans scans;
    private final Clock clock;
    private final ScannerProperties properties;
    private volatile @Nullable String lastFailure;

    public CameraScanner(CameraFrameDecoder decoder, CodeScans scans, Clock clock, ScannerProperties properties) {
        this.decoder = decoder;
        this.scans = scans;
        this.clock = clock;
        this.properties = properties;
    }

    /** A new camera view; the camera runs while it is attached to a UI. */
    public CameraView newView() {
        return new CameraView(this);
    }

    /** Why the camera last failed to start in a browser (e.g. {@code NotAllowedError}), if it did. */
    public Optional<String> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    ScannerProperties properties() {
        return properties;
    }

    FrameRateLimiter newLimiter() {
        return new FrameRateLimiter(properties.cameraFps(), clock);
    }

    void cameraFailed(String reason) {
        lastFailure = reason;
        log.warn("Camera did not start in the browser: {}", reason);
    }

    void cameraStarted() {
        lastFailure = null;
    }

    /** One view's memory of the last code it delivered, so a code held in front of the camera counts once. */
    final class Session {

        private final FrameRateLimiter limiter = newLimiter();
        private @Nullable String lastText;
        private Instant lastAt = Instant.MIN;

        /**
         * Handles one base64 frame: drops it when frames come too fast or are too large, otherwise
         * decodes it and delivers a new code.
         *
         * @return the code's text, if this frame delivered one
         */
        Optional<String> frame(@Nullable String base64) {
            if (base64 == null || base64.length() > CameraFrameDecoder.MAX_FRAME_BYTES * 4 / 3 + 4
                    || !limiter.tryAcquire()) {
                return Optional.empty();
            }
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(base64);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            var text = decoder.decode(bytes);
            if (text.isEmpty()) {
                return Optional.empty();
            }
            Instant now = clock.instant();
            if (text.get().equals(lastText) && now.isBefore(lastAt.plus(properties.duplicateInterval()))) {
                lastAt = now;
                return Optional.empty();
            }
            lastText = text.get();
            lastAt = now;
            scans.deliver(text.get(), ScanSource.CAMERA);
            return text;
        }
    }
}
