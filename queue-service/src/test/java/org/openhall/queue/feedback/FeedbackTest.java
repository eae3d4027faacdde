package org.openhall.queue.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openhall.client.QueueApiException;
import org.openhall.client.api.FeedbackRequest;
import org.openhall.client.api.FeedbackView;
import org.openhall.queue.support.ApiTestBase;
import org.openhall.queue.support.QueueServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@QueueServiceTest
class FeedbackTest extends ApiTestBase {

    @Autowired
    JdbcClient jdbc;

    @Test
    void recordsAComplaintWithATrackingNumberOfTheHallsDay() {
        String hall = halls.create("A");
        clock.set(Instant.parse("2031-03-04T17:00:00Z")); // 01:00 on 5 March in Shanghai
        FeedbackView first = api.submitFeedback(hall, new FeedbackRequest("COMPLAINT", "EFFICIENCY",
                "  等了两个小时  ", "13800000000", null));
        FeedbackView second = api.submitFeedback(hall, new FeedbackRequest("suggestion", "environment",
                "More seats, please", null, "abc123"));
        assertThat(first.trackingNumber()).isEqualTo("FK-20310305-0001");
        assertThat(second.trackingNumber()).isEqualTo("FK-20310305-0002");
        assertThat(first.status()).isEqualTo("RECEIVED");
        assertThat(second.kind()).isEqualTo("SUGGESTION");
        assertThat(jdbc.sql("SELECT text FROM feedback WHERE tracking_number = ?").param(first.trackingNumber())
                .query(String.class).single()).isEqualTo("等了两个小时");
    }

    @Test
    void readsFeedbackBackByTrackingNumberWithoutTheContact() throws Exception {
        String hall = halls.create("A");
        FeedbackView created = api.submitFeedback(hall, new FeedbackRequest("COMPLAINT", "ATTITUDE", "Rude answer",
                "someone@example.org", null));
        FeedbackView read = api.feedback(created.trackingNumber());
        assertThat(read.trackingNumber()).isEqualTo(created.trackingNumber());
        assertThat(read.hall()).isEqualTo(hall);
        assertThat(read.category()).isEqualTo("ATTITUDE");
        assertThat(raw("GET", "/api/feedback/" + created.trackingNumber(), null, null).body())
                .doesNotContain("someone@example.org").doesNotContain("Rude answer");
        assertRefused(() -> api.feedback("FK-20000101-0001"), 404, "unknown-feedback");
        assertRefused(() -> api.feedback("anything"), 404, "unknown-feedback");
    }

    @Test
    void refusesInvalidFeedbackAndRecordsNothing() throws Exception {
        String hall = halls.create("A");
        assertInvalid(hall, new FeedbackRequest("PRAISE", "OTHER", "text", null, null));
        assertInvalid(hall, new FeedbackRequest("COMPLAINT", "WEATHER", "text", null, null));
        assertInvalid(hall, new FeedbackRequest("COMPLAINT", "OTHER", "   ", null, null));
        assertInvalid(hall, new FeedbackRequest("COMPLAINT", "OTHER", null, null, null));
        assertInvalid(hall, new FeedbackRequest("COMPLAINT", "OTHER", "字".repeat(1001), null, null));
        assertInvalid(hall, new FeedbackRequest("COMPLAINT", "OTHER", "text", "x".repeat(101), null));
        assertInvalid(hall, new FeedbackRequest("COMPLAINT", "OTHER", "text", null, "not a ticket!"));
        assertThat(api.submitFeedback(hall, new FeedbackRequest("COMPLAINT", "OTHER", "字".repeat(1000),
                "x".repeat(100), null)).trackingNumber()).startsWith("FK-");
        assertThat(raw("POST", "/api/halls/" + hall + "/feedback", "application/json", "{oops").statusCode()).isEqualTo(400);
        assertRefused(() -> api.submitFeedback("no-such-hall", new FeedbackRequest("COMPLAINT", "OTHER", "t", null, null)),
                404, "unknown-hall");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM feedback WHERE hall_code = ?").param(hall).query(Long.class).single())
                .isEqualTo(1);
    }

    private void assertInvalid(String hall, FeedbackRequest request) {
        assertRefused(() -> api.submitFeedback(hall, request), 400, "invalid-feedback");
    }

    private static void assertRefused(Runnable call, int status, String code) {
        QueueApiException refusal = catchThrowableOfType(QueueApiException.class, call::run);
        assertThat(refusal).as("refused with " + code).isNotNull();
        assertThat(refusal.status()).isEqualTo(status);
        assertThat(refusal.code()).isEqualTo(code);
    }
}
