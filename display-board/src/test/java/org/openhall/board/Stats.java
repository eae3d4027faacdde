package org.openhall.board;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.DeviceState;
import org.openhall.client.api.DeviceView;
import org.openhall.client.api.HallStats;
import org.openhall.client.api.HallStats.ServiceStats;
import org.openhall.client.api.HallStats.WaitAlert;
import org.openhall.client.api.HallStats.WaitingPoint;
import org.openhall.client.api.HallStats.WindowStats;
import org.openhall.client.api.LocalizedText;
import org.openhall.client.api.WindowState;
import org.openhall.client.api.WindowView;

/** Test data: a hall's statistics in the shape queue-service sends them, modelled on the demo hall. */
public final class Stats {

    /** The demo hall's eight services: code, prefix, Chinese and English name. */
    public static final List<String[]> DEMO_SERVICES = List.of(
            new String[] {"company-registration", "A", "企业设立登记", "Company registration"},
            new String[] {"social-insurance", "B", "社会保险参保登记", "Social insurance enrolment"},
            new String[] {"invoice", "C", "发票申领", "Invoice application"},
            new String[] {"property-transfer", "D", "不动产转移登记", "Property transfer registration"},
            new String[] {"residence-permit", "E", "居住证办理", "Residence permit"},
            new String[] {"housing-fund", "F", "公积金提取", "Housing fund withdrawal"},
            new String[] {"medical-reimbursement", "G", "医疗费用报销", "Medical expense reimbursement"},
            new String[] {"enquiry", "Z", "综合咨询", "General enquiry"});

    private Stats() {
    }

    public static ServiceStats service(String code, String prefix, String zh, String en, int waiting,
            @Nullable Duration longest, @Nullable Duration mean, @Nullable Duration p95, int served, int noShows,
            @Nullable Duration threshold) {
        return new ServiceStats(code, prefix, LocalizedText.of(zh, en), waiting, longest, mean, p95, served, noShows,
                threshold);
    }

    public static WindowStats window(int number, WindowState state, @Nullable String reason, @Nullable Instant since,
            WindowView.@Nullable Clerk clerk, @Nullable String ticket, int waitingForIt, boolean idle, int served) {
        return new WindowStats(number, number, LocalizedText.of(number + "号窗口", "Window " + number), state, reason,
                since, clerk, ticket, waitingForIt, idle, served);
    }

    /** Points every 15 minutes from {@code from}, with these counts. */
    public static List<WaitingPoint> points(Instant from, int... counts) {
        List<WaitingPoint> points = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            points.add(new WaitingPoint(from.plus(Duration.ofMinutes(15L * i)), counts[i]));
        }
        return points;
    }

    /**
     * A busy morning at {@code now}: the property transfer (D) and company registration (A) are past
     * their limits, window 2 idles while four wait for it, window 3 has been at lunch for 12 minutes,
     * kiosk-2's printer is out of paper and kiosk-3 has gone silent.
     */
    public static HallStats busyMorning(String hall, Instant now) {
        List<ServiceStats> services = List.of(
                service("company-registration", "A", "企业设立登记", "Company registration", 9, minutes(33),
                        minutes(14), minutes(29), 21, 2, minutes(30)),
                service("social-insurance", "B", "社会保险参保登记", "Social insurance enrolment", 6, minutes(18),
                        minutes(11), minutes(22), 17, 1, minutes(30)),
                service("invoice", "C", "发票申领", "Invoice application", 3, minutes(7), minutes(5), minutes(9), 25, 0,
                        minutes(20)),
                service("property-transfer", "D", "不动产转移登记", "Property transfer registration", 5, minutes(47),
                        minutes(26), minutes(44), 6, 0, minutes(40)),
                service("residence-permit", "E", "居住证办理", "Residence permit", 2, minutes(4), minutes(8),
                        minutes(15), 11, 1, minutes(30)),
                service("housing-fund", "F", "公积金提取", "Housing fund withdrawal", 0, null, minutes(9), minutes(16), 8,
                        0, minutes(30)),
                service("medical-reimbursement", "G", "医疗费用报销", "Medical expense reimbursement", 4, minutes(21),
                        minutes(12), minutes(25), 9, 1, minutes(30)),
                service("enquiry", "Z", "综合咨询", "General enquiry", 0, null, null, null, 0, 0, null));
        List<WindowStats> windows = List.of(
                window(1, WindowState.OPEN, null, now.minus(minutes(120)), clerk("张伟", "0101"), "A031", 9, false, 14),
                window(2, WindowState.OPEN, null, now.minus(minutes(120)), clerk("李娜", "0102"), null, 4, true, 9),
                window(3, WindowState.PAUSED, "午休", now.minus(minutes(12)), clerk("王芳", "0103"), null, 6, false, 11),
                window(4, WindowState.OPEN, null, now.minus(minutes(90)), clerk("刘洋", "0104"), "D012", 5, false, 6),
                window(5, WindowState.OPEN, null, now.minus(minutes(95)), clerk("陈静", "0105"), "C026", 3, false, 25),
                window(6, WindowState.OPEN, null, now.minus(minutes(110)), clerk("赵磊", "0106"), "E013", 2, false, 11),
                window(7, WindowState.OPEN, null, now.minus(minutes(100)), clerk("孙悦", "0107"), "G010", 4, false, 9),
                window(8, WindowState.CLOSED, null, now.minus(minutes(180)), null, null, 0, false, 0));
        List<WaitAlert> alerts = List.of(
                new WaitAlert("t-D007", "D007", "property-transfer", now.minus(minutes(47)), minutes(47), minutes(40)),
                new WaitAlert("t-A022", "A022", "company-registration", now.minus(minutes(33)), minutes(33),
                        minutes(30)));
        List<DeviceView> devices = List.of(
                new DeviceView("kiosk-1", "KIOSK", DeviceState.READY, null, now.minus(minutes(150)), now.minusSeconds(20),
                        false),
                new DeviceView("kiosk-2", "KIOSK", DeviceState.DEGRADED, "printer: paper out", now.minus(minutes(9)),
                        now.minusSeconds(15), false),
                new DeviceView("kiosk-3", "KIOSK", DeviceState.READY, null, now.minus(minutes(150)),
                        now.minus(minutes(7)), true),
                new DeviceView("board-hall", "BOARD", DeviceState.READY, null, now.minus(minutes(150)),
                        now.minusSeconds(30), false));
        // From 08:45 to 11:00 in Shanghai when now is 11:00 there.
        Instant from = now.minus(Duration.ofMinutes(135));
        return new HallStats(hall, Tickets.DAY, now, services, windows, alerts,
                points(from, 0, 6, 14, 22, 31, 38, 35, 33, 30, 29), devices);
    }

    public static WindowView.Clerk clerk(String name, String badge) {
        return new WindowView.Clerk(name, badge);
    }

    public static Duration minutes(long minutes) {
        return Duration.ofMinutes(minutes);
    }
}
