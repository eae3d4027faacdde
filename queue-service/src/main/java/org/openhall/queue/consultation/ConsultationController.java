package org.openhall.queue.consultation;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.ConsultationMessageRequest;
import org.openhall.client.api.ConsultationRequest;
import org.openhall.client.api.ConsultationView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A visitor's side of a consultation, for kiosks and other clients: open one, read it, write in
 * it, close it. Public (the id is unguessable) and rate limited per address; staff answer in the
 * console.
 */
@RestController
class ConsultationController {

    private final Consultations consultations;

    ConsultationController(Consultations consultations) {
        this.consultations = consultations;
    }

    @PostMapping("/api/halls/{hall}/consultations")
    ResponseEntity<ConsultationView> open(@PathVariable String hall,
            @RequestBody(required = false) @Nullable ConsultationRequest request) {
        ConsultationView view = consultations.open(hall, request);
        return ResponseEntity.created(URI.create("/api/consultations/" + view.id())).body(view);
    }

    @GetMapping("/api/consultations/{consultation}")
    ConsultationView consultation(@PathVariable("consultation") String id) {
        return consultations.view(id);
    }

    @PostMapping("/api/consultations/{consultation}/messages")
    ConsultationView send(@PathVariable("consultation") String id,
            @RequestBody(required = false) @Nullable ConsultationMessageRequest message) {
        return consultations.send(id, message == null ? null : message.text());
    }

    @PostMapping("/api/consultations/{consultation}/close")
    ConsultationView close(@PathVariable("consultation") String id) {
        return consultations.closeByVisitor(id);
    }
}
