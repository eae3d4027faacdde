package org.openhall.queue.seed;

import static org.openhall.client.api.LocalizedText.of;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.LocalizedText;
import org.openhall.client.api.ServiceView;
import org.openhall.client.api.WindowState;
import org.openhall.queue.hall.Hall;
import org.openhall.queue.hall.HallCatalog;
import org.openhall.queue.hall.ServiceDefinition;
import org.openhall.queue.consultation.Consultations;
import org.openhall.queue.device.DeviceRole;
import org.openhall.queue.device.DeviceTokens;
import org.openhall.queue.staff.StaffDirectory;
import org.openhall.queue.staff.StaffMember;
import org.openhall.queue.staff.StaffRole;
import org.openhall.queue.window.ServiceWindow;
import org.openhall.queue.window.WindowDesk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo hall ({@code demo}) into a database that has no hall yet, with its people (six
 * clerks, a manager, an admin, each signing in with the password {@code demo-<badge>}) and, when
 * {@code openhall.demo.history-days} asks for it, a past of that many working days played through
 * the hall's services ({@link DemoHistory}); then opens its windows with a clerk at windows 1 to 6.
 * It runs as the application starts, before the web server takes requests: nobody (no board, no
 * page, no request thread) can see the hall while its past is played.
 */
@Component
class DemoHallSeeder implements SmartLifecycle {

    /**
     * Before the web server starts (Spring Boot starts it in phase {@code DEFAULT_PHASE - 2048}) and
     * before the event streams (the default phase); scheduled tasks start only after all phases.
     */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

    static final String HALL = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoHallSeeder.class);

    /** The demo's people: the six clerks seated at windows 1 to 6 at start, a manager and an admin. */
    static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson("wangfang", "王芳", "1001", StaffRole.STAFF, 1),
            new DemoPerson("liqiang", "李强", "1002", StaffRole.STAFF, 2),
            new DemoPerson("zhangwei", "张伟", "1003", StaffRole.STAFF, 3),
            new DemoPerson("liuyang", "刘洋", "1004", StaffRole.STAFF, 4),
            new DemoPerson("chenjing", "陈静", "1005", StaffRole.STAFF, 5),
            new DemoPerson("yanglei", "杨磊", "1006", StaffRole.STAFF, 6),
            new DemoPerson("zhaomin", "赵敏", "2001", StaffRole.MANAGER, null),
            new DemoPerson("admin", "系统管理员", "9001", StaffRole.ADMIN, null));

    /** The demo hall's kiosk token, published in the README; kiosk-ui uses it unless told otherwise. */
    static final String DEMO_KIOSK_TOKEN = "demo-kiosk-token";
    /** The demo hall's board token, published in the README; display-board uses it unless told otherwise. */
    static final String DEMO_BOARD_TOKEN = "demo-board-token";

    /** The demo clerks who also answer visitors' consultations (the manager and admin always may). */
    static final List<String> CONSULTANTS = List.of("wangfang", "liuyang");

    private final HallCatalog catalog;
    private final WindowDesk windows;
    private final StaffDirectory staff;
    private final DeviceTokens devices;
    private final DemoHallProperties properties;
    private final Consultations consultations;
    private final DemoHistory history;
    private final Clock clock;
    private volatile boolean running;

    DemoHallSeeder(HallCatalog catalog, WindowDesk windows, StaffDirectory staff, DeviceTokens devices,
            DemoHallProperties properties, Consultations consultations, DemoHistory history, Clock clock) {
        this.consultations = consultations;
        this.history = history;
        this.clock = clock;
        this.catalog = catalog;
        this.windows = windows;
        this.staff = staff;
        this.devices = devices;
        this.properties = properties;
    }

    @Override
    public void start() {
        seedAll();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    private void seedAll() {
        if (!properties.seed()) {
            return;
        }
        boolean seeded = false;
        if (catalog.halls().isEmpty()) {
            seed();
            seeded = true;
        }
        boolean demoHall = catalog.halls().stream().anyMatch(h -> h.code().equals(HALL));
        if (!demoHall) {
            return;
        }
        // Also for a demo database seeded before staff members existed.
        if (staff.isEmpty()) {
            PEOPLE.forEach(p -> staff.create(p.username(), p.name(), p.badge(), p.role(), p.password()));
            // Granted once, with the accounts: an admin's later choice stands.
            CONSULTANTS.forEach(username -> staff.byUsername(username)
                    .ifPresent(m -> consultations.allowToConsult(m.id(), true)));
            if (seeded && properties.playsHistory()) {
                playHistory();
            }
        } else {
            // A demo database from before sign-in: its people get their demo passwords (found by
            // badge, as such a database may have other usernames).
            PEOPLE.forEach(p -> staff.byBadge(p.badge()).ifPresent(m -> {
                if (staff.setPasswordIfMissing(m.id(), p.password())) {
                    log.info("Demo staff member {} can now sign in with the demo password", m.username());
                }
            }));
        }
        // The demo's published device tokens (README): registered once, and again after an admin revoked them
        // (registerWithToken finds a revoked one and leaves it revoked: the admin's decision stands).
        devices.registerWithToken(HALL, DeviceRole.KIOSK, "演示自助机 Demo kiosk", DEMO_KIOSK_TOKEN);
        devices.registerWithToken(HALL, DeviceRole.BOARD, "演示大屏 Demo board", DEMO_BOARD_TOKEN);
        if (properties.openWindows()) {
            openWindows();
        }
    }

    /**
     * Plays the demo hall's past days, once: only into the hall just seeded, so a restart never plays
     * them again. The windows it leaves closed are opened for today afterwards.
     */
    private void playHistory() {
        if (!history.canPlay()) {
            log.warn("The demo hall gets no past: the service's clock is not a HistoryClock");
            return;
        }
        log.info("Playing the demo hall's past {} working days (seed {})…", properties.historyDays(),
                properties.historySeed());
        DemoHistory.Played played;
        try {
            played = history.play(HALL, properties.historyDays(), properties.historySeed());
        } catch (RuntimeException e) {
            // The demo works without a past; the days played before the failure stay.
            log.error("Could not play the demo hall's past to its end; the hall starts with what was played", e);
            return;
        }
        log.info("Seeded the demo hall's past: {} working days ({} to {}), {} tickets, {} ratings, {} follow-ups of bad"
                + " reviews, in {} ms", played.days().size(), played.days().getFirst(), played.days().getLast(),
                played.tickets(), played.ratings(), played.followUps(), played.took().toMillis());
    }

    /**
     * Opens the windows that have a demo clerk, seating that clerk where nobody sits. The others
     * (7–9: public security, enquiries, the green channel) stay closed until a clerk takes them: an
     * open window with nobody at it could never call, yet would count as open on the dashboard.
     */
    private void openWindows() {
        List<ServiceWindow> all = windows.windows(HALL);
        Set<Long> seated = new HashSet<>();
        all.forEach(w -> {
            if (w.clerkId() != null) {
                seated.add(w.clerkId());
            }
        });
        for (ServiceWindow window : all) {
            if (window.state() == WindowState.OPEN) {
                continue;
            }
            Long clerk = window.clerkId();
            if (clerk == null) {
                clerk = PEOPLE.stream().filter(p -> Integer.valueOf(window.number()).equals(p.window())).findFirst()
                        .flatMap(p -> staff.byUsername(p.username())).filter(StaffMember::active).map(StaffMember::id)
                        .filter(id -> !seated.contains(id)).orElse(null);
            }
            if (clerk == null) {
                continue;
            }
            windows.open(window.id(), clerk);
            seated.add(clerk);
        }
    }

    /** A demo staff member and the window they are seated at when the demo opens its windows. */
    record DemoPerson(String username, String name, String badge, StaffRole role, @Nullable Integer window) {

        /** Every demo account's password: {@code demo-<badge>}, listed in the README. */
        String password() {
            return "demo-" + badge;
        }
    }

    private void seed() {
        seedHall(HALL);
        log.info("Seeded the demo hall '{}': {} services, 9 windows", HALL, services().size());
    }

    /** Creates a hall like the demo hall under {@code code}: its services, windows and hours. */
    void seedHall(String code) {
        List<Hall.OpeningPeriod> hours = new ArrayList<>();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            hours.add(new Hall.OpeningPeriod(day, LocalTime.of(9, 0), LocalTime.of(12, 0)));
            hours.add(new Hall.OpeningPeriod(day, LocalTime.of(13, 30), LocalTime.of(17, 0)));
        }
        hours.add(new Hall.OpeningPeriod(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)));
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        Hall hall = new Hall(code, of("市民服务中心", "Citizen Service Center"), zone,
                LocalTime.MIDNIGHT, "weighted", !properties.alwaysOpen(), hours,
                holidays(clock.instant().atZone(zone).getYear()));
        catalog.create(hall, services());

        window(code, 1, "企业服务", "Business", Map.of("company-registration", 1.0, "invoice", 0.6), false);
        window(code, 2, "企业服务", "Business", Map.of("company-registration", 1.0, "invoice", 1.0), false);
        window(code, 3, "社会保障", "Social security", Map.of("social-insurance", 1.0, "medical-reimbursement", 1.0,
                "housing-fund", 0.5), false);
        window(code, 4, "社保与公积金", "Social security and housing fund", Map.of("social-insurance", 1.0,
                "housing-fund", 1.0), false);
        window(code, 5, "不动产", "Real estate", Map.of("property-transfer", 1.0), false);
        window(code, 6, "不动产（兼公安）", "Real estate, backs up public security", Map.of("property-transfer", 1.0,
                "residence-permit", 0.5), false);
        window(code, 7, "公安", "Public security", Map.of("residence-permit", 1.0), false);
        Map<String, Double> enquiries = new LinkedHashMap<>();
        enquiries.put("enquiry", 1.0);
        Map<String, Double> everything = new LinkedHashMap<>();
        for (ServiceDefinition s : services()) {
            if (!s.code().equals("enquiry")) {
                enquiries.put(s.code(), 0.3);
            }
            everything.put(s.code(), 1.0);
        }
        window(code, 8, "综合咨询", "Enquiries", enquiries, false);
        window(code, 9, "绿色通道", "Green channel", everything, true);
    }

    /**
     * The public holidays with fixed dates of the year before, this year and the next: New Year's Day,
     * Labour Day (1–5 May) and National Day (1–7 October). The lunar holidays move every year and the
     * State Council fixes them yearly; an admin adds them under Hall settings.
     */
    static Set<LocalDate> holidays(int year) {
        Set<LocalDate> days = new TreeSet<>();
        for (int y = year - 1; y <= year + 1; y++) {
            days.add(LocalDate.of(y, 1, 1));
            for (int d = 1; d <= 5; d++) {
                days.add(LocalDate.of(y, 5, d));
            }
            for (int d = 1; d <= 7; d++) {
                days.add(LocalDate.of(y, 10, d));
            }
        }
        return days;
    }

    private void window(String hall, int number, String zh, String en, Map<String, Double> weights,
            boolean priorityOnly) {
        windows.create(hall, number, of(zh, en), weights, priorityOnly, false);
    }

    static List<ServiceDefinition> services() {
        return List.of(
                service("company-registration", "A", "企业设立登记", "Company registration", "企业服务", "Business",
                        List.of(of("公司登记申请书", "Company registration application form"), of("公司章程", "Articles of association"),
                                of("股东身份证明", "Shareholders' identity documents"),
                                of("法定代表人、董事、监事、经理的任职文件及身份证明", "Appointment documents and IDs of the legal representative, directors, supervisors and manager"),
                                of("住所使用证明", "Proof of the registered address")),
                        List.of(of("网上预审", "Online pre-review"), of("窗口受理", "Acceptance at the window"), of("审核", "Review"),
                                of("领取营业执照", "Collect the business licence")),
                        of("1个工作日", "1 working day"), of("免费", "Free"), null, 20, true, 1),
                service("social-insurance", "B", "社会保险参保登记", "Social insurance enrolment", "社会保障", "Social security",
                        List.of(of("居民身份证", "Resident ID card"), of("劳动合同或用工证明", "Labour contract or proof of employment"),
                                of("银行账户信息", "Bank account details")),
                        List.of(of("窗口受理", "Acceptance at the window"), of("即时办结", "Completed on the spot")),
                        of("当场办结", "Same day"), of("免费", "Free"), null, 30, true, 2),
                service("invoice", "C", "发票申领", "Invoice application", "税务", "Tax",
                        List.of(of("营业执照", "Business licence"), of("经办人身份证", "ID card of the person handling it"),
                                of("税务UKey（如有）", "Tax UKey (if any)")),
                        List.of(of("窗口受理", "Acceptance at the window"), of("核验", "Verification"), of("发放", "Issue")),
                        of("当场办结", "Same day"), of("免费", "Free"), null, 20, true, 3),
                service("property-transfer", "D", "不动产转移登记", "Property transfer registration", "不动产", "Real estate",
                        List.of(of("不动产权证书", "Real estate title certificate"), of("买卖双方身份证明", "IDs of buyer and seller"),
                                of("买卖合同", "Sales contract"), of("完税证明", "Tax payment certificate")),
                        List.of(of("网上预审", "Online pre-review"), of("窗口受理", "Acceptance at the window"), of("审核", "Review"),
                                of("登簿", "Entry in the register"), of("发证", "Certificate issued")),
                        of("5个工作日", "5 working days"), of("住宅每件80元", "80 CNY per housing case"), 80, 45, true, 4),
                service("residence-permit", "E", "居住证办理", "Residence permit", "公安", "Public security",
                        List.of(of("居民身份证", "Resident ID card"), of("居住证明（租赁合同或房产证明）", "Proof of residence (lease or property certificate)"),
                                of("近期免冠照片", "Recent bareheaded photo")),
                        List.of(of("窗口受理", "Acceptance at the window"), of("审核", "Review"), of("制证", "Card production"),
                                of("领取", "Collection")),
                        of("15个工作日", "15 working days"), of("首次办理免费", "Free for the first issue"), 120, 45, false, 5),
                service("housing-fund", "F", "公积金提取", "Housing fund withdrawal", "住房公积金", "Housing fund",
                        List.of(of("居民身份证", "Resident ID card"), of("本人银行卡", "Own bank card"),
                                of("购房合同或租赁证明", "Purchase contract or proof of lease")),
                        List.of(of("窗口受理", "Acceptance at the window"), of("审核", "Review"), of("到账", "Paid to your account")),
                        of("3个工作日", "3 working days"), of("免费", "Free"), null, 30, true, 6),
                service("medical-reimbursement", "G", "医疗费用报销", "Medical expense reimbursement", "社会保障", "Social security",
                        List.of(of("居民身份证", "Resident ID card"), of("医保卡", "Medical insurance card"), of("医疗费用票据", "Medical receipts"),
                                of("费用明细清单", "Itemised list of charges"), of("出院小结", "Discharge summary")),
                        List.of(of("窗口受理", "Acceptance at the window"), of("审核", "Review"), of("结算", "Settlement")),
                        of("20个工作日", "20 working days"), of("免费", "Free"), null, 45, false, 7),
                service("enquiry", "Z", "综合咨询", "General enquiry", "综合", "General",
                        List.of(),
                        List.of(of("咨询", "Ask at the window")),
                        of("即时", "Immediate"), of("免费", "Free"), null, 20, false, 8));
    }

    private static ServiceDefinition service(String code, String prefix, String zh, String en, String categoryZh,
            String categoryEn, List<LocalizedText> materials, List<LocalizedText> steps, LocalizedText timeLimit,
            LocalizedText fee, @Nullable Integer quota, int thresholdMinutes, boolean preApplication, int order) {
        return new ServiceDefinition(code, prefix, of(zh, en), of(categoryZh, categoryEn),
                new ServiceView.Guide(materials, steps, timeLimit, fee), quota, Duration.ofMinutes(thresholdMinutes),
                preApplication, true, order);
    }
}
