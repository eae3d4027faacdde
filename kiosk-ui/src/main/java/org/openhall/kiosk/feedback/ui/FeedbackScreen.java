package org.openhall.kiosk.feedback.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openhall.kiosk.shell.ScreenTop;
import org.openhall.client.QueueApiException;
import org.openhall.client.QueueUnavailableException;
import org.openhall.kiosk.feedback.FeedbackDesk;
import org.openhall.kiosk.feedback.FeedbackDesk.Category;
import org.openhall.kiosk.feedback.FeedbackDesk.Kind;
import org.openhall.kiosk.feedback.FeedbackDesk.Recorded;
import org.openhall.kiosk.printer.PrintResult;
import org.openhall.kiosk.printer.QrCodes;
import org.openhall.kiosk.shell.KioskLayout;
import org.openhall.kiosk.shell.KioskRoutes;
import org.openhall.kiosk.shell.Sentence;
import org.openhall.kiosk.shell.StatusLine;
import org.openhall.kiosk.shell.Visits;
import org.openhall.kiosk.ticket.Refusals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A complaint or a suggestion: its kind, what it is about, the text and an optional contact for the
 * answer. Once recorded, the tracking number is shown large beside the receipt as printed (its image,
 * from the simulated printer). When the receipt did not print, the screen says so and shows the
 * tracking number's QR code itself, so the visitor can note or photograph it.
 */
@Route(value = KioskRoutes.FEEDBACK, layout = KioskLayout.class)
public class FeedbackScreen extends Div implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(FeedbackScreen.class);

    private static final int SCREEN_QR_SIZE = 240;

    private final FeedbackDesk desk;

    private final Button back = new Button();
    private final H1 title = new H1();
    private final StatusLine status = new StatusLine("fb-status");
    private final Div form = new Div();
    private final H2 kindTitle = new H2();
    private final H2 categoryTitle = new H2();
    private final Map<Kind, Button> kinds = new EnumMap<>(Kind.class);
    private final Map<Category, Button> categories = new EnumMap<>(Category.class);
    private final TextArea text = new TextArea();
    private final TextField contact = new TextField();
    private final Button submit = new Button();
    private final Div done = new Div();
    private final Paragraph doneLabel = new Paragraph();
    private final Div tracking = new Div();
    private final Paragraph doneHint = new Paragraph();
    private final Paragraph printNotice = new Paragraph();
    private final Div slip = new Div();
    private final Button finish = new Button();

    private @Nullable Kind kind;
    private @Nullable Category category;
    private @Nullable Recorded recorded;

    public FeedbackScreen(FeedbackDesk desk, Visits visits) {
        this.desk = desk;
        addClassName("kiosk-feedback-screen");

        var top = ScreenTop.of(back, title, visits);

        var kindRow = new Div();
        kindRow.addClassName("kiosk-choices");
        for (Kind each : Kind.values()) {
            var button = new Button("", click -> {
                kind = each;
                render();
            });
            button.setId("fb-kind-" + each.name().toLowerCase());
            button.addClassName("kiosk-choice");
            kinds.put(each, button);
            kindRow.add(button);
        }
        var categoryRow = new Div();
        categoryRow.addClassName("kiosk-choices");
        for (Category each : Category.values()) {
            var button = new Button("", click -> {
                category = each;
                render();
            });
            button.setId("fb-category-" + each.name().toLowerCase());
            button.addClassName("kiosk-choice");
            categories.put(each, button);
            categoryRow.add(button);
        }
        text.setId("fb-text");
        text.addClassName("kiosk-feedback-text");
        text.setMaxLength(FeedbackDesk.MAX_TEXT);
        contact.setId("fb-contact");
        contact.addClassName("kiosk-feedback-contact");
        contact.setMaxLength(100);
        submit.setId("fb-submit");
        submit.addClassName("kiosk-primary");
        // Greyed out at the first tap, so that an impatient second tap never sends the message twice.
        submit.setDisableOnClick(true);
        submit.addClickListener(click -> submit());
        kindTitle.addClassName("kiosk-group-title");
        categoryTitle.addClassName("kiosk-group-title");
        form.addClassName("kiosk-feedback-form");
        form.add(kindTitle, kindRow, categoryTitle, categoryRow, text, contact, submit);

        done.setId("fb-done");
        done.addClassName("kiosk-feedback-done");
        tracking.setId("fb-tracking");
        tracking.addClassName("kiosk-tracking");
        finish.setId("fb-finish");
        finish.addClassName("kiosk-primary");
        finish.addClickListener(click -> visits.end(click.getSource().getUI().orElseThrow()));
        printNotice.setId("fb-print-notice");
        printNotice.addClassName("kiosk-print-notice");
        printNotice.getElement().setAttribute("role", "alert");
        slip.setId("fb-slip");
        slip.addClassName("kiosk-slip");
        var facts = new Div(doneLabel, tracking, doneHint, printNotice, finish);
        facts.addClassName("kiosk-feedback-facts");
        done.add(facts, slip);

        add(top, status, form, done);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        kind = null;
        category = null;
        recorded = null;
        slip.removeAll();
        text.clear();
        contact.clear();
        status.show(null);
        render();
    }

    private void submit() {
        try {
            send();
        } finally {
            submit.setEnabled(true);
        }
    }

    private void send() {
        Kind chosenKind = kind;
        Category chosenCategory = category;
        if (chosenKind == null) {
            status.show(Sentence.problem("fb.need-kind"));
            return;
        }
        if (chosenCategory == null) {
            status.show(Sentence.problem("fb.need-category"));
            return;
        }
        if (text.getValue().isBlank()) {
            status.show(Sentence.problem("fb.need-text"));
            return;
        }
        try {
            Recorded now = desk.submit(chosenKind, chosenCategory, text.getValue(), contact.getValue(), getLocale());
            recorded = now;
            showSlip(now);
            status.show(null);
            text.clear();
            contact.clear();
        } catch (QueueApiException refusal) {
            status.show(Refusals.sentenceOf(refusal));
        } catch (QueueUnavailableException e) {
            log.warn("Cannot record feedback: {}", e.getMessage());
            status.show(Sentence.problem("fb.unavailable"));
        }
        render();
    }

    /** The receipt as printed, or the tracking number's QR code when there is no image of it. */
    private void showSlip(Recorded now) {
        slip.removeAll();
        Image image = switch (now.print()) {
            case PrintResult.Printed(PrintResult.SlipImage preview) when preview != null ->
                new Image(preview.png(), "");
            default -> new Image(QrCodes.png(now.feedback().trackingNumber(), SCREEN_QR_SIZE), "");
        };
        boolean printedImage = now.print() instanceof PrintResult.Printed p && p.preview() != null;
        image.setId(printedImage ? "fb-slip-image" : "fb-qr");
        image.addClassName(printedImage ? "slip-image" : "status-qr");
        slip.add(image);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("fb.title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private void render() {
        back.setText(getTranslation("action.back"));
        title.setText(getTranslation("fb.title"));
        kindTitle.setText(getTranslation("fb.kind"));
        categoryTitle.setText(getTranslation("fb.category"));
        kinds.forEach((each, button) -> {
            button.setText(getTranslation("fb.kind." + each.name().toLowerCase()));
            button.getElement().getClassList().set("kiosk-selected", each == kind);
            button.getElement().setAttribute("aria-pressed", String.valueOf(each == kind));
        });
        categories.forEach((each, button) -> {
            button.setText(getTranslation("fb.category." + each.name().toLowerCase()));
            button.getElement().getClassList().set("kiosk-selected", each == category);
            button.getElement().setAttribute("aria-pressed", String.valueOf(each == category));
        });
        text.setLabel(getTranslation("fb.text"));
        text.setPlaceholder(getTranslation("fb.text.placeholder"));
        contact.setLabel(getTranslation("fb.contact"));
        contact.setPlaceholder(getTranslation("fb.contact.placeholder"));
        submit.setText(getTranslation("fb.submit"));
        Recorded shown = recorded;
        form.setVisible(shown == null);
        done.setVisible(shown != null);
        if (shown != null) {
            boolean printed = shown.print() instanceof PrintResult.Printed;
            doneLabel.setText(getTranslation("fb.done"));
            tracking.setText(shown.feedback().trackingNumber());
            doneHint.setText(getTranslation(printed ? "fb.done.hint.printed" : "fb.done.hint"));
            printNotice.setVisible(!printed);
            printNotice.setText(getTranslation("fb.print-failed"));
            slip.getChildren().filter(Image.class::isInstance).map(Image.class::cast).forEach(image -> image.setAlt(
                    getTranslation(image.getId().orElse("").equals("fb-slip-image") ? "fb.slip-alt" : "fb.qr-alt")));
            finish.setText(getTranslation("action.done"));
        }
    }
}
