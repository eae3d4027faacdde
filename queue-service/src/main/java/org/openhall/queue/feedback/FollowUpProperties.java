package org.openhall.queue.feedback;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Follow-ups of bad reviews and complaints.
 *
 * @param workingDays the deadline: this many working days (Monday to Friday, not the hall's
 *                    holidays) after the service day the follow-up was opened
 */
@Validated
@ConfigurationProperties("openhall.follow-ups")
public record FollowUpProperties(@DefaultValue("5") @Min(1) @Max(60) int workingDays) {
}
