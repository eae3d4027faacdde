package org.openhall.queue.consultation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How consultations run.
 *
 * @param firstResponseTarget   the time within which a visitor's question should get its first
 *                              answer; managers see the share answered within it
 * @param idleClose             a conversation nobody wrote in for this long is closed
 * @param idleCheck             how often idle conversations are looked for; 0 turns the check off
 * @param messagesPerMinute     how many messages one conversation's visitor may send in a minute
 * @param watchInterval         how often this instance looks for conversations other instances
 *                              changed, so that its open pages follow them; 0 turns it off
 */
@Validated
@ConfigurationProperties("openhall.consultation")
public record ConsultationProperties(
        @DefaultValue("3m") @NotNull @DurationMin(seconds = 10) Duration firstResponseTarget,
        @DefaultValue("30m") @NotNull @DurationMin(minutes = 1) Duration idleClose,
        @DefaultValue("1m") @NotNull Duration idleCheck,
        @DefaultValue("6") @Min(1) @Max(600) int messagesPerMinute,
        @DefaultValue("500ms") @NotNull Duration watchInterval) {
}
