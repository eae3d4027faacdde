package org.openhall.kiosk.rating.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
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
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.openhall.client.QueueApiException;
import org.openhall.client.QueueUnavailableException;
import org.openhall.client.api.RatingView;
import org.openhall.client.api.TicketStatus;
import org.openhall.client.api.TicketView;
import org.openhall.kiosk.KioskProperties;
import org.openhall.kiosk.i18n.KioskLanguages;
import org.openhall.kiosk.myticket.TicketEntry;
import org.openhall.kiosk.myticket.TicketQr;
import org.openhall.kiosk.rating.VisitRating;
import org.openhall.kiosk.rating.VisitRating.Reason;
import org.openhall.kiosk.scan.CodeKind;
import org.openhall.kiosk.scan.CodeScans;
import org.openhall.kiosk.shell.Countdown;
import org.openhall.kiosk.shell.Keypad;
import org.openhall.kiosk.shell.KioskLayout;
import org.openhall.kiosk.shell.KioskRoutes;
import org.openhall.kiosk.shell.ScreenTop;
import org.openhall.kiosk.shell.SecondTicker;
import org.openhall.kiosk.shell.Sentence;
import org.openhall.kiosk.shell.Visits;
import org.openhall.kiosk.ticket.Refusals;
import org.openhall.kiosk.ticket.TicketTaking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rating a visit: the visitor scans the QR code on their ticket (or types its number, as for "my
 * ticket"), sees the ticket with its service, taps one of five faces, may pick reasons and, for a bad
 * review, leave a phone number on a keypad for the answer, and sends it. A thank-you follows (for a bad
 * review with the follow-up's tracking number, large), then home after {@code openhall.kiosk.ticket-screen-time}.
 *
 * <p>Every sentence shows in both languages, the visitor's first. The rating is sent at most once per
 * visit to this screen: a second tap, or a tap after a refusal, sends nothing. There is no free-text
 * comment: the kiosk has no on-screen text keyboard.
 */
@Route(value = KioskRoutes.RATE, layout = KioskLayout.class)
public class RateVisitScreen extends Div implements HasUrlParameter<String>, LocaleChangeObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(RateVisitScreen.class);

    /** Where the visitor is in rating. */
    private enum Step {
        /** Finding the ticket. */
        FIND,
        /** The ticket found and ratable: faces, reasons, phone. */
        RATE,
        /** The ticket found but it cannot be rated (or the rating was refused): only the reason shows. */
        REFUSED,
        /** Rated: the thank-you. */
        THANKED
    }

    private final TicketTaking taking;
    private final VisitRating rating;
    private final CodeScans scans;
    private final Visits visits;
    private final Countdown countdown;

    private final Button back = new Button();
    private final H1 title = new H1();
    private final Div status = new Div();
    private final Paragraph statusText = new Paragraph();
    private final Paragraph statusOther = new Paragraph();

    private final Div finding = new Div();
    private final Paragraph instructions = new Paragraph();
    private final Paragraph instructionsOther = new Paragraph();
    private final Div entryShown = new Div();
    private final Button find = new Button();

    private final Div form = new Div();
    private final Div ticketLine = new Div();
    private final Div choosing = new Div();
    private final H2 question = new H2();
    private final Map<Integer, Button> faces = new LinkedHashMap<>();
    private final Map<Integer, Span[]> faceLabels = new LinkedHashMap<>();
    private final H2 reasonsTitle = new H2();
    private final Map<Reason, Button> reasonChips = new EnumMap<>(Reason.class);
    private final Div phoneBox = new Div();
    private final Paragraph phoneLabel = new Paragraph();
    private final Div phoneShown = new Div();
    private final Button submit = new Button();
    private final Button another = new Button();

    private final Div done = new Div();
    private final Paragraph thanks = new Paragraph();
    private final Div followUpBox = new Div();
    private final Paragraph followUpText = new Paragraph();
    private final Div followUp = new Div();
    private final Span countdownText = new Span();
    private final Button finish = new Button();

    private final StringBuilder entry = new StringBuilder();
    private final StringBuilder phone = new StringBuilder();
    private final Set<Reason> reasons = EnumSet.noneOf(Reason.class);
    private Step step = Step.FIND;
    private @Nullable TicketView ticket;
    private @Nullable Integer level;
    private @Nullable Sentence problem;
    private @Nullable RatingView rated;
    private boolean sending;
    private @Nullable Registration scanning;

    public RateVisitScreen(TicketTaking taking, VisitRating rating, CodeScans scans, Visits visits,
            SecondTicker ticker, Clock clock, KioskProperties properties) {
        this.taking = taking;
        this.rating = rating;
        this.scans = scans;
        this.visits = visits;
        this.countdown = new Countdown(clock, properties.kiosk().ticketScreenTime());
        addClassName("kiosk-rate-screen");

        var top = ScreenTop.of(back, title, visits);

        status.setId("rate-status");
        status.addClassNames("kiosk-status", "kiosk-status-problem");
        status.getElement().setAttribute("role", "alert");
        statusOther.addClassName("kiosk-other-language");
        status.add(statusText, statusOther);

        // Finding the ticket: the same keypad and rules as "my ticket".
        instructions.addClassName("kiosk-instructions");
        instructionsOther.addClassNames("kiosk-instructions", "kiosk-other-language");
        entryShown.setId("rate-entry");
        entryShown.addClassName("kiosk-entry");
        var keypad = new Keypad("rate", TicketEntry.KEYPAD_ROWS, press -> {
            Keypad.apply(press, entry, TicketEntry.MAX_LENGTH);
            problem = null;
            render();
        });
        keypad.addClassName("kiosk-keypad-wide");
        find.setId("rate-find");
        find.addClassName("kiosk-primary");
        find.addClickListener(click -> lookUp(() -> taking.ticketByNumber(entry.toString())));
        var entryBox = new Div(entryShown);
        entryBox.addClassName("kiosk-entry-box");
        finding.setId("rate-finding");
        finding.addClassName("kiosk-my-typing");
        finding.add(instructions, instructionsOther, entryBox, keypad, find);

        // Rating it.
        ticketLine.setId("rate-ticket");
        ticketLine.addClassName("kiosk-rate-ticket");
        question.addClassName("kiosk-group-title");
        var faceRow = new Div();
        faceRow.addClassName("kiosk-faces");
        for (int each : VisitRating.LEVELS) {
            var face = new Button();
            face.setId("rate-level-" + each);
            face.addClassName("kiosk-face");
            var image = new Image(Faces.dataUrl(each), "");
            image.addClassName("kiosk-face-image");
            var label = new Span();
            label.addClassName("kiosk-face-label");
            var other = new Span();
            other.addClassName("kiosk-face-other");
            face.getElement().appendChild(image.getElement(), label.getElement(), other.getElement());
            face.addClickListener(click -> {
                level = each;
                render();
            });
            faces.put(each, face);
            faceLabels.put(each, new Span[] {label, other});
            faceRow.add(face);
        }
        reasonsTitle.addClassName("kiosk-group-title");
        var chips = new Div();
        chips.addClassName("kiosk-choices");
        for (Reason each : Reason.values()) {
            var chip = new Button("", click -> {
                if (!reasons.remove(each)) {
                    reasons.add(each);
                }
                render();
            });
            chip.setId("rate-reason-" + each.name().toLowerCase(Locale.ROOT));
            chip.addClassName("kiosk-choice");
            reasonChips.put(each, chip);
            chips.add(chip);
        }
        phoneLabel.addClassName("kiosk-rate-phone-label");
        phoneShown.setId("rate-phone-entry");
        phoneShown.addClassName("kiosk-entry");
        var phoneEntry = new Div(phoneShown);
        phoneEntry.addClassName("kiosk-entry-box");
        var phoneKeypad = new Keypad("rate-phone", List.of("123", "456", "789", "0"), press -> {
            Keypad.apply(press, phone, VisitRating.MAX_PHONE);
            render();
        });
        phoneBox.setId("rate-phone-box");
        phoneBox.addClassName("kiosk-rate-phone");
        phoneBox.add(phoneLabel, phoneEntry, phoneKeypad);
        submit.setId("rate-submit");
        submit.addClassName("kiosk-primary");
        // Greyed out at the first tap, so that an impatient second tap never sends the rating twice.
        submit.setDisableOnClick(true);
        submit.addClickListener(click -> submit());
        choosing.addClassName("kiosk-rate-choosing");
        var main = new Div(question, faceRow, reasonsTitle, chips);
        main.addClassName("kiosk-rate-main");
        choosing.add(main, phoneBox, submit);
        another.setId("rate-another");
        another.addClassName("kiosk-secondary");
        another.addClickListener(click -> startOver());
        var ticketRow = new Div(ticketLine, another);
        ticketRow.addClassName("kiosk-rate-ticket-row");
        form.setId("rate-form");
        form.addClassName("kiosk-rate-form");
        form.add(ticketRow, choosing);

        // Thanked.
        thanks.setId("rate-thanks");
        thanks.addClassName("kiosk-rate-thanks");
        followUpText.addClassName("kiosk-rate-follow-up-text");
        followUp.setId("rate-follow-up");
        followUp.addClassName("kiosk-tracking");
        followUpBox.setId("rate-follow-up-box");
        followUpBox.addClassName("kiosk-rate-follow-up");
        followUpBox.add(followUpText, followUp);
        countdownText.setId("rate-countdown");
        countdownText.addClassName("kiosk-countdown");
        finish.setId("rate-finish");
        finish.addClassName("kiosk-primary");
        finish.addClickListener(click -> visits.end(click.getSource().getUI().orElseThrow()));
        done.setId("rate-done");
        done.addClassName("kiosk-rate-done");
        done.add(thanks, followUpBox, countdownText, finish);

        add(top, status, finding, form, done);

        ticker.whileAttached(this, () -> {
            if (step != Step.THANKED) {
                return;
            }
            if (countdown.expired()) {
                getUI().ifPresent(visits::end);
            } else {
                renderCountdown();
            }
        });
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String ticketId) {
        startOver();
        if (ticketId != null && !ticketId.isBlank()) {
            lookUp(() -> taking.ticket(ticketId));
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        // The same scans and QR reading as "my ticket": the code printed on a ticket is its status URL.
        scanning = scans.onScan(code -> {
            if (code.kind() == CodeKind.TICKET_QR) {
                String id = TicketQr.ticketId(code.text());
                ui.access(() -> {
                    if (step != Step.THANKED && !sending) {
                        lookUp(() -> taking.ticket(id));
                    }
                });
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (scanning != null) {
            scanning.remove();
            scanning = null;
        }
    }

    private void startOver() {
        step = Step.FIND;
        ticket = null;
        rated = null;
        problem = null;
        entry.setLength(0);
        clearChoices();
        render();
    }

    private void clearChoices() {
        level = null;
        reasons.clear();
        phone.setLength(0);
    }

    private void lookUp(Supplier<TicketView> find) {
        clearChoices();
        try {
            TicketView found = find.get();
            ticket = found;
            if (found.status() == TicketStatus.DONE) {
                step = Step.RATE;
                problem = null;
            } else {
                // queue-service would refuse it too: say so before the visitor chooses anything.
                step = Step.REFUSED;
                problem = Refusals.sentenceOf("not-completed");
            }
        } catch (QueueApiException refusal) {
            ticket = null;
            step = Step.FIND;
            problem = Refusals.sentenceOf(refusal);
        } catch (QueueUnavailableException e) {
            log.warn("Cannot look up a ticket to rate: {}", e.getMessage());
            ticket = null;
            step = Step.FIND;
            problem = Sentence.problem("rate.unavailable");
        }
        render();
    }

    private void submit() {
        try {
            send();
        } finally {
            submit.setEnabled(level != null);
        }
    }

    private void send() {
        TicketView shown = ticket;
        Integer chosen = level;
        if (step != Step.RATE || sending || shown == null || chosen == null) {
            return;
        }
        sending = true;
        try {
            rated = rating.rate(shown.id(), chosen, reasons, phone.toString());
            step = Step.THANKED;
            problem = null;
            countdown.restart();
        } catch (QueueApiException refusal) {
            log.info("Rating of ticket {} ({}) refused: {}", shown.number(), shown.id(), refusal.code());
            problem = Refusals.sentenceOf(refusal);
            // A rating that queue-service found invalid may be corrected; any other refusal is final.
            step = "invalid-rating".equals(refusal.code()) ? Step.RATE : Step.REFUSED;
        } catch (QueueUnavailableException e) {
            log.warn("Cannot send the rating of ticket {} ({}): {}", shown.number(), shown.id(), e.getMessage());
            problem = Sentence.problem("rate.unavailable");
        } finally {
            sending = false;
        }
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rate.title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    /** The text of {@code key} in the visitor's language and in the other one. */
    private String[] both(String key, Object... params) {
        return KioskLanguages.both(this, getLocale(), key, params);
    }

    private void render() {
        Locale locale = getLocale();
        Locale other = KioskLanguages.other(locale);
        back.setText(getTranslation("action.back"));
        title.setText(getTranslation("rate.title") + " · " + getTranslation(other, "rate.title"));

        Sentence shownProblem = problem;
        status.setVisible(shownProblem != null);
        if (shownProblem != null) {
            String[] text = both(shownProblem.key(), shownProblem.params());
            statusText.setText(text[0]);
            statusOther.setText(text[1]);
        }

        finding.setVisible(step == Step.FIND);
        String[] howTo = both("rate.instructions");
        instructions.setText(howTo[0]);
        instructionsOther.setText(howTo[1]);
        entryShown.setText(entry.toString());
        find.setText(String.join(" · ", both("rate.find")));
        find.setEnabled(TicketEntry.complete(entry));

        TicketView shown = ticket;
        form.setVisible((step == Step.RATE || step == Step.REFUSED) && shown != null);
        choosing.setVisible(step == Step.RATE);
        if (shown != null) {
            ticketLine.setText(shown.number() + " · " + shown.serviceName().in(locale) + " · "
                    + shown.serviceName().in(other));
        }
        question.setText(String.join(" · ", both("rate.question")));
        faces.forEach((each, face) -> {
            Span[] labels = faceLabels.get(each);
            labels[0].setText(getTranslation("rate.level." + each));
            labels[1].setText(getTranslation(other, "rate.level." + each));
            face.getElement().getClassList().set("kiosk-selected", level != null && level == each);
            face.getElement().setAttribute("aria-pressed", String.valueOf(level != null && level == each));
        });
        reasonsTitle.setText(String.join(" · ", both("rate.reasons")));
        reasonChips.forEach((each, chip) -> {
            chip.setText(String.join(" · ", both("rate.reason." + each.name())));
            chip.getElement().getClassList().set("kiosk-selected", reasons.contains(each));
            chip.getElement().setAttribute("aria-pressed", String.valueOf(reasons.contains(each)));
        });
        phoneBox.setVisible(level != null && VisitRating.isBad(level));
        phoneLabel.setText(String.join(" · ", both("rate.phone")));
        phoneShown.setText(phone.toString());
        submit.setText(String.join(" · ", both("rate.submit")));
        submit.setEnabled(level != null && !sending);
        another.setText(getTranslation("rate.another"));

        RatingView thanked = rated;
        done.setVisible(step == Step.THANKED && thanked != null);
        thanks.setText(String.join(" · ", both("rate.thanks")));
        String tracking = thanked == null ? null : thanked.followUp();
        followUpBox.setVisible(tracking != null);
        followUpText.setText(String.join(" · ", both("rate.follow-up")));
        followUp.setText(tracking == null ? "" : tracking);
        finish.setText(getTranslation("action.done"));
        renderCountdown();
    }

    private void renderCountdown() {
        countdownText.setText(getTranslation("ticket.countdown", countdown.secondsLeft()));
    }
}
