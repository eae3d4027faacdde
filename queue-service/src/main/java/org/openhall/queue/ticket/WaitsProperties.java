package org.openhall.queue.ticket;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How each hall's wait estimates are kept at hand ({@link HallWaits}, {@link WaitsRefresh}).
 *
 * @param refresh how often each open hall whose latest play of its queue is at least that old is played
 *                again, outside any write, so that a normal ticket issued or requeued to the back of its
 *                queue finds a newcomer's estimate under 30 s old for its event (the board's "wait for a
 *                ticket taken now") even when the hall is quiet; 0 never
 */
@Validated
@ConfigurationProperties("openhall.waits")
public record WaitsProperties(@DefaultValue("10s") @NotNull Duration refresh) {
}
