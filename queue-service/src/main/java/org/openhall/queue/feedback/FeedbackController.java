package org.openhall.queue.feedback;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.FeedbackRequest;
import org.openhall.client.api.FeedbackView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Complaints and suggestions: submit ({@code 201} with the tracking number) and look up by tracking number. */
@RestController
class FeedbackController {

    private final FeedbackDesk desk;

    FeedbackController(FeedbackDesk desk) {
        this.desk = desk;
    }

    @PostMapping("/api/halls/{hall}/feedback")
    ResponseEntity<FeedbackView> submit(@PathVariable String hall, @RequestBody @Nullable FeedbackRequest request) {
        FeedbackView view = desk.submit(hall, request);
        return ResponseEntity.created(URI.create("/api/feedback/" + view.trackingNumber())).body(view);
    }

    @GetMapping("/api/feedback/{trackingNumber}")
    FeedbackView find(@PathVariable String trackingNumber) {
        return desk.find(trackingNumber);
    }
}
