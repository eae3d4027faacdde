package org.openhall.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueueClientSettingsTest {

    @Test
    void waitsTwoSecondsToConnectAndFiveForAnAnswerByDefault() {
        QueueClientSettings settings = QueueClientSettings.of("http://localhost:8080");

        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.requestTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(settings.bearerToken()).isNull();
    }

    @Test
    void stripsTrailingSlashesFromTheBaseUrl() {
        assertThat(QueueClientSettings.of("https://queue.hall.example/openhall/").baseUrl())
                .isEqualTo(URI.create("https://queue.hall.example/openhall"));
        assertThat(QueueClientSettings.of("http://localhost:8080/").apiUri("halls", "demo", "events"))
                .isEqualTo(URI.create("http://localhost:8080/api/halls/demo/events"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost:8080", "/api", "ftp://localhost/", "http:opaque", "http://localhost/?x=1",
            "http://localhost/#top"})
    void refusesABaseUrlThatIsNotAnAbsoluteHttpUrl(String url) {
        assertThatIllegalArgumentException().isThrownBy(() -> QueueClientSettings.of(url));
    }

    @Test
    void refusesTimeoutsThatAreNotPositive() {
        QueueClientSettings settings = QueueClientSettings.of("http://localhost:8080");

        assertThatIllegalArgumentException().isThrownBy(() -> settings.withTimeouts(Duration.ZERO, Duration.ofSeconds(1)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> settings.withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(-1)));
    }

    @Test
    void treatsABlankTokenAsNone() {
        assertThat(QueueClientSettings.of("http://localhost:8080").withBearerToken("  ").bearerToken()).isNull();
    }

    @Test
    void sendsTheDeviceTokenAsBearerAndAStaffMemberAsBasic() {
        QueueClientSettings settings = QueueClientSettings.of("http://localhost:8080");

        assertThat(settings.authorization()).isEmpty();
        assertThat(settings.withBearerToken("kiosk-secret").authorization()).contains("Bearer kiosk-secret");
        // RFC 7617: base64 of "user:password" in UTF-8
        assertThat(settings.withBearerToken("kiosk-secret").withStaff("wangfang", "密码-1001").authorization())
                .contains("Basic d2FuZ2Zhbmc65a+G56CBLTEwMDE=");
    }

    @Test
    void neverShowsTheTokenOrThePasswordInItsText() {
        QueueClientSettings settings = QueueClientSettings.of("http://localhost:8080");

        assertThat(settings.withBearerToken("kiosk-secret").toString()).doesNotContain("kiosk-secret");
        assertThat(settings.withStaff("wangfang", "demo-1001").toString()).contains("wangfang")
                .doesNotContain("demo-1001");
        assertThatIllegalArgumentException().isThrownBy(() -> settings.withStaff("wang:fang", "x"));
    }
}
