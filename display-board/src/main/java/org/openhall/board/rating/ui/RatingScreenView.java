package org.openhall.board.rating.ui;

import static org.openhall.board.Screens.inUi;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import org.jspecify.annotations.Nullable;
import org.openhall.board.BoardProperties;
import org.openhall.board.feed.BoardState;
import org.openhall.board.feed.FeedStatus;
import org.openhall.board.feed.HallClients;
import org.openhall.board.feed.HallFeed;
import org.openhall.board.feed.HallFeeds;
import org.openhall.board.rating.RatingProperties;
import org.openhall.client.QueueApiException;
import org.openhall.client.api.HallEvent;
import org.openhall.client.api.RatingRequest;
import org.openhall.client.api.RatingView;
import org.openhall.client.api.TicketView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.TaskScheduler;

/**
 * The rating screen of one window: a 10-inch tablet at the counter, facing the visitor. Idle, it
 * shows the window's number and asks for a rating once the visit is done. When the window completes
 * a ticket it asks for that ticket's rating with five large faces, Chinese and English together.
 *
 * <p>One tap on a good face (basically satisfied or better) sends the rating at once; "add details"
 * first opens the reasons and a comment. A bad face (dissatisfied or worse) always opens them, with
 * an optional contact for the manager's answer, and sends only on "Submit". The rating goes to
 * queue-service with channel {@code WINDOW} through the hall's own client; the screen then thanks
 * the visitor (for a bad review with the follow-up's tracking number) and goes back to idle. A
 * rating is sent at most once per completion, however often the visitor taps. Unrated, the question
 * goes away after {@code openhall.board.rating.timeout}; a newer completion at the window replaces it.
 *
 * <p>{@code /window/{number}/rate} serves a window of the configured hall, {@code
 * /hall/{hall}/window/{number}/rate} one of another hall this instance serves.
 */
@AnonymousAllowed
@Route("window/:number/rate")
@RouteAlias("hall/:hall/window/:number/rate")
@StyleSheet("styles/rating.css")
public class RatingScreenView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(RatingScreenView.class);

    /** Longest comment queue-service takes. */
    static final int COMMENT_MAX = 500;
    static final int CONTACT_MAX = 60;
    static final String CHANNEL = "WINDOW";

    private record Level(int value, String face, String zh, String en) {
    }

    private static final List<Level> LEVELS = List.of(
            new Level(5, "😄", "非常满意", "Very satisfied"),
            new Level(4, "🙂", "满意", "Satisfied"),
            new Level(3, "😐", "基本满意", "Basically satisfied"),
            new Level(2, "🙁", "不满意", "Dissatisfied"),
            new Level(1, "😣", "非常不满意", "Very dissatisfied"));

    private record Reason(String code, String zh, String en) {
    }

    private static final List<Reason> REASONS = List.of(
            new Reason("ATTITUDE", "服务态度", "Attitude"),
            new Reason("EFFICIENCY", "办事效率", "Efficiency"),
            new Reason("QUALITY", "服务质量", "Quality"),
            new Reason("INTEGRITY", "廉洁自律", "Integrity"));

    /** What the screen shows; the names are the {@code data-stage} attribute the CSS uses. */
    enum Stage {
        /** Waiting for a visit to end. */
        IDLE,
        /** Asking for a rating: the faces. */
        ASK,
        /** Faces with the reasons, the comment and (for a bad review) the contact, sent on Submit. */
        DETAILS,
        /** The rating was recorded, or had been already. */
        DONE
    }

    private final HallFeeds feeds;
    private final HallClients clients;
    private final BoardProperties properties;
    private final RatingProperties settings;
    private final TaskScheduler scheduler;

    private final Span number = new Span();
    private final Span hallName = new Span();
    private final Div connection = new Div();
    private final Div idle = new Div();
    private final Div ask = new Div();
    private final Span promptZh = new Span();
    private final Span promptEn = new Span();
    private final Map<Integer, NativeButton> faces = new LinkedHashMap<>();
    private final NativeButton addDetails = button("rs-add-details", "补充原因或留言", "Add reasons or a comment");
    private final Div details = new Div();
    private final Map<String, NativeButton> reasons = new LinkedHashMap<>();
    private final TextArea comment = new TextArea();
    private final Div contactBox = new Div();
    private final TextField contact = new TextField();
    private final NativeButton submit = button("rs-submit", "提交评价", "Submit");
    private final Div problem = new Div();
    private final Div done = new Div();
    private final Span doneZh = new Span();
    private final Span doneEn = new Span();
    private final Div followUp = new Div();
    private final Div message = new Div();
    private final Div screen = new Div();

    private String hall;
    private int windowNumber;
    private Stage stage = Stage.IDLE;
    private @Nullable TicketView pending;
    private int level;
    private boolean sending;
    private @Nullable HallFeed feed;
    private HallFeed.@Nullable Registration stateRegistration;
    private HallFeed.@Nullable Registration eventRegistration;
    private @Nullable ScheduledFuture<?> backToIdle;
    private int timerGeneration;

    public RatingScreenView(HallFeeds feeds, HallClients clients, BoardProperties properties,
            RatingProperties settings, TaskScheduler scheduler) {
        this.feeds = feeds;
        this.clients = clients;
        this.properties = properties;
        this.settings = settings;
        this.scheduler = scheduler;
        this.hall = properties.hall();
        addClassName("rating-screen");

        number.addClassName("rs-number");
        hallName.addClassName("rs-hall");
        Div header = new Div(bilingual("rs-window-label", "窗口", "Window"), number, hallName);
        header.addClassName("rs-header");
        connection.addClassName("rs-connection");
        connection.getElement().setAttribute("role", "status");
        connection.add(new Span("⚠ 连接中断，正在重连… "), english("Connection lost, reconnecting…"));
        connection.setVisible(false);

        idle.addClassName("rs-idle");
        idle.add(bilingual("rs-idle-line", "请在办结后为本次服务评价", "Please rate our service when your visit is done"));

        promptZh.addClassName("zh");
        promptEn.addClassName("en");
        promptEn.getElement().setAttribute("lang", "en");
        Div prompt = new Div(promptZh, promptEn);
        prompt.addClassName("rs-prompt");
        Div faceRow = new Div();
        faceRow.addClassName("rs-faces");
        for (Level each : LEVELS) {
            Span face = new Span(each.face());
            face.addClassName("rs-face-icon");
            face.getElement().setAttribute("aria-hidden", "true");
            NativeButton button = new NativeButton();
            button.add(face, label("zh", each.zh()), label("en", each.en()));
            button.addClassName("rs-face");
            button.getElement().setAttribute("data-level", Integer.toString(each.value()));
            button.getElement().setAttribute("aria-pressed", "false");
            button.addClickListener(click -> tapped(each.value()));
            faces.put(each.value(), button);
            faceRow.add(button);
        }
        addDetails.addClickListener(click -> showDetails(0));

        Div reasonRow = new Div();
        reasonRow.addClassName("rs-reasons");
        for (Reason each : REASONS) {
            NativeButton chip = button("rs-reason", each.zh(), each.en());
            chip.getElement().setAttribute("aria-pressed", "false");
            chip.addClickListener(click -> toggle(chip));
            reasons.put(each.code(), chip);
            reasonRow.add(chip);
        }
        comment.setLabel("留言（可选） · Comment (optional)");
        comment.setMaxLength(COMMENT_MAX);
        comment.addClassName("rs-comment");
        contact.setLabel("留下电话以便回复 · Leave a phone number for our answer (optional)");
        contact.setMaxLength(CONTACT_MAX);
        contact.addClassName("rs-contact");
        contactBox.add(contact);
        contactBox.setVisible(false);
        submit.addClickListener(click -> send());
        Div hint = bilingual("rs-reasons-label", "哪些方面？（可多选）", "What about? (choose any)");
        details.addClassName("rs-details");
        details.add(hint, reasonRow, comment, contactBox, submit);
        problem.addClassName("rs-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        ask.addClassName("rs-ask");
        ask.add(prompt, faceRow, addDetails, details, problem);

        doneZh.addClassName("zh");
        doneEn.addClassName("en");
        doneEn.getElement().setAttribute("lang", "en");
        Div doneTitle = new Div(doneZh, doneEn);
        doneTitle.addClassName("rs-done-title");
        followUp.addClassName("rs-follow-up");
        done.addClassName("rs-done");
        done.add(doneTitle, followUp);

        screen.addClassName("rs-screen");
        screen.add(header, idle, ask, done);
        message.addClassName("rs-message");
        message.setVisible(false);
        add(connection, screen, message);
        show(Stage.IDLE);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        unbind();
        cancelTimer();
        pending = null;
        hall = event.getRouteParameters().get("hall").orElse(properties.hall());
        feed = null;
        Optional<Integer> requested = event.getRouteParameters().get("number").flatMap(RatingScreenView::parse);
        if (requested.isEmpty()) {
            showMessage("没有这个窗口", "No such window");
            return;
        }
        windowNumber = requested.get();
        feed = feeds.feed(hall).orElse(null);
        if (feed == null) {
            showMessage("本屏幕未配置大厅“" + hall + "”", "This screen does not serve hall \"" + hall + "\"");
            return;
        }
        message.setVisible(false);
        screen.setVisible(true);
        number.setText(Integer.toString(windowNumber));
        show(Stage.IDLE);
        if (isAttached()) {
            bind();
        }
    }

    @Override
    public String getPageTitle() {
        return windowNumber + "号窗口评价 · Rate window " + windowNumber;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        bind();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        unbind();
        cancelTimer();
    }

    private void bind() {
        if (feed == null || stateRegistration != null) {
            return;
        }
        UI ui = getUI().orElseThrow();
        stateRegistration = feed.addListener(state -> inUi(ui, () -> showConnection(state)));
        eventRegistration = feed.addEventListener(event -> {
            if (completedHere(event)) {
                TicketView ticket = Objects.requireNonNull(event.ticket());
                inUi(ui, () -> ask(ticket));
            }
        });
    }

    private void unbind() {
        if (stateRegistration != null) {
            stateRegistration.remove();
            stateRegistration = null;
        }
        if (eventRegistration != null) {
            eventRegistration.remove();
            eventRegistration = null;
        }
    }

    private boolean completedHere(HallEvent event) {
        TicketView ticket = event.ticket();
        return HallEvent.TICKET_COMPLETED.equals(event.type()) && event.hall().equals(hall) && ticket != null
                && ticket.windowNumber() != null && ticket.windowNumber() == windowNumber;
    }

    private void showConnection(BoardState state) {
        if (!state.hall().equals(hall)) {
            return;
        }
        connection.setVisible(state.status() == FeedStatus.LOST);
        hallName.setText(state.hallName().zh().isBlank() ? "" : state.hallName().zh());
        if (state.loaded() && state.windows().stream().noneMatch(w -> w.number() == windowNumber)) {
            showMessage("本大厅没有 " + windowNumber + " 号窗口", "There is no window " + windowNumber + " in this hall");
        }
    }

    /** A visit just ended here: ask for its rating, replacing any question still open. */
    private void ask(TicketView ticket) {
        pending = ticket;
        sending = false;
        level = 0;
        reasons.values().forEach(chip -> press(chip, false));
        comment.clear();
        contact.clear();
        promptZh.setText("请为 " + ticket.number() + " 号的服务评价");
        promptEn.setText("How was your visit, ticket " + ticket.number() + "?");
        log.info("Window {} of hall {}: asking for a rating of ticket {}", windowNumber, hall, ticket.number());
        show(Stage.ASK);
        backToIdleAfter(settings.timeout());
    }

    private void tapped(int chosen) {
        if (pending == null || sending) {
            return;
        }
        if (stage == Stage.ASK && chosen >= 3) {
            level = chosen;
            send();
        } else {
            showDetails(chosen);
        }
    }

    /** The faces with reasons, comment and Submit; {@code chosen} 0 until a face is tapped. */
    private void showDetails(int chosen) {
        if (pending == null) {
            return;
        }
        if (chosen > 0) {
            level = chosen;
        }
        faces.forEach((value, face) -> press(face, value == level));
        contactBox.setVisible(level > 0 && level <= 2);
        if (!contactBox.isVisible()) {
            contact.clear();
        }
        submit.setEnabled(level > 0);
        show(Stage.DETAILS);
        backToIdleAfter(settings.timeout());
    }

    private void toggle(NativeButton chip) {
        press(chip, !"true".equals(chip.getElement().getAttribute("aria-pressed")));
        backToIdleAfter(settings.timeout());
    }

    /** Sends the pending ticket's rating once; a tap while it is on its way does nothing. */
    private void send() {
        TicketView ticket = pending;
        if (ticket == null || sending || level == 0) {
            return;
        }
        sending = true;
        submit.setEnabled(false);
        faces.values().forEach(face -> face.setEnabled(false));
        List<String> chosen = new ArrayList<>();
        reasons.forEach((code, chip) -> {
            if ("true".equals(chip.getElement().getAttribute("aria-pressed"))) {
                chosen.add(code);
            }
        });
        var request = new RatingRequest(level, chosen, blankToNull(comment.getValue()), CHANNEL,
                level <= 2 ? blankToNull(contact.getValue()) : null);
        try {
            RatingView rating = clients.api(hall).rate(ticket.id(), request);
            log.info("Window {} of hall {}: ticket {} rated {}{}", windowNumber, hall, ticket.number(), level,
                    rating.followUp() == null ? "" : ", follow-up " + rating.followUp());
            finish("谢谢您的评价", "Thank you for your rating", rating.followUp());
        } catch (QueueApiException refused) {
            refused(ticket, refused);
        } catch (RuntimeException unreachable) {
            log.warn("Window {} of hall {}: the rating of ticket {} could not be sent", windowNumber, hall,
                    ticket.number(), unreachable);
            retry("暂时无法提交，请稍后再试", "Could not send your rating. Please try again.");
        }
    }

    private void refused(TicketView ticket, QueueApiException refused) {
        log.info("Window {} of hall {}: the rating of ticket {} was refused ({} {})", windowNumber, hall,
                ticket.number(), refused.status(), refused.code());
        switch (Objects.requireNonNullElse(refused.code(), "")) {
            case "already-rated" -> finish("已评价，谢谢", "Already rated, thank you", null);
            case "rating-closed" -> finish("本次服务的评价已截止", "Rating for this visit has closed", null);
            case "not-completed" -> finish("本次服务尚未办结，暂不能评价", "This visit is not finished yet", null);
            default -> retry("评价未能提交，请重试", "Your rating could not be sent. Please try again.");
        }
    }

    private void finish(String zh, String en, @Nullable String followUpNumber) {
        pending = null;
        sending = false;
        doneZh.setText(zh);
        doneEn.setText(en);
        followUp.removeAll();
        followUp.setVisible(followUpNumber != null);
        if (followUpNumber != null) {
            Div numberLine = new Div(label("zh", "跟进编号 "), label("rs-follow-up-number", followUpNumber));
            followUp.add(numberLine,
                    bilingual("rs-follow-up-line", "负责人将在规定时限内核实处理并答复您",
                            "A manager will look into it and answer you within the set deadline"),
                    bilingual("rs-follow-up-line", "请记下此编号以便查询",
                            "Please note this number: follow-up " + followUpNumber));
        }
        show(Stage.DONE);
        backToIdleAfter(settings.thanks());
    }

    /** The rating was not recorded and may be sent again. */
    private void retry(String zh, String en) {
        sending = false;
        faces.values().forEach(face -> face.setEnabled(true));
        problem.removeAll();
        problem.add(new Div(new Span(zh)), new Div(english(en)));
        if (stage == Stage.ASK) {
            showDetails(level);
        } else {
            submit.setEnabled(level > 0);
        }
        problem.setVisible(true);
    }

    private void show(Stage next) {
        stage = next;
        idle.setVisible(next == Stage.IDLE);
        ask.setVisible(next == Stage.ASK || next == Stage.DETAILS);
        addDetails.setVisible(next == Stage.ASK);
        details.setVisible(next == Stage.DETAILS);
        done.setVisible(next == Stage.DONE);
        problem.setVisible(false);
        if (next == Stage.ASK) {
            faces.values().forEach(face -> {
                face.setEnabled(true);
                press(face, false);
            });
        }
        getElement().setAttribute("data-stage", next.name().toLowerCase(Locale.ROOT));
    }

    /** Goes back to idle after {@code delay}, unless the screen changes again before. */
    private void backToIdleAfter(Duration delay) {
        cancelTimer();
        UI ui = getUI().orElse(null);
        if (ui == null) {
            return;
        }
        int mine = ++timerGeneration;
        backToIdle = scheduler.schedule(() -> inUi(ui, () -> {
            // A task already on its way when a newer one replaced it must not undo the newer screen.
            if (mine != timerGeneration) {
                return;
            }
            if (pending != null) {
                log.info("Window {} of hall {}: ticket {} was not rated in time", windowNumber, hall,
                        pending.number());
            }
            pending = null;
            sending = false;
            show(Stage.IDLE);
        }), scheduler.getClock().instant().plus(delay));
    }

    private void cancelTimer() {
        timerGeneration++;
        if (backToIdle != null) {
            backToIdle.cancel(false);
            backToIdle = null;
        }
    }

    private void showMessage(String zh, String en) {
        screen.setVisible(false);
        message.removeAll();
        message.add(new Div(new Span(zh)), new Div(english(en)));
        message.setVisible(true);
    }

    private static void press(NativeButton button, boolean pressed) {
        button.getElement().setAttribute("aria-pressed", Boolean.toString(pressed));
    }

    private static NativeButton button(String className, String zh, String en) {
        NativeButton button = new NativeButton();
        button.add(label("zh", zh), label("en", en));
        button.addClassName(className);
        return button;
    }

    private static Div bilingual(String className, String zh, String en) {
        Div div = new Div(label("zh", zh), label("en", en));
        div.addClassName(className);
        return div;
    }

    private static Span label(String className, String text) {
        Span span = new Span(text);
        span.addClassName(className);
        if ("en".equals(className)) {
            span.getElement().setAttribute("lang", "en");
        }
        return span;
    }

    private static Span english(String text) {
        return label("en", text);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Optional<Integer> parse(String text) {
        try {
            int n = Integer.parseInt(text);
            return n > 0 ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    // For tests in this package: what the screen shows and what the visitor taps.

    /** idle, ask, details or done. */
    String stage() {
        return stage.name().toLowerCase(Locale.ROOT);
    }

    String windowNumber() {
        return number.getText();
    }

    /** The question, e.g. "请为 A023 号的服务评价 / How was your visit, ticket A023?"; empty unless asking. */
    String prompt() {
        return ask.isVisible() ? promptZh.getText() + " / " + promptEn.getText() : "";
    }

    /** The thank-you or refusal with the follow-up, as text; empty unless shown. */
    String done() {
        return done.isVisible() ? done.getElement().getTextRecursively() : "";
    }

    /** The problem shown above the form, empty when none. */
    String problem() {
        return problem.isVisible() ? problem.getElement().getTextRecursively() : "";
    }

    String message() {
        return message.isVisible() ? message.getElement().getTextRecursively() : "";
    }

    NativeButton face(int value) {
        return Objects.requireNonNull(faces.get(value));
    }

    NativeButton addDetails() {
        return addDetails;
    }

    NativeButton reason(String code) {
        return Objects.requireNonNull(reasons.get(code));
    }

    TextArea comment() {
        return comment;
    }

    TextField contact() {
        return contact;
    }

    boolean showsContact() {
        return details.isVisible() && contactBox.isVisible();
    }

    NativeButton submit() {
        return submit;
    }
}
