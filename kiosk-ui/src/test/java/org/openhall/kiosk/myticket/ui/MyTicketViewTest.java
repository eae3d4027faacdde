package org.openhall.kiosk.myticket.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import org.junit.jupiter.api.Test;
import org.openhall.kiosk.shell.KioskLayout;
import org.openhall.client.api.IssueTicketRequest;
import org.openhall.client.api.TicketView;
import org.openhall.kiosk.FakeQueueApi;
import org.openhall.kiosk.KioskViewTest;
import org.openhall.kiosk.scan.CodeScans;
import org.openhall.kiosk.scan.ScanSource;
import org.springframework.beans.factory.annotation.Autowired;

class MyTicketViewTest extends KioskViewTest {

    @Autowired
    CodeScans scans;

    private TicketView aTicket() {
        return queue.issueTicket(FakeQueueApi.HALL, IssueTicketRequest.walkIn("social-insurance"), "key-1");
    }

    private void typeNumber(String number) {
        for (char c : number.toCharArray()) {
            tap("my-key-" + c);
        }
    }

    @Test
    void aTypedNumberShowsTheStatusPeopleAheadAndEstimatedWait() {
        aTicket();
        navigate(MyTicketView.class);

        typeNumber("B001");
        assertThat(textOf("my-entry")).isEqualTo("B001");
        tap("my-submit");

        assertThat(textOf("my-number")).isEqualTo("B001");
        assertThat(textOf("my-service")).isEqualTo("社会保险参保登记");
        assertThat(textOf("my-state")).isEqualTo("等候中");
        assertThat(textOf("my-ahead")).isEqualTo("前面还有 3 人");
        assertThat(textOf("my-wait")).isEqualTo("预计等候约 12 分钟");
        assertThat(isShown("my-window")).isFalse();
    }

    @Test
    void aCalledTicketShowsItsWindow() {
        aTicket();
        queue.call("B001", 5);
        navigate(MyTicketView.class);
        tap("language-switch");

        typeNumber("B001");
        tap("my-submit");

        assertThat(textOf("my-state")).isEqualTo("Called: please go to the window now");
        assertThat(textOf("my-window")).isEqualTo("Window 5");
        assertThat(isShown("my-ahead")).isFalse();
    }

    @Test
    void anUnknownNumberIsSaidPlainly() {
        navigate(MyTicketView.class);

        typeNumber("A123");
        tap("my-submit");

        assertThat(textOf("my-status")).isEqualTo("今天没有这个号码，请核对小票上的号码。");
        assertThat(isShown("my-result")).isFalse();
    }

    @Test
    void scanningTheTicketsQrCodeShowsIt() throws InterruptedException {
        TicketView ticket = aTicket();
        navigate(MyTicketView.class);

        Thread.ofVirtual().start(() -> scans.deliver(ticket.statusUrl(), ScanSource.KEYBOARD_WEDGE)).join();

        awaitUi(() -> assertThat(textOf("my-number")).isEqualTo("B001"));
    }

    @Test
    void aKeyboardWedgeScannerTypingTheTicketsQrCodeShowsIt() {
        TicketView ticket = aTicket();
        navigate(MyTicketView.class);

        double at = 1000;
        for (char c : ticket.statusUrl().toCharArray()) {
            keyDown(String.valueOf(c), at += 4);
        }
        keyDown("Enter", at + 4);

        awaitUi(() -> assertThat(textOf("my-number")).isEqualTo("B001"));
    }

    @Test
    void slowTypingOnAKeyboardIsNotTakenForAScan() {
        TicketView ticket = aTicket();
        navigate(MyTicketView.class);

        double at = 1000;
        for (char c : ticket.statusUrl().toCharArray()) {
            keyDown(String.valueOf(c), at += 300);
        }
        keyDown("Enter", at + 300);
        runUiTasks();

        assertThat(isShown("my-result")).isFalse();
    }

    private void keyDown(String key, double timeStamp) {
        var layout = $(KioskLayout.class).single();
        var data = JacksonUtils.createObjectNode();
        data.put("event.key", key);
        data.put("event.timeStamp", timeStamp);
        // The browser evaluates the listener's filter and sends its result along (not typed into a field).
        data.put("!(event.target instanceof HTMLInputElement) && !(event.target instanceof HTMLTextAreaElement)",
                true);
        layout.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(layout.getElement(), "keydown", data));
    }

    @Test
    void anotherLookUpStartsOver() {
        aTicket();
        navigate(MyTicketView.class);
        typeNumber("B001");
        tap("my-submit");

        tap("my-another");

        assertThat(isShown("my-result")).isFalse();
        assertThat(textOf("my-entry")).isEmpty();
    }

    @Test
    void saysPlainlyWhenQueueServiceIsUnreachable() {
        queue.unreachable(true);
        navigate(MyTicketView.class);
        typeNumber("B001");

        tap("my-submit");

        assertThat(textOf("my-status")).isEqualTo("暂时无法查询，请稍候或咨询工作人员");
    }
}
