package org.openhall.kiosk.ticket.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import java.time.Clock;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openhall.client.QueueApiException;
import org.openhall.client.QueueUnavailableException;
import org.openhall.client.api.TicketView;
import org.openhall.kiosk.KioskProperties;
import org.openhall.kiosk.printer.PrintResult;
import org.openhall.kiosk.printer.QrCodes;
import org.openhall.kiosk.printer.TicketRenderer;
import org.openhall.kiosk.shell.Countdown;
import org.openhall.kiosk.shell.KioskLayout;
import org.openhall.kiosk.shell.KioskRoutes;
import org.openhall.kiosk.shell.SecondTicker;
import org.openhall.kiosk.shell.Visits;
import org.openhall.kiosk.ticket.IssuedTicket;
import org.openhall.kiosk.ticket.TicketTaking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The visitor's ticket: the number large, the service, people ahead, the estimated wait and the slip
 * as printed. When the slip did not print, the screen says so and shows the status QR code itself, so
 * the visitor can photograph it. The kiosk goes home after {@code openhall.kiosk.ticket-screen-time},
 * counting down visibly, or at once on "Done".
 */
@Route(value = KioskRoutes.TICKET, layout = KioskLayout.class)
public class TicketScreen extends Div implements HasUrlParameter<String>, LocaleChangeObserver, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(TicketScreen.class);

    private static final int SCREEN_QR_SIZE = 320;

    private final TicketTaking taking;
    private final Countdown countdown;

    private final Span numberLabel = new Span();
    private final Div number = new Div();
    private final Div service = new Div();
    private final Div ahead = new Div();
    private final Div waitEstimate = new Div();
    private final Paragraph watch = new Paragraph();
    private final Paragraph printNotice = new Paragraph();
    private final Div slip = new Div();
    private final Span countdownText = new Span();
    private final Button done = new Button();

    private @Nullable TicketView ticket;
    private @Nullable PrintResult print;

    public TicketScreen(TicketTaking taking, Visits visits, SecondTicker ticker, Clock clock,
            KioskProperties properties) {
        this.taking = taking;
        this.countdown = new Countdown(clock, properties.kiosk().ticketScreenTime());
        addClassName("kiosk-ticket-screen");

        numberLabel.addClassName("kiosk-ticket-label");
        number.setId("ticket-number");
        number.addClassName("kiosk-ticket-number");
        service.setId("ticket-service");
        service.addClassName("kiosk-ticket-service");
        ahead.setId("ticket-ahead");
        ahead.addClassName("kiosk-ticket-fact");
        waitEstimate.setId("ticket-wait");
        waitEstimate.addClassName("kiosk-ticket-fact");
        watch.addClassName("kiosk-ticket-watch");
        printNotice.setId("print-notice");
        printNotice.addClassName("kiosk-print-notice");
        printNotice.getElement().setAttribute("role", "alert");
        slip.setId("ticket-slip");
        slip.addClassName("kiosk-slip");

        countdownText.setId("ticket-countdown");
        countdownText.addClassName("kiosk-countdown");
        done.setId("ticket-done");
        done.addClassName("kiosk-primary");
        done.addClickListener(click -> visits.end(click.getSource().getUI().orElseThrow()));

        var facts = new Div(numberLabel, number, service, ahead, waitEstimate, watch, printNotice);
        facts.addClassName("kiosk-ticket-facts");
        var body = new Div(facts, slip);
        body.addClassName("kiosk-ticket-body");
        var bottom = new Div(countdownText, done);
        bottom.addClassName("kiosk-ticket-bottom");
        add(body, bottom);

        addAttachListener(attach -> countdown.restart());
        ticker.whileAttached(this, () -> {
            if (countdown.expired()) {
                getUI().ifPresent(visits::end);
            } else {
                renderCountdown();
            }
        });
    }

    @Override
    public void setParameter(BeforeEvent event, String ticketId) {
        UI ui = event.getUI();
        IssuedTicket issued = ComponentUtil.getData(ui, IssuedTicket.class);
        if (issued != null && issued.ticket().id().equals(ticketId)) {
            show(issued.ticket(), issued.print());
            return;
        }
        // Not issued on this page (a reload): show the ticket as queue-service knows it, without a slip.
        try {
            show(taking.ticket(ticketId), null);
        } catch (QueueApiException | QueueUnavailableException e) {
            log.warn("Cannot show ticket {}: {}", ticketId, e.getMessage());
            event.forwardTo(KioskRoutes.HOME);
        }
    }

    private void show(TicketView ticket, @Nullable PrintResult print) {
        this.ticket = ticket;
        this.print = print;
        slip.removeAll();
        Image image = switch (print) {
            case PrintResult.Printed(PrintResult.SlipImage preview) when preview != null ->
                new Image(preview.png(), "");
            case null, default -> new Image(QrCodes.png(ticket.statusUrl(), SCREEN_QR_SIZE), "");
        };
        image.setId(print instanceof PrintResult.Printed p && p.preview() != null ? "slip-image" : "status-qr");
        image.addClassName(image.getId().orElseThrow());
        slip.add(image);
        render();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ticket.title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        countdown.restart();
        render();
    }

    private void render() {
        TicketView shown = ticket;
        if (shown == null) {
            return;
        }
        Locale locale = getLocale();
        numberLabel.setText(getTranslation("ticket.your-number"));
        number.setText(shown.number());
        service.setText(shown.serviceName().in(locale));

        Integer position = shown.position();
        ahead.setVisible(position != null);
        if (position != null) {
            ahead.setText(getTranslation("ticket.people-ahead", position));
        }
        waitEstimate.setVisible(shown.estimatedWait() != null);
        if (shown.estimatedWait() != null) {
            waitEstimate.setText(getTranslation("ticket.estimated-wait",
                    TicketRenderer.minutesRoundedUp(shown.estimatedWait())));
        }
        watch.setText(getTranslation("ticket.watch"));

        printNotice.setVisible(print instanceof PrintResult.Failed);
        printNotice.setText(getTranslation("ticket.print-failed"));
        slip.getChildren().filter(Image.class::isInstance).map(Image.class::cast).forEach(image -> image.setAlt(
                getTranslation(image.getId().orElse("").equals("slip-image") ? "ticket.slip-alt" : "ticket.qr-alt",
                        shown.number())));
        done.setText(getTranslation("action.done"));
        renderCountdown();
    }

    private void renderCountdown() {
        countdownText.setText(getTranslation("ticket.countdown", countdown.secondsLeft()));
    }
}
