package org.openhall.kiosk.consult.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openhall.client.QueueApiException;
import org.openhall.client.QueueUnavailableException;
import org.openhall.client.api.ConsultationView;
import org.openhall.client.api.ConsultationView.Author;
import org.openhall.client.api.ConsultationView.Message;
import org.openhall.client.api.ServiceView;
import org.openhall.kiosk.consult.Consulting;
import org.openhall.kiosk.consult.Consulting.Question;
import org.openhall.kiosk.hall.HallDirectory;
import org.openhall.kiosk.hall.HallNotFoundException;
import org.openhall.kiosk.i18n.KioskLanguages;
import org.openhall.kiosk.printer.PrintResult;
import org.openhall.kiosk.printer.QrCodes;
import org.openhall.kiosk.shell.Countdown;
import org.openhall.kiosk.shell.KioskLayout;
import org.openhall.kiosk.shell.KioskRoutes;
import org.openhall.kiosk.shell.ScreenTop;
import org.openhall.kiosk.shell.SecondTicker;
import org.openhall.kiosk.shell.Sentence;
import org.openhall.kiosk.shell.Visits;
import org.openhall.kiosk.ticket.Refusals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asking staff a question: the visitor picks a service, then one of the common questions (large
 * buttons, both languages; the kiosk has no keyboard for free text). The question is sent once, however
 * often it is tapped. The conversation then shows live: the question, how many conversations are ahead,
 * who is answering and every answer (as plain text), beside a large QR code of the conversation's link
 * to follow it and write more on a phone.
 *
 * <p>While the conversation shows, queue-service is asked for it every {@link #POLL_EVERY}. Without a
 * tap the kiosk goes home after {@code openhall.kiosk.idle-timeout} (the layout's idle countdown); in
 * any case after {@link #FOLLOW_AT_MOST}. "Done" goes home at once. Leaving never closes the
 * conversation: it goes on on the phone.
 *
 * <p>When the printer works, the QR code can also be printed, once per conversation.
 */
@Route(value = KioskRoutes.ASK, layout = KioskLayout.class)
public class AskScreen extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(AskScreen.class);

    /** How often the conversation is read again while it shows. */
    public static final Duration POLL_EVERY = Duration.ofSeconds(2);

    /** The longest the kiosk shows one conversation, taps or not; the phone takes over after it. */
    public static final Duration FOLLOW_AT_MOST = Duration.ofMinutes(3);

    /** The side of the QR code image, in pixels. */
    private static final int QR_SIZE = 480;

    /** Refusals that mean "not now" rather than "not this". */
    private static final Set<String> TRY_LATER = Set.of("too-fast", "too-many-requests");

    /** Where the visitor is in asking. */
    private enum Step {
        SERVICE, QUESTION, FOLLOW
    }

    private final HallDirectory directory;
    private final Consulting consulting;
    private final Visits visits;
    private final Countdown nextPoll;
    private final Countdown followLimit;

    private final Button back = new Button();
    private final H1 title = new H1();
    private final Div status = new Div();
    private final Paragraph statusText = new Paragraph();
    private final Paragraph statusOther = new Paragraph();
    private final Button retry = new Button();

    private final Div choosingService = new Div();
    private final H2 serviceTitle = new H2();
    private final Div serviceButtons = new Div();
    private final Map<ServiceView, Span[]> serviceLabels = new LinkedHashMap<>();

    private final Div choosingQuestion = new Div();
    private final Div chosenService = new Div();
    private final Button changeService = new Button();
    private final H2 questionTitle = new H2();
    private final Map<Question, Button> questionButtons = new LinkedHashMap<>();
    private final Map<Question, Span[]> questionLabels = new LinkedHashMap<>();

    private final Div following = new Div();
    private final Div asked = new Div();
    private final Div askedService = new Div();
    private final Paragraph askedQuestion = new Paragraph();
    private final Div position = new Div();
    private final Div messages = new Div();
    private final Image qr = new Image();
    private final Paragraph qrHint = new Paragraph();
    private final Paragraph qrHintOther = new Paragraph();
    private final Button print = new Button();
    private final Paragraph printed = new Paragraph();
    private final Button done = new Button();

    private List<ServiceView> services = List.of();
    private Step step = Step.SERVICE;
    private @Nullable ServiceView service;
    private @Nullable Question question;
    private @Nullable ConsultationView consultation;
    private List<Message> shownMessages = List.of();
    private final List<Span> messageWho = new ArrayList<>();
    private @Nullable Sentence problem;
    private boolean sending;
    private boolean polling;
    /** Whether the printer worked when the conversation opened: only then is printing offered. */
    private boolean printable;
    private @Nullable Boolean printResult;

    public AskScreen(HallDirectory directory, Consulting consulting, Visits visits, SecondTicker ticker, Clock clock) {
        this.directory = directory;
        this.consulting = consulting;
        this.visits = visits;
        this.nextPoll = new Countdown(clock, POLL_EVERY);
        this.followLimit = new Countdown(clock, FOLLOW_AT_MOST);
        addClassName("kiosk-ask-screen");

        var top = ScreenTop.of(back, title, visits);

        status.setId("ask-status");
        status.addClassNames("kiosk-status", "kiosk-status-problem");
        status.getElement().setAttribute("role", "alert");
        statusOther.addClassName("kiosk-other-language");
        status.add(statusText, statusOther);
        retry.setId("ask-retry");
        retry.addClassName("kiosk-secondary");
        retry.addClickListener(click -> loadServices());

        // 1. The service.
        serviceTitle.addClassName("kiosk-group-title");
        serviceButtons.addClassName("kiosk-ask-services");
        choosingService.setId("ask-services");
        choosingService.add(serviceTitle, serviceButtons);

        // 2. The question.
        chosenService.setId("ask-chosen-service");
        chosenService.addClassName("kiosk-ask-chosen");
        changeService.setId("ask-change-service");
        changeService.addClassName("kiosk-secondary");
        changeService.addClickListener(click -> {
            if (!sending) {
                step = Step.SERVICE;
                problem = null;
                render();
            }
        });
        var chosenRow = new Div(chosenService, changeService);
        chosenRow.addClassName("kiosk-ask-chosen-row");
        questionTitle.addClassName("kiosk-group-title");
        var questionList = new Div();
        questionList.addClassName("kiosk-ask-questions");
        int number = 1;
        for (Question each : consulting.questions()) {
            var button = new Button();
            button.setId("ask-question-" + number++);
            button.addClassName("kiosk-ask-question");
            var label = new Span();
            label.addClassName("kiosk-ask-question-label");
            var other = new Span();
            other.addClassName("kiosk-ask-question-other");
            button.getElement().appendChild(label.getElement(), other.getElement());
            // Greyed out in the browser at the first tap: an impatient second tap never asks twice.
            button.setDisableOnClick(true);
            button.addClickListener(click -> ask(each));
            questionButtons.put(each, button);
            questionLabels.put(each, new Span[] {label, other});
            questionList.add(button);
        }
        choosingQuestion.setId("ask-questions");
        choosingQuestion.add(chosenRow, questionTitle, questionList);

        // 3. The conversation.
        askedService.setId("ask-asked-service");
        askedService.addClassName("kiosk-ask-asked-service");
        askedQuestion.setId("ask-asked-question");
        askedQuestion.addClassName("kiosk-ask-asked-question");
        asked.addClassName("kiosk-ask-asked");
        asked.add(askedService, askedQuestion);
        position.setId("ask-position");
        position.addClassName("kiosk-ask-position");
        position.getElement().setAttribute("aria-live", "polite");
        messages.setId("ask-messages");
        messages.addClassName("kiosk-ask-messages");
        messages.getElement().setAttribute("aria-live", "polite");
        var conversation = new Div(asked, position, messages);
        conversation.addClassName("kiosk-ask-conversation");
        qr.setId("ask-qr");
        qr.addClassName("kiosk-ask-qr");
        qrHint.setId("ask-qr-hint");
        qrHint.addClassName("kiosk-ask-qr-hint");
        qrHintOther.addClassNames("kiosk-ask-qr-hint", "kiosk-other-language");
        print.setId("ask-print");
        print.addClassName("kiosk-secondary");
        // One slip per conversation: greyed out at the first tap and never enabled again.
        print.setDisableOnClick(true);
        print.addClickListener(click -> print());
        printed.setId("ask-printed");
        printed.addClassName("kiosk-ask-printed");
        done.setId("ask-done");
        done.addClassName("kiosk-primary");
        done.addClickListener(click -> visits.end(click.getSource().getUI().orElseThrow()));
        var actions = new Div(print, done);
        actions.addClassName("kiosk-ask-actions");
        var phone = new Div(qr, qrHint, qrHintOther, actions, printed);
        phone.addClassName("kiosk-ask-phone");
        following.setId("ask-following");
        following.addClassName("kiosk-ask-following");
        following.add(conversation, phone);

        add(top, status, retry, choosingService, choosingQuestion, following);
        ticker.whileAttached(this, this::onBeat);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        step = Step.SERVICE;
        service = null;
        question = null;
        consultation = null;
        shownMessages = List.of();
        problem = null;
        sending = false;
        loadServices();
    }

    private void loadServices() {
        try {
            services = directory.services();
            problem = services.isEmpty() ? Sentence.problem("ask.no-services") : null;
        } catch (QueueUnavailableException e) {
            log.warn("Cannot list the services to ask about in hall {}: {}", directory.hallCode(), e.getMessage());
            services = List.of();
            problem = Sentence.problem("ask.unavailable");
        } catch (QueueApiException | HallNotFoundException e) {
            log.error("The kiosk cannot list the services of hall {}: {}", directory.hallCode(), e.getMessage());
            services = List.of();
            problem = Sentence.problem("home.misconfigured");
        }
        buildServiceButtons();
        render();
    }

    private void buildServiceButtons() {
        serviceButtons.removeAll();
        serviceLabels.clear();
        for (ServiceView each : services) {
            var button = new Button();
            button.setId("ask-service-" + each.code());
            button.addClassName("kiosk-ask-service");
            var label = new Span();
            label.addClassName("kiosk-ask-service-label");
            var other = new Span();
            other.addClassName("kiosk-ask-service-other");
            button.getElement().appendChild(label.getElement(), other.getElement());
            button.addClickListener(click -> {
                service = each;
                step = Step.QUESTION;
                problem = null;
                render();
            });
            serviceLabels.put(each, new Span[] {label, other});
            serviceButtons.add(button);
        }
    }

    /** The visitor tapped {@code chosen}: open the consultation, unless one is being opened or is open. */
    private void ask(Question chosen) {
        ServiceView about = service;
        if (step != Step.QUESTION || sending || about == null) {
            // A second tap that reached the server before the browser greyed the button out.
            return;
        }
        sending = true;
        try {
            ConsultationView opened = consulting.ask(about.code(), chosen);
            question = chosen;
            consultation = opened;
            shownMessages = List.of();
            step = Step.FOLLOW;
            problem = null;
            qr.setSrc(qrDataUrl(opened.link()));
            printable = consulting.canPrint();
            printResult = null;
            nextPoll.restart();
            followLimit.restart();
        } catch (QueueApiException refusal) {
            log.info("Question about service {} refused: {}", about.code(), refusal.code());
            problem = TRY_LATER.contains(refusal.code()) ? Sentence.problem("ask.try-later")
                    : Refusals.sentenceOf(refusal);
        } catch (QueueUnavailableException e) {
            log.warn("Cannot ask about service {}: {}", about.code(), e.getMessage());
            problem = Sentence.problem("ask.unavailable");
        } finally {
            sending = false;
        }
        render();
    }

    private void print() {
        ConsultationView shown = consultation;
        Question sent = question;
        if (step != Step.FOLLOW || shown == null || sent == null || printResult != null) {
            return;
        }
        printResult = consulting.print(shown, sent, getLocale()) instanceof PrintResult.Printed;
        render();
    }

    /** {@code link} as a QR code image in a {@code data:} URL. */
    static String qrDataUrl(String link) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(QrCodes.png(link, QR_SIZE));
    }

    private void onBeat() {
        ConsultationView shown = consultation;
        if (step != Step.FOLLOW || shown == null) {
            return;
        }
        if (followLimit.expired()) {
            log.debug("Consultation {} shown for {}; the phone takes over", shown.id(), FOLLOW_AT_MOST);
            getUI().ifPresent(visits::end);
            return;
        }
        if (polling || !nextPoll.expired()) {
            return;
        }
        UI ui = getUI().orElse(null);
        if (ui == null) {
            return;
        }
        polling = true;
        nextPoll.restart();
        String id = shown.id();
        // Off the UI's lock: a slow queue-service must not freeze the screen's buttons.
        Thread.ofVirtual().name("ask-poll").start(() -> {
            ConsultationView read = null;
            try {
                read = consulting.follow(id);
            } catch (QueueApiException refusal) {
                log.info("Consultation {} cannot be read: {}", id, refusal.code());
            } catch (QueueUnavailableException e) {
                log.warn("Cannot read consultation {}: {}", id, e.getMessage());
            }
            ConsultationView result = read;
            ui.access(() -> {
                polling = false;
                ConsultationView current = consultation;
                if (result != null && step == Step.FOLLOW && current != null && current.id().equals(result.id())) {
                    consultation = result;
                    render();
                }
            });
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ask.title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    /** The text of {@code key} in the visitor's language and in the other one. */
    private String[] both(String key, Object... params) {
        return KioskLanguages.both(this, getLocale(), key, params);
    }

    private String bothJoined(String key, Object... params) {
        return String.join(" · ", both(key, params));
    }

    private void render() {
        Locale locale = getLocale();
        Locale other = KioskLanguages.other(locale);
        back.setText(getTranslation("action.back"));
        title.setText(bothJoined("ask.title"));

        Sentence shownProblem = problem;
        status.setVisible(shownProblem != null);
        if (shownProblem != null) {
            String[] text = both(shownProblem.key(), shownProblem.params());
            statusText.setText(text[0]);
            statusOther.setText(text[1]);
        }
        retry.setText(getTranslation("action.retry"));
        retry.setVisible(step == Step.SERVICE && services.isEmpty());

        choosingService.setVisible(step == Step.SERVICE && !services.isEmpty());
        serviceTitle.setText(bothJoined("ask.choose-service"));
        serviceLabels.forEach((each, labels) -> {
            labels[0].setText(each.name().in(locale));
            labels[1].setText(each.name().in(other));
        });

        ServiceView about = service;
        choosingQuestion.setVisible(step == Step.QUESTION && about != null);
        chosenService.setText(about == null ? "" : about.name().in(locale) + " · " + about.name().in(other));
        changeService.setText(bothJoined("ask.change-service"));
        changeService.setEnabled(!sending);
        questionTitle.setText(bothJoined("ask.choose-question"));
        questionLabels.forEach((each, labels) -> {
            labels[0].setText(each.text().in(locale));
            labels[1].setText(each.text().in(other));
        });
        questionButtons.values().forEach(button -> button.setEnabled(!sending && step == Step.QUESTION));

        renderConversation(locale, other);
    }

    private void renderConversation(Locale locale, Locale other) {
        ConsultationView shown = consultation;
        Question sent = question;
        following.setVisible(step == Step.FOLLOW && shown != null);
        if (shown == null || sent == null) {
            return;
        }
        askedService.setText(shown.serviceName().in(locale) + " · " + shown.serviceName().in(other));
        askedQuestion.setText(sent.text().in(locale) + " " + sent.text().in(other));
        position.setText(switch (shown.status()) {
            case WAITING -> shown.position() == null || shown.position() == 0 ? bothJoined("ask.next")
                    : bothJoined("ask.position", shown.position());
            case ACTIVE -> shown.staff() == null ? bothJoined("ask.answering-someone")
                    : bothJoined("ask.answering", shown.staff().name(), shown.staff().badge());
            case CLOSED -> bothJoined("ask.closed");
        });
        position.getElement().getClassList().set("kiosk-ask-active", shown.status() == ConsultationView.Status.ACTIVE);
        List<Message> conversation = withoutTheQuestion(shown.messages(), sent);
        if (!conversation.equals(shownMessages)) {
            shownMessages = conversation;
            messages.removeAll();
            messageWho.clear();
            conversation.forEach(message -> messages.add(messageBox(message)));
        }
        relabelMessages();
        messages.setVisible(!conversation.isEmpty());
        String[] hint = both("ask.scan");
        qrHint.setText(hint[0]);
        qrHintOther.setText(hint[1]);
        qr.setAlt(hint[0]);
        print.setText(bothJoined("ask.print"));
        print.setVisible(printable);
        print.setEnabled(printResult == null);
        Boolean result = printResult;
        printed.setVisible(result != null);
        printed.setText(result == null ? "" : bothJoined(result ? "ask.printed" : "ask.print-failed"));
        printed.getElement().getClassList().set("kiosk-ask-print-failed", Boolean.FALSE.equals(result));
        done.setText(bothJoined("action.done"));
    }

    /** The conversation without its opening message, which is the question already shown above it. */
    private static List<Message> withoutTheQuestion(List<Message> all, Question sent) {
        List<Message> rest = new ArrayList<>(all);
        if (!rest.isEmpty() && rest.getFirst().author() == Author.VISITOR
                && rest.getFirst().text().strip().equals(sent.asSent())) {
            rest.removeFirst();
        }
        return List.copyOf(rest);
    }

    /** One message; its text is set as text, so whatever staff typed shows literally, never as markup. */
    private Div messageBox(Message message) {
        var who = new Span();
        who.addClassName("kiosk-ask-message-who");
        var text = new Paragraph();
        text.addClassName("kiosk-ask-message-text");
        text.setText(message.text());
        var box = new Div(who, text);
        box.setId("ask-message-" + message.id());
        box.addClassNames("kiosk-ask-message", "kiosk-ask-message-" + message.author().name().toLowerCase(Locale.ROOT));
        messageWho.add(who);
        return box;
    }

    /** Writes who said each message in the visitor's language (after a language switch, too). */
    private void relabelMessages() {
        for (int i = 0; i < shownMessages.size() && i < messageWho.size(); i++) {
            Message message = shownMessages.get(i);
            String name = message.name();
            messageWho.get(i).setText(switch (message.author()) {
                case STAFF -> name == null || name.isBlank() ? getTranslation("ask.staff") : name;
                case VISITOR -> getTranslation("ask.you");
                case SYSTEM -> getTranslation("ask.hall");
            });
        }
    }
}
