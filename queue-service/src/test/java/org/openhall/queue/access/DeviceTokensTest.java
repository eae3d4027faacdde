package org.openhall.queue.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhall.queue.admin.HallAdministration;
import org.openhall.queue.audit.AuditAction;
import org.openhall.queue.audit.AuditLog;
import org.openhall.queue.device.DeviceRole;
import org.openhall.queue.device.DeviceToken;
import org.openhall.queue.device.DeviceTokens;
import org.openhall.queue.problem.QueueException;
import org.openhall.queue.staff.StaffDirectory;
import org.openhall.queue.staff.StaffRole;
import org.openhall.queue.staff.TestSignIn;
import org.openhall.queue.support.ApiTestBase;
import org.openhall.queue.support.QueueServiceTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Registering a kiosk or board, its token shown once and kept only as a hash, and revoking it. */
@QueueServiceTest
class DeviceTokensTest extends ApiTestBase {

    @Autowired
    HallAdministration administration;

    @Autowired
    DeviceTokens devices;

    @Autowired
    StaffDirectory staff;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @AfterEach
    void signOut() {
        TestSignIn.signOut();
    }

    @Test
    void anAdminRegistersAKioskWhoseTokenIsShownOnceAndStoredOnlyAsAHash() throws Exception {
        String hall = halls.create("A");
        TestSignIn.as(TestSignIn.newMember(staff, "管理员", StaffRole.ADMIN));

        DeviceTokens.Registered kiosk = administration.registerDevice(hall, DeviceRole.KIOSK, " 入口自助机 1 ");

        assertThat(kiosk.token()).startsWith("ohd_").hasSizeGreaterThan(40);
        assertThat(kiosk.device().name()).isEqualTo("入口自助机 1");
        assertThat(kiosk.toString()).doesNotContain(kiosk.token());
        List<Map<String, Object>> rows = jdbc.sql("SELECT * FROM device_token WHERE hall_code = ?").param(hall)
                .query().listOfRows();
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().values()).as("no column holds the token itself")
                .noneMatch(value -> value != null && value.toString().contains(kiosk.token().substring(4)));
        assertThat(administration.devices(hall)).extracting(DeviceToken::name).containsExactly("入口自助机 1");
        assertThat(audit.latest(20)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.DEVICE_REGISTER);
            assertThat(e.detail()).contains("入口自助机 1").doesNotContain(kiosk.token());
        });

        // The token works for this hall at once, and the use is noted.
        assertThat(status("GET", "/api/halls/" + hall + "/windows", kiosk.token())).isEqualTo(200);
        assertThat(devices.device(kiosk.device().id()).lastUsedAt()).isNotNull();

        // A second active device of the same name is refused; a blank name too.
        assertThatThrownBy(() -> administration.registerDevice(hall, DeviceRole.BOARD, "入口自助机 1"))
                .isInstanceOfSatisfying(QueueException.class, e -> assertThat(e.code()).isEqualTo("device-name-taken"));
        assertThatThrownBy(() -> administration.registerDevice(hall, DeviceRole.BOARD, "  "))
                .isInstanceOfSatisfying(QueueException.class, e -> assertThat(e.code()).isEqualTo("invalid-device"));
    }

    @Test
    void onlyAnAdminRegistersOrRevokesDevices() {
        String hall = halls.create("A");
        TestSignIn.as(TestSignIn.newMember(staff, "经理", StaffRole.MANAGER));

        assertThatThrownBy(() -> administration.registerDevice(hall, DeviceRole.KIOSK, "k"))
                .isInstanceOfSatisfying(QueueException.class, e -> assertThat(e.status().value()).isEqualTo(403));
        assertThat(devices.devices(hall)).isEmpty();
    }

    @Test
    void revokingABoardCutsItsOpenEventStreamAtOnceAndRefusesItsNextRequest() throws Exception {
        String hall = halls.create("A");
        TestSignIn.as(TestSignIn.newMember(staff, "管理员", StaffRole.ADMIN));
        DeviceTokens.Registered board = administration.registerDevice(hall, DeviceRole.BOARD, "大厅屏");
        HttpResponse<InputStream> stream = http.send(request("GET", "/api/halls/" + hall + "/events", board.token())
                .build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        CompletableFuture<byte[]> untilClosed = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = stream.body()) {
                return in.readAllBytes();
            } catch (java.io.IOException e) {
                return new byte[0];
            }
        });

        long revokedAt = System.nanoTime();
        administration.revokeDevice(board.device().id());

        untilClosed.get(5, TimeUnit.SECONDS);
        assertThat(Duration.ofNanos(System.nanoTime() - revokedAt)).as("the stream ended well before a keep-alive")
                .isLessThan(Duration.ofSeconds(5));
        HttpResponse<String> next = http.send(request("GET", "/api/halls/" + hall + "/snapshot", board.token()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(next.statusCode()).isEqualTo(401);
        assertThat(next.body()).contains("token-revoked");
        assertThat(devices.device(board.device().id()).revokedBy()).isNotBlank();
        assertThat(audit.latest(20)).anySatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.DEVICE_REVOKE));
        // A device is registered anew under the same name once the old one is revoked.
        assertThat(administration.registerDevice(hall, DeviceRole.BOARD, "大厅屏").token()).isNotEqualTo(board.token());
    }

    @Test
    void anUnknownTokenIsRefusedEvenWherePublicReadsAreAllowed() throws Exception {
        String hall = halls.create("A");
        HttpResponse<String> refused = http.send(request("GET", "/api/halls/" + hall + "/services", "ohd_guessed")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("invalid-token");
        assertThat(status("GET", "/api/halls/" + hall + "/services", null)).isEqualTo(200);
    }

    private int status(String method, String path, String token) throws Exception {
        return http.send(request(method, path, token).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpRequest.Builder request(String method, String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(10))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }
}
