package org.openhall.kiosk.checkin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.CheckInView;
import org.openhall.kiosk.ticket.Refusals;

/**
 * What a check-in refers to, for the visitor to confirm: the matter, whether it is a pre-application
 * (with its pre-review status in words) or an appointment (with its time), and the masked name. When
 * check-in is open it offers "Get my ticket"; when not, it says why in a plain sentence and offers a
 * walk-in ticket for the same service (unless the visitor already has the ticket).
 */
class CheckInCard extends Div implements LocaleChangeObserver {

    private final CheckInView item;
    private final ZoneId zone;
    private final Div kind = new Div();
    private final Div matter = new Div();
    private final Div name = new Div();
    private final Div detail = new Div();
    private final Div reference = new Div();
    private final Paragraph refusal = new Paragraph();
    private final Button confirm = new Button();
    private final Button walkIn = new Button();

    /**
     * @param suffix   makes the ids unique when several cards are shown ({@code ""} for one)
     * @param onTicket what "Get my ticket" does with the item
     * @param onWalkIn what "Take a walk-in ticket" does with the item
     */
    CheckInCard(CheckInView item, ZoneId zone, String suffix, Consumer<CheckInView> onTicket,
            Consumer<CheckInView> onWalkIn) {
        this.item = item;
        this.zone = zone;
        setId("checkin-card" + suffix);
        addClassName("kiosk-card");
        kind.addClassName("kiosk-card-kind");
        matter.setId("checkin-matter" + suffix);
        matter.addClassName("kiosk-card-matter");
        name.setId("checkin-name" + suffix);
        name.addClassName("kiosk-card-fact");
        detail.setId("checkin-detail" + suffix);
        detail.addClassName("kiosk-card-fact");
        reference.addClassName("kiosk-card-reference");
        refusal.setId("checkin-refusal" + suffix);
        refusal.addClassName("kiosk-card-refusal");
        confirm.setId("checkin-confirm" + suffix);
        confirm.addClassName("kiosk-primary");
        // The browser greys the button out at the first tap; the screen ignores any tap that slips through.
        confirm.setDisableOnClick(true);
        confirm.addClickListener(click -> onTicket.accept(item));
        walkIn.setId("checkin-walk-in" + suffix);
        walkIn.addClassName("kiosk-primary");
        walkIn.setDisableOnClick(true);
        walkIn.addClickListener(click -> onWalkIn.accept(item));
        var actions = new Div(confirm, walkIn);
        actions.addClassName("kiosk-card-actions");
        add(kind, matter, name, detail, reference, refusal, actions);

        boolean open = item.checkInOpen();
        confirm.setVisible(open);
        refusal.setVisible(!open);
        walkIn.setVisible(!open && !"already-checked-in".equals(item.refusal()));
    }

    /** Enables or disables the card's ticket buttons (while a request is on its way). */
    void setActionsEnabled(boolean enabled) {
        confirm.setEnabled(enabled);
        walkIn.setEnabled(enabled);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        var locale = getLocale();
        boolean preApplication = "PRE_APPLICATION".equals(item.kind());
        kind.setText(getTranslation(preApplication ? "checkin.kind.pre-application" : "checkin.kind.appointment"));
        matter.setText(item.serviceName().in(locale));
        name.setText(getTranslation("checkin.name", item.maskedName()));
        reference.setText(getTranslation("checkin.reference", item.reference()));
        @Nullable String status = item.preReviewStatus();
        if (preApplication && status != null) {
            detail.setText(getTranslation("checkin.pre-review", getTranslation("checkin.pre-review." + status)));
        } else if (item.appointmentAt() != null) {
            var at = item.appointmentAt().atZone(zone);
            detail.setText(getTranslation("checkin.appointment-at",
                    DateTimeFormatter.ofPattern(getTranslation("checkin.time-pattern"), locale).format(at)));
        } else {
            detail.setText("");
        }
        detail.setVisible(!detail.getText().isEmpty());
        String code = item.refusal();
        refusal.setText(code == null ? getTranslation("refusal.not-open") : Refusals.sentenceOf(code).in(this));
        confirm.setText(getTranslation("checkin.confirm"));
        walkIn.setText(getTranslation("checkin.walk-in"));
    }

    CheckInView item() {
        return item;
    }
}
