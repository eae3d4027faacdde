package org.openhall.client;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.openhall.client.api.Channel;
import org.openhall.client.api.HallEvent;
import org.openhall.client.api.HallSnapshot;
import org.openhall.client.api.HallView;
import org.openhall.client.api.LocalizedText;
import org.openhall.client.api.Priority;
import org.openhall.client.api.ServiceView;
import org.openhall.client.api.TicketStatus;
import org.openhall.client.api.TicketView;
import org.openhall.client.api.WindowState;
import org.openhall.client.api.WindowView;
import tools.jackson.databind.json.JsonMapper;

/** A small demo hall, and JSON written the way queue-service writes it (Jackson's defaults, nulls included). */
final class Fixtures {

    static final JsonMapper SERVER_JSON = JsonMapper.builder().build();

    static final Instant NOW = Instant.parse("2026-03-02T01:15:00Z");
    static final LocalizedText LICENCE = LocalizedText.of("营业执照", "Business licence");

    /** A waiting ticket as the API returns it, with a property this client does not know. */
    static final String WAITING_TICKET_JSON = """
            {"id":"t-1","hall":"demo","number":"A023","serviceDay":"2026-03-02","service":"business-licence",
             "serviceName":{"zh":"营业执照","en":"Business licence"},"channel":"WALK_IN","priority":"NORMAL",
             "status":"WAITING","position":4,"estimatedWait":"PT12M","statusUrl":"http://localhost:8080/t/t-1",
             "issuedAt":"2026-03-02T01:15:00Z","calledAt":null,"startedAt":null,"endedAt":null,"windowId":null,
             "windowNumber":null,"targetWindowId":null,"callCount":0,"addedByANewerServer":{"x":1}}""";

    static final TicketView WAITING_TICKET = new TicketView("t-1", "demo", "A023", LocalDate.of(2026, 3, 2),
            "business-licence", LICENCE, Channel.WALK_IN, Priority.NORMAL, TicketStatus.WAITING, 4,
            Duration.ofMinutes(12), "http://localhost:8080/t/t-1", NOW, null, null, null, null, null, null, 0, null);

    private Fixtures() {
    }

    static TicketView ticket(String id, TicketStatus status) {
        return new TicketView(id, "demo", "A0" + id.replaceAll("\\D", ""), LocalDate.of(2026, 3, 2),
                "business-licence", LICENCE, Channel.WALK_IN, Priority.NORMAL, status, null, null,
                "http://localhost:8080/t/" + id, NOW, NOW.plusSeconds(600), null, null, 7L, 5, null, 1, null);
    }

    static WindowView window(long id, WindowState state) {
        return new WindowView(id, "demo", 5, LocalizedText.of("5号窗口", "Window 5"), state,
                state == WindowState.PAUSED ? "lunch" : null, NOW,
                List.of(new WindowView.WindowService("business-licence", 1.0)), false, false,
                state == WindowState.CLOSED ? null : new WindowView.Clerk("王芳", "1001"));
    }

    static HallView hall() {
        return new HallView("demo", LocalizedText.of("示范大厅", "Demo hall"), "Asia/Shanghai",
                List.of(new HallView.OpeningPeriod("MONDAY", "09:00", "17:00")), "weighted");
    }

    static ServiceView service() {
        return new ServiceView("business-licence", "A", LICENCE, LocalizedText.of("市场监管", "Market regulation"),
                new ServiceView.Guide(List.of(LocalizedText.of("身份证", "ID card")),
                        List.of(LocalizedText.of("取号", "Take a ticket")), LocalizedText.of("3个工作日", "3 working days"),
                        LocalizedText.of("免费", "Free")),
                200, Duration.ofMinutes(30), true);
    }

    static HallSnapshot snapshot() {
        return new HallSnapshot("demo", 42, NOW, List.of(ticket("t-7", TicketStatus.CALLED)),
                List.of(ticket("t-7", TicketStatus.CALLED)),
                List.of(new HallSnapshot.ServiceQueue("business-licence", "A", LICENCE, 3, Duration.ofMinutes(9), null)),
                List.of(window(7, WindowState.OPEN)));
    }

    static HallEvent event(long id) {
        return new HallEvent(id, HallEvent.TICKET_ISSUED, "demo", NOW.plusSeconds(id),
                ticket("t-" + id, TicketStatus.WAITING), null);
    }

    static String json(Object value) {
        return SERVER_JSON.writeValueAsString(value);
    }
}
