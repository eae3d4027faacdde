package org.openhall.kiosk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The kiosk's settings ({@code openhall.*}). Every setting has a default that runs the kiosk against a
 * queue-service on the same machine, serving the demo hall, with a simulated printer.
 *
 * @param hall  the code of the hall this kiosk stands in
 * @param queue where queue-service is and how long to wait for it
 * @param kiosk how the screens and devices behave
 */
@ConfigurationProperties("openhall")
@Validated
public record KioskProperties(
        @DefaultValue("demo") @NotBlank String hall,
        @DefaultValue @Valid Queue queue,
        @DefaultValue @Valid Kiosk kiosk) {

    /**
     * @param baseUrl        queue-service's base URL (the API is under {@code /api})
     * @param connectTimeout how long to wait for a connection
     * @param requestTimeout how long to wait for an answer
     * @param token          the kiosk's device token, sent as {@code Authorization: Bearer}: an admin
     *                       registers the kiosk at queue-service's {@code /admin/devices} and is shown it
     *                       once; the default is the demo hall's published kiosk token, which a production
     *                       hall does not have
     */
    public record Queue(
            @DefaultValue("http://localhost:8080") @NotNull URI baseUrl,
            @DefaultValue("2s") @NotNull Duration connectTimeout,
            @DefaultValue("5s") @NotNull Duration requestTimeout,
            @DefaultValue("demo-kiosk-token") @Nullable String token) {
    }

    /**
     * @param defaultLanguage          the language every visit starts in
     * @param ticketScreenTime         how long the issued ticket stays on screen before the kiosk returns home
     * @param idleTimeout              how long a screen waits for a tap before the kiosk returns home
     * @param unavailableRetryInterval how often the home screen checks again while queue-service is unreachable
     * @param issueRetries             how many times a ticket request is sent again after no answer (same
     *                                 idempotency key, so never a second ticket)
     * @param issueRetryBackoff        the pause before each such retry
     * @param printer                  which ticket printer to use ({@code simulated} or {@code escpos}; the
     *                                 ESC/POS printer's wire is {@code openhall.kiosk.printer-port})
     * @param printedDir               where the simulated printer keeps the tickets it "prints"
     */
    public record Kiosk(
            @DefaultValue("zh-CN") @NotNull Locale defaultLanguage,
            @DefaultValue("20s") @NotNull Duration ticketScreenTime,
            @DefaultValue("60s") @NotNull Duration idleTimeout,
            @DefaultValue("15s") @NotNull Duration unavailableRetryInterval,
            @DefaultValue("2") @Min(0) @Max(5) int issueRetries,
            @DefaultValue("500ms") @NotNull Duration issueRetryBackoff,
            @DefaultValue("simulated") @NotNull PrinterKind printer,
            @DefaultValue("./data/printed") @NotNull Path printedDir) {
    }

    /** The ticket printers the kiosk can drive. */
    public enum PrinterKind {
        /** Renders the ticket as an image on screen and on disk; runs on any PC. */
        SIMULATED,
        /** A real ESC/POS thermal printer on {@code openhall.kiosk.printer-port}. */
        ESCPOS
    }
}
