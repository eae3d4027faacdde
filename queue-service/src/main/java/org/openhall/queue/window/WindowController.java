package org.openhall.queue.window;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.PauseRequest;
import org.openhall.client.api.WindowView;
import org.openhall.queue.hall.HallCatalog;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Windows of a hall and their open / pause / close actions. */
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

    @PostMapping("/api/windows/{window}/open")
    WindowView open(@PathVariable long window) {
        return desk.open(window);
    }

    @PostMapping("/api/windows/{window}/pause")
    WindowView pause(@PathVariable long window, @RequestBody(required = false) @Nullable PauseRequest request) {
        return desk.pause(window, request == null || request.reason() == null ? "" : request.reason());
    }

    @PostMapping("/api/windows/{window}/close")
    WindowView close(@PathVariable long window) {
        return desk.close(window);
    }
}
