package org.openhall.kiosk.checkin.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openhall.kiosk.shell.ScreenTop;
import org.openhall.client.QueueApiException;
import org.openhall.client.QueueUnavailableException;
import org.openhall.client.api.CheckInView;
import org.openhall.kiosk.checkin.CheckingIn;
import org.openhall.kiosk.hall.HallDirectory;
import org.openhall.kiosk.myticket.TicketQr;
import org.openhall.kiosk.scan.CameraScanner;
import org.openhall.kiosk.scan.CodeKind;
import org.openhall.kiosk.scan.CodeScans;
import org.openhall.kiosk.scan.InvalidPayloadException;
import org.openhall.kiosk.scan.PayloadParser;
import org.openhall.kiosk.scan.ScanSource;
import org.openhall.kiosk.scan.ScannedCode;
import org.openhall.kiosk.shell.KioskLayout;
import org.openhall.kiosk.shell.KioskRoutes;
import org.openhall.kiosk.shell.Sentence;
import org.openhall.kiosk.shell.StatusLine;
import org.openhall.kiosk.shell.Visits;
import org.openhall.kiosk.ticket.Refusals;
import org.openhall.kiosk.ticket.TicketTaking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Checking in with the QR code of a pre-application or an appointment from the hall's online portal.
 * The code is read by the camera, by any scanner ({@link CodeScans}), or typed into the field (a
 * keyboard-wedge scanner types there and ends with Enter). The kiosk shows what the code refers to and,
 * on "Get my ticket", checks it in; when the code cannot be checked in now it says why and offers a
 * walk-in ticket for the same service. A ticket's own QR code leads to "My ticket".
 */
@Route(value = KioskRoutes.SCAN, layout = KioskLayout.class)
public class ScanView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ScanView.class);

    private final CheckingIn checkingIn;
    private final TicketTaking taking;
    private final HallDirectory directory;
    private final CodeScans scans;

    private final Button back = new Button();
    private final H1 title = new H1();
    private final Paragraph instructions = new Paragraph();
    private final Div camera = new Div();
    private final TextField input = new TextField();
    private final StatusLine status = new StatusLine("scan-status");
    private final CheckInPanel panel;
    private @Nullable Registration scanning;

    public ScanView(CheckingIn checkingIn, TicketTaking taking, HallDirectory directory, CodeScans scans,
            ObjectProvider<CameraScanner> cameras, Visits visits) {
        this.checkingIn = checkingIn;
        this.taking = taking;
        this.directory = directory;
        this.scans = scans;
        this.panel = new CheckInPanel("checkin-cards", status);
        addClassName("kiosk-scan-screen");

        panel.alsoWhileRunning(back::setEnabled);
        var top = ScreenTop.of(back, title, visits);

        instructions.setId("scan-instructions");
        instructions.addClassName("kiosk-instructions");
        camera.setId("scan-camera");
        camera.addClassName("kiosk-camera");
        CameraScanner scanner = cameras.getIfAvailable();
        if (scanner != null) {
            camera.add(scanner.newView());
        } else {
            camera.setVisible(false);
        }
        input.setId("scan-input");
        input.addClassName("kiosk-scan-input");
        input.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        input.setAutofocus(true);
        input.setMaxLength(PayloadParser.MAX_LENGTH);
        input.addValueChangeListener(change -> {
            if (change.isFromClient() && !change.getValue().isBlank()) {
                typed(change.getValue().strip());
            }
        });

        var reader = new Div(instructions, camera, input);
        reader.addClassName("kiosk-scan-reader");
        var body = new Div(reader, panel);
        body.addClassName("kiosk-scan-body");
        add(top, status, body);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        scanning = scans.onScan(code -> ui.access(() -> handle(code)));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (scanning != null) {
            scanning.remove();
            scanning = null;
        }
    }

    /** The field got a whole code (Enter, or the field lost focus). */
    private void typed(String text) {
        input.clear();
        CodeKind kind;
        try {
            kind = PayloadParser.parse(text);
        } catch (InvalidPayloadException e) {
            log.info("A code typed or scanned into the field was refused: {}", e.getMessage());
            status.show(Sentence.problem("scan.unreadable"));
            return;
        }
        handle(new ScannedCode(text, ScanSource.SCREEN, kind));
    }

    /** Acts on a code, unless a ticket is being issued (a code then would swap the card under the visitor). */
    void handle(ScannedCode code) {
        if (panel.running()) {
            return;
        }
        switch (code.kind()) {
            case CHECK_IN_QR -> lookUp(code.text());
            case TICKET_QR -> getUI().ifPresent(ui -> ui.navigate(KioskRoutes.MY_TICKET + "/"
                    + TicketQr.ticketId(code.text())));
            case ID_BARCODE -> status.show(Sentence.problem("scan.id-card"));
            case UNKNOWN -> status.show(Sentence.problem("scan.unknown"));
        }
    }

    private void lookUp(String payload) {
        panel.clear();
        try {
            CheckInView found = checkingIn.lookUp(payload);
            // The card says why when it cannot be checked in now.
            status.show(null);
            panel.show(List.of(found), directory.zone(),
                    (item, key) -> taking.checkIn(payload, key, getLocale()),
                    (item, key) -> taking.take(item.service(), key, getLocale()));
        } catch (QueueApiException refusal) {
            status.show(Refusals.sentenceOf(refusal));
        } catch (QueueUnavailableException e) {
            log.warn("Cannot look up a check-in code: {}", e.getMessage());
            status.show(Sentence.problem("take.unavailable"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scan.title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        back.setText(getTranslation("action.back"));
        title.setText(getTranslation("scan.title"));
        instructions.setText(getTranslation("scan.instructions"));
        input.setLabel(getTranslation("scan.input"));
        input.setPlaceholder(getTranslation("scan.input.placeholder"));
    }
}
