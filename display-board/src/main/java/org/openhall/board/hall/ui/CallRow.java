package org.openhall.board.hall.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.openhall.board.feed.Call;

/** One current call in full size: "A023 → 5号窗口 / Window 5". */
final class CallRow extends Div {

    static final String FRESH = "fresh";

    private final Span ticket = new Span();
    private final Span holder = new Span();
    private final boolean showNames;
    private final Span windowNumber = new Span();
    private final Span windowEn = new Span();
    private final Span noteZh = new Span();
    private final Span noteEn = new Span();

    CallRow(Call call, boolean showNames) {
        this.showNames = showNames;
        addClassName("call-row");
        ticket.addClassName("call-ticket");
        holder.addClassName("call-holder");
        holder.setVisible(false);
        Div who = new Div(ticket, holder);
        who.addClassName("call-who");
        Span arrow = new Span("→");
        arrow.addClassName("call-arrow");
        arrow.getElement().setAttribute("aria-hidden", "true");
        windowNumber.addClassName("call-window-number");
        Span windowZh = new Span("号窗口");
        windowZh.addClassName("zh");
        windowEn.addClassName("en");
        Div label = new Div(windowZh, windowEn);
        label.addClassName("call-window-label");
        Div window = new Div(windowNumber, label);
        window.addClassName("call-window");
        noteZh.addClassName("zh");
        noteEn.addClassName("en");
        Div note = new Div(noteZh, noteEn);
        note.addClassName("call-note");
        add(who, arrow, window, note);
        update(call, false);
    }

    /** Shows the call's current status; {@code fresh} highlights a call that was just made. */
    void update(Call call, boolean fresh) {
        ticket.setText(call.number());
        boolean named = showNames && call.holder() != null;
        holder.setText(named ? call.holder() : "");
        holder.setVisible(named);
        windowNumber.setText(Integer.toString(call.windowNumber()));
        windowEn.setText("Window " + call.windowNumber());
        if (call.serving()) {
            noteZh.setText("办理中");
            noteEn.setText("Serving");
        } else if (call.callCount() > 1) {
            noteZh.setText("第" + call.callCount() + "次呼叫");
            noteEn.setText("Call " + call.callCount());
        } else {
            noteZh.setText("请前往");
            noteEn.setText("Please proceed");
        }
        setClassName("serving", call.serving());
        setClassName(FRESH, fresh && !call.serving());
    }

    String ticket() {
        return ticket.getText();
    }

    /** The masked name shown under the number; empty when none is shown. */
    String holder() {
        return holder.isVisible() ? holder.getText() : "";
    }

    String windowNumber() {
        return windowNumber.getText();
    }

    boolean isFresh() {
        return hasClassName(FRESH);
    }
}
