package org.openhall.board.speech;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The announcement planner, made from {@code openhall.board.speech.*}. */
@Configuration(proxyBeanMethods = false)
class SpeechConfiguration {

    @Bean
    Announcements announcements(SpeechProperties properties) {
        return new Announcements(properties);
    }
}
