package org.openhall.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openhall.client.api.ResidentId;

/**
 * The e-government portal as the tests play it: sends signed pre-applications to queue-service's
 * webhook (with the demo hall's demo-only secret) and hands back the QR payload the visitor would get.
 * Each test that checks something in gets its own, so that paths do not use up each other's items.
 */
final class Portal {

    /** queue-service's default, demo-only webhook secret ({@code openhall.portal.webhook-secret}). */
    private static final String DEMO_SECRET = "openhall-demo-portal-secret";
    private static final Pattern PAYLOAD = Pattern.compile("\"qrPayload\"\\s*:\\s*\"([^\"]+)\"");

    private final String queueUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Portal(String queueUrl) {
        this.queueUrl = queueUrl;
    }

    /** A fictitious, valid resident ID number: born 1 January 1990, sequence {@code sequence} (0–999). */
    static String residentId(int sequence) {
        String first17 = "110105" + "19900101" + "%03d".formatted(sequence);
        return first17 + ResidentId.checkCharacter(first17);
    }

    /**
     * Submits an approved pre-application of the demo hall for {@code service} by the person with
     * {@code idNumber}.
     *
     * @return the signed QR payload of its receipt
     */
    String preApplication(String reference, String service, String idNumber) throws IOException, InterruptedException {
        String body = """
                {"reference":"%s","hall":"demo","service":"%s","idNumber":"%s","name":"测试用户%s",\
                "preReviewStatus":"APPROVED","submittedAt":"%s"}""".formatted(reference, service, idNumber,
                idNumber.substring(15), Instant.now());
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(queueUrl + "/api/pre-applications"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("X-OpenHall-Timestamp", Long.toString(timestamp))
                .header("X-OpenHall-Signature", sign(timestamp, body.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("the webhook refused " + reference + ": " + response.statusCode() + " "
                    + response.body());
        }
        Matcher payload = PAYLOAD.matcher(response.body());
        if (!payload.find()) {
            throw new IllegalStateException("no qrPayload in " + response.body());
        }
        return payload.group(1);
    }

    private static String sign(long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(DEMO_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
