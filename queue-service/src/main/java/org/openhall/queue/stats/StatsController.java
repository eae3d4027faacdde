package org.openhall.queue.stats;

import org.openhall.client.api.HallStats;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The managers' dashboard reads a hall's day here. */
@RestController
class StatsController {

    private final HallStatistics statistics;

    StatsController(HallStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/api/halls/{hall}/stats")
    HallStats stats(@PathVariable String hall) {
        return statistics.stats(hall);
    }
}
