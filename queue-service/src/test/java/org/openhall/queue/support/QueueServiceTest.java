package org.openhall.queue.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A full queue-service on a random port, on the embedded MariaDB under {@code target/}. Tests share
 * one context and keep out of each other's way by each creating halls of their own
 * ({@link TestHalls}); a test that moves the {@link TestClock} resets it afterwards.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestSupportConfiguration.class)
public @interface QueueServiceTest {
}
