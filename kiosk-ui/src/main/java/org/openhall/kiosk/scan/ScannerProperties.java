package org.openhall.kiosk.scan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The code readers' settings ({@code openhall.kiosk.scanner.*}).
 *
 * @param serialPort        the serial scanner's device ({@code /dev/ttyACM0}, {@code COM3}); none when unset
 * @param serialBaud        its speed
 * @param cameraFps         how many camera frames per second the browser sends at most
 * @param cameraWidth       the camera resolution asked for (PDF417 ID barcodes want 1280×720)
 * @param cameraHeight      see {@code cameraWidth}
 * @param duplicateInterval how long the same code seen again by the camera counts as the same scan
 */
@ConfigurationProperties("openhall.kiosk.scanner")
@Validated
public record ScannerProperties(
        @Nullable String serialPort,
        @DefaultValue("9600") @Min(1200) int serialBaud,
        @DefaultValue("4") @Min(1) @Max(15) int cameraFps,
        @DefaultValue("1280") @Min(160) @Max(4096) int cameraWidth,
        @DefaultValue("720") @Min(120) @Max(4096) int cameraHeight,
        @DefaultValue("3s") @NotNull Duration duplicateInterval) {
}
