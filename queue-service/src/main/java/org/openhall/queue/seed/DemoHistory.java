package org.openhall.queue.seed;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.ConsultationRequest;
import org.openhall.client.api.ConsultationView;
import org.openhall.client.api.FeedbackRequest;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.RatingRequest;
import org.openhall.client.api.TicketView;
import org.openhall.client.api.TransferRequest;
import org.openhall.client.api.WindowState;
import org.openhall.queue.audit.AuditEvent;
import org.openhall.queue.consultation.Consultations;
import org.openhall.queue.feedback.FeedbackDesk;
import org.openhall.queue.feedback.FollowUpStatus;
import org.openhall.queue.feedback.FollowUps;
import org.openhall.queue.hall.Hall;
import org.openhall.queue.hall.HallCatalog;
import org.openhall.queue.problem.QueueException;
import org.openhall.queue.rating.Ratings;
import org.openhall.queue.staff.StaffConsole;
import org.openhall.queue.staff.StaffDirectory;
import org.openhall.queue.staff.StaffMember;
import org.openhall.queue.ticket.DayEnd;
import org.openhall.queue.ticket.TicketDesk;
import org.openhall.queue.ticket.TicketIssuing;
import org.openhall.queue.window.ServiceWindow;
import org.openhall.queue.window.WindowDesk;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plays the demo hall's past working days through the hall's own services, as if they had happened:
 * visitors take tickets as the kiosk does ({@link TicketIssuing}), the six demo clerks take their
 * windows at opening time and call, start, complete, mark no-show, put back and transfer as the
 * console does ({@link StaffConsole}, signed in as themselves), visitors give up and cancel, rate
 * their visits, hand in complaints and suggestions and ask at the consultation desk, and the
 * manager works through the follow-ups of bad reviews and complaints. Each day ends as the hall's
 * own {@link DayEnd} closes it, and the clerks close their windows.
 *
 * <p>All of it runs on the calling thread under a {@link HistoryClock} set to the played instant:
 * no other thread sees that time. The services must therefore read a {@code HistoryClock}.
 */
@Component
class DemoHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    /** The demo clerks and their windows ({@link DemoHallSeeder#PEOPLE}). */
    private static final Map<Integer, String> CLERKS = Map.of(1, "wangfang", 2, "liqiang", 3, "zhangwei",
            4, "liuyang", 5, "chenjing", 6, "yanglei");
    private static final String MANAGER = "zhaomin";
    private static final LocalTime CLERKS_ARRIVE = LocalTime.of(8, 55);
    private static final LocalTime LUNCH = LocalTime.NOON;
    private static final LocalTime LUNCH_LATEST = LocalTime.of(12, 20);
    private static final LocalTime AFTER_LUNCH = LocalTime.of(13, 30);
    private static final LocalTime CLOSING = LocalTime.of(17, 0);
    private static final LocalTime CLOSING_LATEST = LocalTime.of(17, 40);

    private final Clock clock;
    private final HallCatalog catalog;
    private final TicketIssuing issuing;
    private final TicketDesk tickets;
    private final StaffConsole console;
    private final WindowDesk windows;
    private final StaffDirectory staff;
    private final Ratings ratings;
    private final FeedbackDesk feedback;
    private final FollowUps followUps;
    private final Consultations consultations;
    private final DayEnd dayEnd;
    private final UserDetailsService accounts;
    private final SecurityContextHolderStrategy contexts;
    private final TransactionTemplate transactions;

    DemoHistory(Clock clock, HallCatalog catalog, TicketIssuing issuing, TicketDesk tickets, StaffConsole console,
            WindowDesk windows, StaffDirectory staff, Ratings ratings, FeedbackDesk feedback, FollowUps followUps,
            Consultations consultations, DayEnd dayEnd, UserDetailsService accounts,
            SecurityContextHolderStrategy contexts, PlatformTransactionManager transactionManager) {
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.catalog = catalog;
        this.issuing = issuing;
        this.tickets = tickets;
        this.console = console;
        this.windows = windows;
        this.staff = staff;
        this.ratings = ratings;
        this.feedback = feedback;
        this.followUps = followUps;
        this.consultations = consultations;
        this.dayEnd = dayEnd;
        this.accounts = accounts;
        this.contexts = contexts;
    }

    /** What a play did. */
    record Played(List<LocalDate> days, int tickets, int ratings, int followUps, Duration took) {
    }

    /** Whether the services read a clock that can be played back: only then can the past be played. */
    boolean canPlay() {
        return clock instanceof HistoryClock;
    }

    /**
     * Plays the {@code workingDays} working days (Monday to Friday, not the hall's holidays) before
     * today, oldest first. The hall's windows are all closed afterwards.
     */
    Played play(String hall, int workingDays, long seed) {
        Hall theHall = catalog.hall(hall);
        return play(hall, workingDaysBefore(theHall, theHall.serviceDayAt(liveClock().liveInstant()), workingDays), seed);
    }

    /** Plays the given past days, which must lie before today, in order. */
    Played play(String hall, List<LocalDate> days, long seed) {
        HistoryClock history = liveClock();
        long started = System.nanoTime();
        Hall theHall = catalog.hall(hall);
        if (!days.isEmpty() && !days.getLast().isBefore(theHall.serviceDayAt(history.liveInstant()))) {
            throw new IllegalArgumentException("Only days before today can be played: " + days.getLast());
        }
        PlayedClock played = new PlayedClock();
        SecurityContext before = contexts.getContext();
        try {
            Totals totals = HistoryClock.playing(played, () -> {
                Totals sum = new Totals();
                for (LocalDate day : days) {
                    new DayPlay(theHall, DemoTraffic.day(day, seed), played, sum).play();
                }
                return sum;
            });
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            return new Played(days, totals.tickets, totals.ratings, totals.followUps, took);
        } finally {
            contexts.setContext(before);
        }
    }

    private HistoryClock liveClock() {
        if (!(clock instanceof HistoryClock history)) {
            throw new IllegalStateException("The services' clock is not a HistoryClock: the past cannot be played");
        }
        return history;
    }

    /** The working days before {@code today}, oldest first. */
    static List<LocalDate> workingDaysBefore(Hall hall, LocalDate today, int count) {
        Deque<LocalDate> days = new ArrayDeque<>();
        for (LocalDate d = today.minusDays(1); days.size() < count && d.isAfter(today.minusYears(1)); d = d.minusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !hall.holidays().contains(d)) {
                days.addFirst(d);
            }
        }
        return List.copyOf(days);
    }

    /** The clock the playing thread reads: set by the play, moving only forward. */
    static final class PlayedClock extends Clock {

        private Instant now = Instant.EPOCH;

        void set(Instant instant) {
            if (instant.isAfter(now)) {
                now = instant;
            }
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("The played clock is always UTC");
        }
    }

    private static final class Totals {
        int tickets;
        int ratings;
        int followUps;
    }

    /** A window of the played day: its clerk, what it holds, whether it waits for a visitor. */
    private static final class Desk {
        final ServiceWindow window;
        final SecurityContext clerk;
        @Nullable Call holding;
        boolean idle;
        boolean paused;
        boolean closed = true;

        Desk(ServiceWindow window, SecurityContext clerk) {
            this.window = window;
            this.clerk = clerk;
        }
    }

    /** A visitor's ticket in play. */
    private static final class Call {
        final DemoTraffic.Visitor visitor;
        final TicketView issued;
        String service;
        boolean leftQueue;
        boolean missedOnce;
        boolean transferred;
        @Nullable Instant calledAt;

        Call(DemoTraffic.Visitor visitor, TicketView issued) {
            this.visitor = visitor;
            this.issued = issued;
            this.service = visitor.service();
        }
    }

    private record Event(Instant at, long order, Runnable action) {
    }

    /** One played day: a queue of timed events, run in time order on the playing thread. */
    private final class DayPlay {

        private final Hall hall;
        private final DemoTraffic.Day day;
        private final PlayedClock played;
        private final Totals totals;
        private final PriorityQueue<Event> events = new PriorityQueue<>((a, b) -> a.at().equals(b.at())
                ? Long.compare(a.order(), b.order()) : a.at().compareTo(b.at()));
        private final Map<Integer, Desk> desks = new HashMap<>();
        private final Map<String, Call> calls = new HashMap<>();
        private final SplittableRandom random;
        private final SecurityContext manager;
        private long order;

        DayPlay(Hall hall, DemoTraffic.Day day, PlayedClock played, Totals totals) {
            this.hall = hall;
            this.day = day;
            this.played = played;
            this.totals = totals;
            this.random = new SplittableRandom(day.date().toEpochDay() * 31 + day.visitors().size());
            this.manager = signedIn(MANAGER);
            for (ServiceWindow window : windows.windows(hall.code())) {
                String clerk = CLERKS.get(window.number());
                if (clerk != null) {
                    desks.put(window.number(), new Desk(window, signedIn(clerk)));
                }
            }
        }

        void play() {
            int before = totals.tickets;
            at(CLERKS_ARRIVE, () -> desks.values().forEach(this::take));
            for (DemoTraffic.Visitor visitor : day.visitors()) {
                at(visitor.arrives(), () -> arrive(visitor));
            }
            for (DemoTraffic.Note note : day.notes()) {
                at(note.at(), () -> feedback.submit(hall.code(), new FeedbackRequest(note.kind(), note.category(),
                        note.text(), null, null)));
            }
            for (DemoTraffic.Question question : day.questions()) {
                at(question.at(), () -> ask(question));
            }
            at(LocalTime.of(10, 0), this::workFollowUps);
            // Windows with nobody to serve break for lunch and close at closing time at once; the others
            // when their visitor leaves (free).
            at(LUNCH, () -> desks.values().stream().filter(d -> d.idle).forEach(this::pause));
            at(CLOSING, () -> desks.values().stream().filter(d -> d.idle).forEach(this::close));
            at(AFTER_LUNCH, () -> desks.values().stream().filter(d -> d.paused).forEach(d -> {
                as(d, () -> console.open(d.window.id()));
                d.paused = false;
                free(d);
            }));
            // The day is written as one transaction, which every service's hall write joins: a commit per
            // action would make the play many times slower, and nobody reads the hall while it is played.
            transactions.executeWithoutResult(status -> {
                while (!events.isEmpty()) {
                    Event event = events.poll();
                    played.set(event.at());
                    event.action().run();
                }
                desks.values().stream().filter(d -> !d.closed).forEach(d -> guarded(() -> close(d)).run());
            });
            // The night after: the hall's own day end closes what the day left (no ticket of it stays waiting).
            played.set(hall.serviceDayStart(day.date().plusDays(1)).plus(Duration.ofMinutes(5)));
            dayEnd.closeEarlierDays();
            log.debug("Played {} in hall {}: {} tickets", day.date(), hall.code(), totals.tickets - before);
        }

        private void take(Desk desk) {
            as(desk, () -> console.take(desk.window.id(), false));
            desk.closed = false;
            free(desk);
        }

        private void arrive(DemoTraffic.Visitor visitor) {
            TicketView ticket = issuing.issue(hall.code(), new IssueTicketRequest(visitor.service(),
                    visitor.channel(), visitor.priority()), null).ticket();
            totals.tickets++;
            Call call = new Call(visitor, ticket);
            calls.put(ticket.id(), call);
            if (visitor.fate() == DemoTraffic.Fate.LEFT) {
                after(visitor.patience(), () -> {
                    if (!call.leftQueue) {
                        call.leftQueue = true;
                        tickets.cancel(ticket.id());
                    }
                });
            }
            wake(visitor.service());
        }

        /** Idle windows that serve the matter look for a visitor again, a few seconds later. */
        private void wake(String service) {
            for (Desk desk : desks.values()) {
                if (desk.idle && !desk.paused && !desk.closed && desk.window.serves(service)) {
                    desk.idle = false;
                    after(Duration.ofSeconds(5 + random.nextInt(25)), () -> free(desk));
                }
            }
        }

        /** The window has nobody: call the next visitor, break for lunch or close, as the hour says. */
        private void free(Desk desk) {
            if (desk.closed || desk.paused || desk.holding != null) {
                return;
            }
            LocalTime time = local();
            boolean lunch = !time.isBefore(LUNCH) && time.isBefore(AFTER_LUNCH);
            if (lunch && !time.isBefore(LUNCH_LATEST)) {
                pause(desk);
                return;
            }
            if (!time.isBefore(CLOSING_LATEST)) {
                close(desk);
                return;
            }
            Optional<TicketView> next = as(desk, () -> console.callNext(desk.window.id()));
            if (next.isEmpty()) {
                if (lunch) {
                    pause(desk);
                } else if (!time.isBefore(CLOSING)) {
                    close(desk);
                } else {
                    desk.idle = true;
                }
                return;
            }
            Call call = calls.get(next.get().id());
            if (call == null) {
                // Not a visitor of this play (cannot happen in a fresh demo hall): serve it plainly.
                after(Duration.ofMinutes(3), () -> finish(desk));
                return;
            }
            desk.holding = call;
            call.leftQueue = true;
            call.calledAt = played.instant();
            SplittableRandom walk = new SplittableRandom(call.visitor.seed() + (call.missedOnce ? 1 : 0)
                    + (call.transferred ? 2 : 0));
            DemoTraffic.Fate fate = call.visitor.fate();
            boolean misses = !call.missedOnce && (fate == DemoTraffic.Fate.NO_SHOW
                    || fate == DemoTraffic.Fate.NO_SHOW_REQUEUED);
            if (misses) {
                after(Duration.ofSeconds(70), () -> as(desk, () -> console.recall(desk.window.id())));
                after(Duration.ofSeconds(150), () -> missed(desk, call));
                return;
            }
            after(Duration.ofSeconds(10 + walk.nextInt(30)), () -> {
                as(desk, () -> console.start(desk.window.id()));
                Duration serving = call.transferred
                        ? minutes(DemoTraffic.matter(call.service).minutes(), walk)
                        : call.visitor.serviceTime();
                if (fate == DemoTraffic.Fate.TRANSFERRED && !call.transferred) {
                    after(Duration.ofSeconds(90 + walk.nextInt(150)), () -> transfer(desk, call));
                } else {
                    after(serving, () -> complete(desk, call, walk));
                }
            });
        }

        private void missed(Desk desk, Call call) {
            as(desk, () -> console.noShow(desk.window.id()));
            call.missedOnce = true;
            desk.holding = null;
            if (call.visitor.fate() == DemoTraffic.Fate.NO_SHOW_REQUEUED) {
                // The visitor comes back to the window a little later and is put back in the queue.
                after(Duration.ofMinutes(4 + random.nextInt(10)), () -> {
                    if (!desk.closed) {
                        as(desk, () -> console.requeue(desk.window.id(), call.issued.id()));
                        call.leftQueue = false;
                        wake(call.service);
                    }
                });
            }
            after(Duration.ofSeconds(20), () -> free(desk));
        }

        private void transfer(Desk desk, Call call) {
            String to = call.visitor.transferTo();
            as(desk, () -> console.transfer(desk.window.id(), new TransferRequest(to, null,
                    "材料属于" + catalog.service(hall.code(), to).name().zh() + "，已转办")));
            call.transferred = true;
            call.service = to;
            call.leftQueue = false;
            desk.holding = null;
            wake(to);
            after(Duration.ofSeconds(20 + random.nextInt(30)), () -> free(desk));
        }

        private void complete(Desk desk, Call call, SplittableRandom walk) {
            as(desk, () -> console.complete(desk.window.id()));
            desk.holding = null;
            Integer level = call.visitor.rating();
            if (level != null) {
                after(Duration.ofSeconds(10 + walk.nextInt(80)), () -> rate(call, level, walk));
            }
            after(Duration.ofSeconds(10 + random.nextInt(25)), () -> free(desk));
        }

        /** A held ticket that is not a visitor of this play: completed as it stands. */
        private void finish(Desk desk) {
            as(desk, () -> tickets.atWindow(desk.window.id()).ifPresent(t -> {
                if (t.status() == org.openhall.client.api.TicketStatus.CALLED) {
                    console.start(desk.window.id());
                }
                console.complete(desk.window.id());
            }));
            free(desk);
        }

        private void rate(Call call, int planned, SplittableRandom walk) {
            Duration waited = Duration.between(call.issued.issuedAt(), call.calledAt == null ? played.instant()
                    : call.calledAt);
            Duration threshold = catalog.service(hall.code(), call.service).waitThreshold();
            int level = planned;
            List<String> reasons = List.of();
            double mood = walk.nextDouble();
            if (threshold != null && waited.compareTo(threshold) > 0 && mood < 0.3) {
                // A long wait is what most bad reviews are about; most who waited long only rate lower.
                level = mood < 0.06 ? 1 + walk.nextInt(2) : Math.min(level, 3);
                reasons = level <= 2 ? List.of("EFFICIENCY") : List.of();
            } else if (level <= 2) {
                reasons = List.of(walk.nextBoolean() ? "ATTITUDE" : "QUALITY");
            }
            String channel = walk.nextDouble() < 0.7 ? "WINDOW" : walk.nextBoolean() ? "KIOSK" : "WEB";
            var rated = ratings.rate(call.issued.id(), new RatingRequest(level, reasons, null, channel, null));
            totals.ratings++;
            if (rated.followUp() != null) {
                totals.followUps++;
            }
        }

        private void ask(DemoTraffic.Question question) {
            ConsultationView asked = consultations.open(hall.code(),
                    ConsultationRequest.of(question.service(), question.question()));
            StaffMember consultant = member(random.nextBoolean() ? "wangfang" : "liuyang");
            after(Duration.ofMinutes(1 + random.nextInt(6)), () -> {
                consultations.claim(asked.id(), consultant);
                after(Duration.ofSeconds(40 + random.nextInt(120)), () -> {
                    consultations.reply(asked.id(), consultant, question.answer());
                    after(Duration.ofMinutes(2), () -> consultations.closeByStaff(asked.id(), consultant));
                });
            });
        }

        /**
         * The manager's morning round: follow-ups opened on an earlier day are verified, put right and
         * answered, one step a day, so the latest days' stay open.
         */
        private void workFollowUps() {
            StaffMember manager = member(MANAGER);
            AuditEvent.Actor actor = new AuditEvent.Actor(manager.id(), manager.username(), manager.role().name());
            for (FollowUps.Summary summary : followUps.list(hall.code(), null)) {
                if (!summary.status().equals(FollowUpStatus.OPEN) && !summary.status().equals(FollowUpStatus.VERIFIED)
                        && !summary.status().equals(FollowUpStatus.RECTIFIED)) {
                    continue;
                }
                switch (summary.status()) {
                    case OPEN -> followUps.move(summary.id(), FollowUpStatus.VERIFIED,
                            "已调取叫号记录和窗口录像，情况属实。", actor, null);
                    case VERIFIED -> followUps.move(summary.id(), FollowUpStatus.RECTIFIED,
                            "已与窗口人员谈话，高峰时段增开窗口。", actor, null);
                    case RECTIFIED -> followUps.answer(summary.id(),
                            "您好，您反映的问题已核实并整改，感谢您的监督。", actor, null);
                    default -> {
                    }
                }
            }
        }

        private void pause(Desk desk) {
            as(desk, () -> console.pause(desk.window.id(), "午休 Lunch break"));
            desk.paused = true;
            desk.idle = false;
        }

        private void close(Desk desk) {
            as(desk, () -> {
                if (windows.window(desk.window.id()).state() != WindowState.CLOSED) {
                    console.close(desk.window.id());
                }
            });
            desk.closed = true;
            desk.idle = false;
        }

        private void at(LocalTime time, Runnable action) {
            events.add(new Event(day.date().atTime(time).atZone(hall.zone()).toInstant(), order++, guarded(action)));
        }

        private void after(Duration delay, Runnable action) {
            events.add(new Event(played.instant().plus(delay), order++, guarded(action)));
        }

        /** A refusal (a visitor's ticket changed meanwhile) is part of a hall's day: logged, the play goes on. */
        private Runnable guarded(Runnable action) {
            return () -> {
                try {
                    action.run();
                } catch (QueueException e) {
                    log.debug("Demo history on {}: refused {}: {}", day.date(), e.code(), e.getMessage());
                }
            };
        }

        private LocalTime local() {
            return played.instant().atZone(hall.zone()).toLocalTime();
        }

        private <T> T as(Desk desk, java.util.function.Supplier<T> action) {
            contexts.setContext(desk.clerk);
            try {
                return action.get();
            } finally {
                contexts.setContext(manager);
            }
        }

        private void as(Desk desk, Runnable action) {
            as(desk, () -> {
                action.run();
                return null;
            });
        }

        private SecurityContext signedIn(String username) {
            UserDetails principal = accounts.loadUserByUsername(username);
            SecurityContext context = contexts.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                    principal.getAuthorities()));
            return context;
        }

        private StaffMember member(String username) {
            return staff.byUsername(username).orElseThrow();
        }
    }

    private static Duration minutes(double median, SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double g = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
        return Duration.ofSeconds(Math.max(60, Math.round(median * 60 * Math.exp(0.45 * g))));
    }
}
