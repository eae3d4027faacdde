package org.openhall.kiosk.myticket.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.openhall.kiosk.shell.ScreenTop;
import org.openhall.client.QueueApiException;
import org.openhall.client.QueueUnavailableException;
import org.openhall.client.api.TicketView;
import org.openhall.kiosk.myticket.TicketEntry;
import org.openhall.kiosk.myticket.TicketQr;
import org.openhall.kiosk.printer.TicketRenderer;
import org.openhall.kiosk.scan.CodeKind;
import org.openhall.kiosk.scan.CodeScans;
import org.openhall.kiosk.shell.Keypad;
import org.openhall.kiosk.shell.KioskLayout;
import org.openhall.kiosk.shell.KioskRoutes;
import org.openhall.kiosk.shell.Sentence;
import org.openhall.kiosk.shell.StatusLine;
import org.openhall.kiosk.shell.Visits;
import org.openhall.kiosk.ticket.Refusals;
import org.openhall.kiosk.ticket.TicketTaking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a visitor's ticket stands: they type its number on a keypad (a row of the hall's ticket letters,
 * then digits) or scan the QR code printed on it, and see its status, the people ahead, the estimated
 * wait and, once called, the window to go to.
 */
@Route(value = KioskRoutes.MY_TICKET, layout = KioskLayout.class)
public class MyTicketView extends Div implements HasUrlParameter<String>, LocaleChangeObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(MyTicketView.class);

    private final TicketTaking taking;
    private final CodeScans scans;

    private final Button back = new Button();
    private final H1 title = new H1();
    private final Paragraph instructions = new Paragraph();
    private final Div entryShown = new Div();
    private final Keypad keypad;
    private final Button submit = new Button();
    private final StatusLine status = new StatusLine("my-status");
    private final Div result = new Div();
    private final Div number = new Div();
    private final Div service = new Div();
    private final Div state = new Div();
    private final Div ahead = new Div();
    private final Div waitEstimate = new Div();
    private final Div window = new Div();
    private final Button another = new Button();
    private final Div typing = new Div();

    private final StringBuilder entry = new StringBuilder();
    private @Nullable TicketView shown;
    private @Nullable Registration scanning;

    public MyTicketView(TicketTaking taking, CodeScans scans, Visits visits) {
        this.taking = taking;
        this.scans = scans;
        addClassName("kiosk-my-screen");

        var top = ScreenTop.of(back, title, visits);

        instructions.addClassName("kiosk-instructions");
        entryShown.setId("my-entry");
        entryShown.addClassName("kiosk-entry");
        keypad = new Keypad("my", TicketEntry.KEYPAD_ROWS, press -> {
            Keypad.apply(press, entry, TicketEntry.MAX_LENGTH);
            status.show(null);
            renderEntry();
        });
        keypad.addClassName("kiosk-keypad-wide");
        submit.setId("my-submit");
        submit.addClassName("kiosk-primary");
        submit.addClickListener(click -> lookUp(() -> taking.ticketByNumber(entry.toString())));
        var entryBox = new Div(entryShown);
        entryBox.addClassName("kiosk-entry-box");
        typing.add(instructions, entryBox, keypad, submit);
        typing.addClassName("kiosk-my-typing");

        result.setId("my-result");
        result.addClassName("kiosk-my-result");
        number.setId("my-number");
        number.addClassName("kiosk-ticket-number");
        service.setId("my-service");
        service.addClassName("kiosk-ticket-service");
        state.setId("my-state");
        state.addClassName("kiosk-ticket-fact");
        ahead.setId("my-ahead");
        ahead.addClassName("kiosk-ticket-fact");
        waitEstimate.setId("my-wait");
        waitEstimate.addClassName("kiosk-ticket-fact");
        window.setId("my-window");
        window.addClassNames("kiosk-ticket-fact", "kiosk-my-window");
        another.setId("my-another");
        another.addClassName("kiosk-secondary");
        another.addClickListener(click -> {
            shown = null;
            entry.setLength(0);
            render();
        });
        result.add(number, service, state, window, ahead, waitEstimate, another);

        add(top, status, typing, result);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String ticketId) {
        shown = null;
        entry.setLength(0);
        if (ticketId != null && !ticketId.isBlank()) {
            lookUp(() -> taking.ticket(ticketId));
        } else {
            render();
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        UI ui = attach.getUI();
        scanning = scans.onScan(code -> {
            if (code.kind() == CodeKind.TICKET_QR) {
                String id = TicketQr.ticketId(code.text());
                ui.access(() -> lookUp(() -> taking.ticket(id)));
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

    private void lookUp(Supplier<TicketView> find) {
        try {
            shown = find.get();
            status.show(null);
        } catch (QueueApiException refusal) {
            shown = null;
            status.show(Refusals.sentenceOf(refusal));
        } catch (QueueUnavailableException e) {
            log.warn("Cannot look up a ticket: {}", e.getMessage());
            shown = null;
            status.show(Sentence.problem("my.unavailable"));
        }
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my.title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private void renderEntry() {
        entryShown.setText(entry.toString());
        submit.setEnabled(TicketEntry.complete(entry));
    }

    private void render() {
        back.setText(getTranslation("action.back"));
        title.setText(getTranslation("my.title"));
        instructions.setText(getTranslation("my.instructions"));
        submit.setText(getTranslation("my.submit"));
        another.setText(getTranslation("my.another"));
        renderEntry();
        TicketView ticket = shown;
        typing.setVisible(ticket == null);
        result.setVisible(ticket != null);
        if (ticket == null) {
            return;
        }
        number.setText(ticket.number());
        service.setText(ticket.serviceName().in(getLocale()));
        state.setText(getTranslation("my.status." + ticket.status().name()));
        boolean waiting = ticket.status().isWaiting();
        Integer position = ticket.position();
        ahead.setVisible(waiting && position != null);
        if (position != null) {
            ahead.setText(getTranslation("ticket.people-ahead", position));
        }
        waitEstimate.setVisible(waiting && ticket.estimatedWait() != null);
        if (ticket.estimatedWait() != null) {
            waitEstimate.setText(getTranslation("ticket.estimated-wait",
                    TicketRenderer.minutesRoundedUp(ticket.estimatedWait())));
        }
        Integer windowNumber = ticket.windowNumber();
        window.setVisible(ticket.status().isAtWindow() && windowNumber != null);
        if (windowNumber != null) {
            window.setText(getTranslation("my.window", windowNumber));
        }
    }
}
