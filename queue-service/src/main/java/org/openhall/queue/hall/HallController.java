package org.openhall.queue.hall;

import java.util.List;
import org.openhall.client.api.HallView;
import org.openhall.client.api.ServiceView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The catalog API: halls and the services they handle, with guides. */
@RestController
@RequestMapping("/api/halls")
class HallController {

    private final HallCatalog catalog;

    HallController(HallCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    List<HallView> halls() {
        return catalog.halls().stream().map(Hall::toView).toList();
    }

    @GetMapping("/{hall}")
    HallView hall(@PathVariable String hall) {
        return catalog.hall(hall).toView();
    }

    @GetMapping("/{hall}/services")
    List<ServiceView> services(@PathVariable String hall) {
        return catalog.services(hall).stream().filter(ServiceDefinition::active).map(ServiceDefinition::toView).toList();
    }
}
