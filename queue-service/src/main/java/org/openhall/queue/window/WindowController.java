package org.openhall.queue.window;

import java.util.List;
import org.openhall.client.api.WindowView;
import org.openhall.queue.hall.HallCatalog;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Windows of a hall (a clerk opens, pauses and closes them through {@code staff.ClerkApiController}). */
@RestController
class WindowController {

    private final WindowDesk desk;
    private final HallCatalog catalog;

    WindowController(WindowDesk desk, HallCatalog catalog) {
        this.desk = desk;
        this.catalog = catalog;
    }

    @GetMapping("/api/halls/{hall}/windows")
    List<WindowView> windows(@PathVariable String hall) {
        catalog.hall(hall);
        return desk.windows(hall).stream().map(ServiceWindow::toView).toList();
    }

    @GetMapping("/api/windows/{window}")
    WindowView window(@PathVariable long window) {
        return desk.window(window).toView();
    }
}
