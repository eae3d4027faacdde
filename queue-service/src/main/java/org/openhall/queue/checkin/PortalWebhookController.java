package org.openhall.queue.checkin;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.openhall.queue.problem.QueueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portal's webhook. Every request is signed ({@code X-OpenHall-Timestamp},
 * {@code X-OpenHall-Signature} over {@code timestamp + "." + rawBody}) and checked before its body is
 * even parsed; a delivery is accepted once. {@code 201} when the reference is new, {@code 200} when it
 * updated an existing one; the body is a {@link PortalNotices.Receipt} with the visitor's QR payload.
 */
@RestController
class PortalWebhookController {

    private static final Logger log = LoggerFactory.getLogger(PortalWebhookController.class);

    private final CheckIns checkIns;
    private final PortalSignatures signatures;
    private final PortalProperties properties;
    private final JsonMapper json;
    private final Clock clock;

    PortalWebhookController(CheckIns checkIns, PortalProperties properties, JsonMapper json, Clock clock) {
        this.checkIns = checkIns;
        this.signatures = new PortalSignatures(properties.webhookSecret(), properties.maxClockSkew());
        this.properties = properties;
        this.json = json;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnAboutTheDemoSecret() {
        if (PortalProperties.DEMO_SECRET.equals(properties.webhookSecret())) {
            log.warn("The portal webhook uses the demo-only secret; set openhall.portal.webhook-secret in production");
        }
    }

    @PostMapping("/api/pre-applications")
    ResponseEntity<PortalNotices.Receipt> preApplication(@RequestBody(required = false) byte @Nullable [] body,
            @RequestHeader(name = PortalSignatures.TIMESTAMP_HEADER, required = false) @Nullable String timestamp,
            @RequestHeader(name = PortalSignatures.SIGNATURE_HEADER, required = false) @Nullable String signature) {
        byte[] raw = body == null ? new byte[0] : body;
        String delivery = signatures.verify(timestamp, signature, raw, clock.instant());
        return answer(checkIns.receive(parse(raw, PortalNotices.PreApplication.class), delivery));
    }

    @PostMapping("/api/appointments")
    ResponseEntity<PortalNotices.Receipt> appointment(@RequestBody(required = false) byte @Nullable [] body,
            @RequestHeader(name = PortalSignatures.TIMESTAMP_HEADER, required = false) @Nullable String timestamp,
            @RequestHeader(name = PortalSignatures.SIGNATURE_HEADER, required = false) @Nullable String signature) {
        byte[] raw = body == null ? new byte[0] : body;
        String delivery = signatures.verify(timestamp, signature, raw, clock.instant());
        return answer(checkIns.receive(parse(raw, PortalNotices.Appointment.class), delivery));
    }

    private <T> T parse(byte[] body, Class<T> type) {
        try {
            T notice = json.readValue(body, type);
            if (notice == null) {
                throw new IllegalArgumentException("empty");
            }
            return notice;
        } catch (JacksonException | IllegalArgumentException e) {
            throw QueueException.badRequest("malformed-request", "The request body is not valid JSON of the expected shape.");
        }
    }

    private static ResponseEntity<PortalNotices.Receipt> answer(PortalNotices.Received received) {
        return ResponseEntity.status(received.created() ? HttpStatus.CREATED : HttpStatus.OK).body(received.receipt());
    }
}
