package org.openhall.queue.rating;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.RatingRequest;
import org.openhall.client.api.RatingView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Rating a completed visit: {@code 201} with the rating, {@code 409} when it was already rated. */
@RestController
class RatingController {

    private final Ratings ratings;

    RatingController(Ratings ratings) {
        this.ratings = ratings;
    }

    @PostMapping("/api/tickets/{ticket}/rating")
    ResponseEntity<RatingView> rate(@PathVariable String ticket, @RequestBody @Nullable RatingRequest request) {
        RatingView view = ratings.rate(ticket, request);
        return ResponseEntity.created(URI.create("/api/tickets/" + ticket + "/rating")).body(view);
    }
}
