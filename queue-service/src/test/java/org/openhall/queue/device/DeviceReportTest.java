package org.openhall.queue.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.client.api.DeviceReport;
import org.openhall.client.api.DeviceState;
import org.openhall.client.api.DeviceView;
import org.openhall.queue.support.ApiTestBase;
import org.openhall.queue.support.QueueServiceTest;

/** Kiosks and boards report their state and heartbeat; the hall's statistics show them. */
@QueueServiceTest
class DeviceReportTest extends ApiTestBase {

    private static final Instant T0 = Instant.parse("2026-06-15T02:00:00Z");

    private String hall;

    @BeforeEach
    void hall() {
        hall = halls.create("A");
    }

    private HttpResponse<String> put(String device, String body) throws Exception {
        return raw("PUT", "/api/halls/" + hall + "/devices/" + device, "application/json", body);
    }

    private void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"code\":\"" + code + "\"");
    }

    @Test
    void aStateChangeMovesSinceAndAHeartbeatDoesNot() {
        clock.set(T0);
        DeviceView first = api.reportDevice(hall, "kiosk-1", new DeviceReport("KIOSK", DeviceState.READY, null));
        assertThat(first).isEqualTo(new DeviceView("kiosk-1", "KIOSK", DeviceState.READY, null, T0, T0, false));

        clock.set(T0.plusSeconds(30));
        DeviceView heartbeat = api.reportDevice(hall, "kiosk-1", new DeviceReport("KIOSK", DeviceState.READY, null));
        assertThat(heartbeat.since()).isEqualTo(T0);
        assertThat(heartbeat.reportedAt()).isEqualTo(T0.plusSeconds(30));

        clock.set(T0.plusSeconds(60));
        DeviceView degraded = api.reportDevice(hall, "kiosk-1",
                new DeviceReport("KIOSK", DeviceState.DEGRADED, "printer: paper out"));
        assertThat(degraded.state()).isEqualTo(DeviceState.DEGRADED);
        assertThat(degraded.detail()).isEqualTo("printer: paper out");
        assertThat(degraded.since()).isEqualTo(T0.plusSeconds(60));

        clock.set(T0.plusSeconds(90));
        DeviceView stillDegraded = api.reportDevice(hall, "kiosk-1",
                new DeviceReport("KIOSK", DeviceState.DEGRADED, "printer: paper out"));
        assertThat(stillDegraded.since()).isEqualTo(T0.plusSeconds(60));

        clock.set(T0.plusSeconds(120));
        DeviceView ready = api.reportDevice(hall, "kiosk-1", new DeviceReport("KIOSK", DeviceState.READY, null));
        assertThat(ready.since()).isEqualTo(T0.plusSeconds(120));
        assertThat(ready.detail()).isNull();
        assertThat(api.stats(hall).devices()).containsExactly(ready);
    }

    @Test
    void aDeviceIsSilentOnceItMissesTheHeartbeatTimeout() {
        clock.set(T0);
        api.reportDevice(hall, "board-hall", new DeviceReport("BOARD", DeviceState.READY, null));
        clock.set(T0.plus(Duration.ofSeconds(90)));
        assertThat(api.stats(hall).devices()).singleElement().satisfies(d -> assertThat(d.silent()).isFalse());
        clock.set(T0.plus(Duration.ofSeconds(91)));
        assertThat(api.stats(hall).devices()).singleElement().satisfies(d -> {
            assertThat(d.silent()).isTrue();
            assertThat(d.state()).as("as it last reported").isEqualTo(DeviceState.READY);
        });
        DeviceView back = api.reportDevice(hall, "board-hall", new DeviceReport("BOARD", DeviceState.READY, null));
        assertThat(back.silent()).isFalse();
        assertThat(back.since()).as("still the same state").isEqualTo(T0);
    }

    @Test
    void theHallsDevicesAreListedByIdAndOnlyThere() {
        api.reportDevice(hall, "kiosk-2", new DeviceReport("KIOSK", DeviceState.OUT_OF_SERVICE, "screen dark"));
        api.reportDevice(hall, "board_1", new DeviceReport("BOARD", DeviceState.READY, null));
        api.reportDevice(hall, "kiosk-1", new DeviceReport("KIOSK", DeviceState.READY, null));
        String other = halls.create("A");
        api.reportDevice(other, "kiosk-1", new DeviceReport("KIOSK", DeviceState.DEGRADED, "camera"));

        assertThat(api.stats(hall).devices()).extracting(DeviceView::device)
                .containsExactly("board_1", "kiosk-1", "kiosk-2");
        assertThat(api.stats(hall).devices().get(1).state()).isEqualTo(DeviceState.READY);
        assertThat(api.stats(other).devices()).extracting(DeviceView::state).containsExactly(DeviceState.DEGRADED);
    }

    @Test
    void everyBadReportIsRefusedAndNothingIsStored() throws Exception {
        String ok = "{\"kind\":\"KIOSK\",\"state\":\"READY\",\"detail\":null}";
        assertProblem(put("bad%20id", ok), 400, "invalid-device-id");
        assertProblem(put("a.b", ok), 400, "invalid-device-id");
        assertProblem(put("%E6%9C%BA", ok), 400, "invalid-device-id");
        assertProblem(put("x".repeat(65), ok), 400, "invalid-device-id");
        assertProblem(put("k1", "{\"kind\":\"PRINTER\",\"state\":\"READY\"}"), 400, "invalid-device-kind");
        assertProblem(put("k1", "{\"kind\":\"kiosk\",\"state\":\"READY\"}"), 400, "invalid-device-kind");
        assertProblem(put("k1", "{\"state\":\"READY\"}"), 400, "invalid-device-kind");
        assertProblem(put("k1", "{\"kind\":\"KIOSK\",\"state\":\"BROKEN\"}"), 400, "invalid-device-state");
        assertProblem(put("k1", "{\"kind\":\"KIOSK\"}"), 400, "invalid-device-state");
        assertProblem(put("k1", "{\"kind\":\"KIOSK\",\"state\":\"DEGRADED\",\"detail\":\"" + "纸".repeat(201) + "\"}"),
                400, "invalid-device-detail");
        assertProblem(put("k1", "{\"kind\":\"KIOSK\",\"state\":"), 400, "malformed-request");
        assertProblem(put("k1", "[1,2]"), 400, "malformed-request");
        assertProblem(put("k1", "{\"kind\":{\"a\":1},\"state\":\"READY\"}"), 400, "malformed-request");
        assertProblem(put("k1", ""), 400, "malformed-request");
        assertProblem(raw("PUT", "/api/halls/" + hall + "/devices/k1", "text/plain", "READY"), 415,
                "unsupported-media-type");
        // No device token belongs to a hall that does not exist: refused for who is asking.
        assertProblem(raw("PUT", "/api/halls/no-such-hall/devices/k1", "application/json", ok), 403, "forbidden");
        assertProblem(raw("GET", "/api/halls/" + hall + "/devices/k1", null, null), 405, "method-not-allowed");
        assertThat(api.stats(hall).devices()).isEmpty();

        // The longest detail allowed is stored whole.
        String longest = "纸".repeat(200);
        assertThat(api.reportDevice(hall, "x".repeat(64), new DeviceReport("KIOSK", DeviceState.DEGRADED, longest))
                .detail()).isEqualTo(longest);
    }
}
