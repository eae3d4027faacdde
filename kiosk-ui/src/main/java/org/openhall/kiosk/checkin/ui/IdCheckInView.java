package org.openhall.kiosk.checkin.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openhall.kiosk.shell.ScreenTop;
import org.openhall.client.QueueApiException;
import org.openhall.client.QueueUnavailableException;
import org.openhall.client.api.PersonToday;
import org.openhall.client.api.ResidentId;
import org.openhall.client.api.ServiceView;
import org.openhall.kiosk.checkin.CheckingIn;
import org.openhall.kiosk.hall.HallDirectory;
import org.openhall.kiosk.scan.AamvaId;
import org.openhall.kiosk.scan.CameraScanner;
import org.openhall.kiosk.scan.CodeKind;
import org.openhall.kiosk.scan.CodeScans;
import org.openhall.kiosk.scan.ScannedCode;
import org.openhall.kiosk.shell.Keypad;
import org.openhall.kiosk.shell.KioskLayout;
import org.openhall.kiosk.shell.KioskRoutes;
import org.openhall.kiosk.shell.Sentence;
import org.openhall.kiosk.shell.StatusLine;
import org.openhall.kiosk.shell.Visits;
import org.openhall.kiosk.ticket.Refusals;
import org.openhall.kiosk.ticket.TicketAttempt;
import org.openhall.kiosk.ticket.TicketTaking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Checking in by resident ID number: typed on a big keypad (digits, X, delete, clear) or read from the
 * ID card's barcode. The GB 11643 check character is validated before anything is sent. The kiosk then
 * lists the person's pre-applications and appointments for today to get a ticket for, or, when there
 * are none, the services to take a walk-in ticket bound to that ID. The number is shown masked only,
 * and forgotten when the visitor leaves the screen.
 */
@Route(value = KioskRoutes.ID, layout = KioskLayout.class)
public class IdCheckInView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(IdCheckInView.class);

    static final int LENGTH = 18;

    private final CheckingIn checkingIn;
    private final TicketTaking taking;
    private final HallDirectory directory;
    private final CodeScans scans;

    private final Button back = new Button();
    private final H1 title = new H1();
    private final Paragraph instructions = new Paragraph();
    private final Div entryShown = new Div();
    private final Div entryCount = new Div();
    private final Keypad keypad;
    private final Button submit = new Button();
    private final Button again = new Button();
    private final StatusLine status = new StatusLine("id-status");
    private final Div typing = new Div();
    private final Div found = new Div();
    private final Div person = new Div();
    private final CheckInPanel panel;
    private final H2 servicesTitle = new H2();
    private final Div services = new Div();
    private final List<Button> serviceButtons = new ArrayList<>();
    private final TicketAttempt walkIn = new TicketAttempt();

    /** The number being typed; never shown whole, emptied when the visitor leaves. */
    private final StringBuilder entry = new StringBuilder(LENGTH);
    private @Nullable ResidentId id;
    private @Nullable String maskedId;
    private @Nullable Registration scanning;

    public IdCheckInView(CheckingIn checkingIn, TicketTaking taking, HallDirectory directory, CodeScans scans,
            ObjectProvider<CameraScanner> cameras, Visits visits) {
        this.checkingIn = checkingIn;
        this.taking = taking;
        this.directory = directory;
        this.scans = scans;
        this.panel = new CheckInPanel("id-cards", status);
        addClassName("kiosk-id-screen");

        panel.alsoWhileRunning(back::setEnabled);
        var top = ScreenTop.of(back, title, visits);

        instructions.addClassName("kiosk-instructions");
        entryShown.setId("id-entry");
        entryShown.addClassName("kiosk-entry");
        entryCount.setId("id-entry-count");
        entryCount.addClassName("kiosk-entry-count");
        keypad = new Keypad("id", List.of("123", "456", "789", "X0"), press -> {
            Keypad.apply(press, entry, LENGTH);
            status.show(null);
            renderEntry();
        });
        submit.setId("id-submit");
        submit.addClassName("kiosk-primary");
        submit.addClickListener(click -> submit());
        typing.addClassName("kiosk-id-typing");
        var display = new Div(entryShown, entryCount);
        display.addClassName("kiosk-entry-box");
        typing.add(instructions, display, keypad, submit);
        // The camera reads the PDF417 barcode on the back of an ID card, as a scanner would.
        CameraScanner scanner = cameras.getIfAvailable();
        if (scanner != null) {
            var camera = new Div(scanner.newView());
            camera.setId("id-camera");
            camera.addClassNames("kiosk-camera", "kiosk-camera-small");
            typing.add(camera);
        }

        person.setId("id-person");
        person.addClassName("kiosk-id-person");
        again.setId("id-again");
        again.addClassName("kiosk-secondary");
        again.addClickListener(click -> startOver());
        servicesTitle.addClassName("kiosk-group-title");
        services.setId("id-services");
        services.addClassName("kiosk-id-services");
        var personRow = new Div(person, again);
        personRow.addClassName("kiosk-id-person-row");
        found.add(personRow, panel, servicesTitle, services);
        found.setVisible(false);

        add(top, status, typing, found);
        renderEntry();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        scanning = scans.onScan(code -> ui.access(() -> scanned(code)));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (scanning != null) {
            scanning.remove();
            scanning = null;
        }
        forget();
    }

    /** An ID card's barcode fills in the number and looks it up; other codes are not for this screen. */
    private void scanned(ScannedCode code) {
        if (code.kind() != CodeKind.ID_BARCODE || busy()) {
            return;
        }
        code.aamvaId().map(AamvaId::documentNumber).ifPresent(number -> {
            startOver();
            entry.append(number.strip().toUpperCase(), 0, Math.min(LENGTH, number.strip().length()));
            renderEntry();
            submit();
        });
    }

    private boolean busy() {
        return panel.running() || walkIn.running();
    }

    private void submit() {
        if (entry.length() < LENGTH) {
            status.show(Sentence.problem("id.too-short", LENGTH));
            return;
        }
        String number = entry.toString();
        if (!ResidentId.isValid(number)) {
            // Refused here: a mistyped number never leaves the kiosk.
            status.show(Sentence.problem("id.invalid"));
            return;
        }
        ResidentId valid = new ResidentId(number);
        try {
            PersonToday today = checkingIn.person(valid);
            id = valid;
            maskedId = today.maskedId();
            entry.setLength(0);
            status.show(null);
            showFound(today);
        } catch (QueueApiException refusal) {
            status.show(Refusals.sentenceOf(refusal));
        } catch (QueueUnavailableException e) {
            log.warn("Cannot look up a person by ID: {}", e.getMessage());
            status.show(Sentence.problem("take.unavailable"));
        }
    }

    private void showFound(PersonToday today) {
        typing.setVisible(false);
        found.setVisible(true);
        ResidentId current = id;
        if (current == null) {
            return;
        }
        // An item found by ID comes with a signed payload: checking it in keeps the pre-application or
        // appointment (and its priority); without one it gets a ticket for its service bound to the person.
        panel.show(today.items(), directory.zone(),
                (item, key) -> item.payload() != null
                        ? taking.checkIn(item.payload(), key, getLocale())
                        : taking.takeForPerson(item.service(), current.value(), key, getLocale()),
                (item, key) -> taking.takeForPerson(item.service(), current.value(), key, getLocale()));
        services.removeAll();
        serviceButtons.clear();
        boolean none = today.items().isEmpty();
        servicesTitle.setVisible(none);
        services.setVisible(none);
        if (none) {
            try {
                for (ServiceView service : directory.services()) {
                    var button = new Button();
                    button.setId("id-service-" + service.code());
                    button.addClassName("kiosk-tile");
                    button.setDisableOnClick(true);
                    ComponentUtil.setData(button, ServiceView.class, service);
                    button.addClickListener(click -> takeWalkIn(service));
                    serviceButtons.add(button);
                    services.add(button);
                }
            } catch (QueueApiException | QueueUnavailableException e) {
                log.warn("Cannot list services for a walk-in ticket by ID: {}", e.getMessage());
                status.show(Sentence.problem("take.unavailable"));
            }
        }
        render();
    }

    private void takeWalkIn(ServiceView service) {
        ResidentId current = id;
        if (current == null || panel.running()) {
            return;
        }
        UI ui = getUI().orElseThrow();
        boolean started = walkIn.start(ui, service.code(),
                key -> taking.takeForPerson(service.code(), current.value(), key, ui.getLocale()),
                status::show, this::renderBusy);
        if (started) {
            status.show(Sentence.info("take.requesting"));
        }
        renderBusy();
    }

    private void renderBusy() {
        boolean enabled = !busy();
        serviceButtons.forEach(b -> b.setEnabled(enabled));
        back.setEnabled(enabled);
        again.setEnabled(enabled);
    }

    private void startOver() {
        forget();
        status.show(null);
        typing.setVisible(true);
        found.setVisible(false);
        renderEntry();
    }

    /** Drops the number from the screen and from memory. */
    private void forget() {
        entry.setLength(0);
        id = null;
        maskedId = null;
        panel.clear();
        services.removeAll();
        serviceButtons.clear();
        person.setText("");
    }

    /** Whether the screen still holds any part of an ID number (for tests: it must not once left). */
    boolean remembersAnything() {
        return !entry.isEmpty() || id != null || maskedId != null;
    }

    /** How the number being typed shows: its middle ten characters hidden, as on a masked ID. */
    static String masked(CharSequence typed) {
        var shown = new StringBuilder(typed.length());
        for (int i = 0; i < typed.length(); i++) {
            shown.append(i >= 4 && i < 14 ? '*' : typed.charAt(i));
        }
        return shown.toString();
    }

    private void renderEntry() {
        entryShown.setText(entry.isEmpty() ? "" : masked(entry));
        entryCount.setText(getTranslation("id.count", entry.length(), LENGTH));
        submit.setEnabled(entry.length() == LENGTH);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("id.title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private void render() {
        var locale = getLocale();
        back.setText(getTranslation("action.back"));
        title.setText(getTranslation("id.title"));
        instructions.setText(getTranslation("id.instructions"));
        submit.setText(getTranslation("id.submit"));
        again.setText(getTranslation("id.again"));
        servicesTitle.setText(getTranslation("id.none-today"));
        String masked = maskedId;
        person.setText(masked == null ? "" : getTranslation("id.person", masked));
        for (Button button : serviceButtons) {
            ServiceView service = ComponentUtil.getData(button, ServiceView.class);
            if (service != null) {
                button.setText(service.prefix() + "  " + service.name().in(locale));
            }
        }
        renderEntry();
    }
}
