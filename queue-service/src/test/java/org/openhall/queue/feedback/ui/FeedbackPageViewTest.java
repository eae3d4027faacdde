package org.openhall.queue.feedback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.openhall.client.api.FeedbackView;
import org.openhall.queue.feedback.FeedbackDesk;
import org.openhall.queue.support.TestHalls;
import org.openhall.queue.support.TestSupportConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** A visitor complains on the web page, gets a tracking number, and follows it up there. */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestSupportConfiguration.class)
class FeedbackPageViewTest extends SpringBrowserlessTest {

    @Autowired
    TestHalls halls;

    @Autowired
    FeedbackDesk desk;

    @Autowired
    JdbcClient jdbc;

    private String text(String id) {
        return $(Component.class).id(id).getElement().getTextRecursively();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aComplaintSentOnTheWebGetsATrackingNumberTheVisitorCanLookUpThere() {
        String hall = halls.create("A");
        navigate("feedback/" + hall, FeedbackPageView.class);

        $(RadioButtonGroup.class).id("feedback-kind").setValue("COMPLAINT");
        $(TextArea.class).id("feedback-text").setValue("<script>alert(1)</script> 叫号屏没有声音，等了很久");
        $(TextField.class).id("feedback-contact").setValue("13800138000");
        test($(Button.class).id("feedback-send")).click();

        String tracking = text("feedback-tracking");
        assertThat(tracking).startsWith("FK-");
        FeedbackView saved = desk.find(tracking);
        assertThat(saved.hall()).isEqualTo(hall);
        assertThat(saved.kind()).isEqualTo("COMPLAINT");
        assertThat(jdbc.sql("SELECT text FROM feedback WHERE tracking_number = ?").param(tracking).query(String.class)
                .single()).as("stored as typed, shown only as text").startsWith("<script>");
        assertThat($(Component.class).withId("feedback-send").exists()).as("sent once; the form is gone").isFalse();

        $(TextField.class).id("feedback-lookup").setValue(tracking.toLowerCase());
        test($(Button.class).id("feedback-find")).click();
        assertThat(text("feedback-status")).contains(tracking, "已收到 · Received");

        $(TextField.class).id("feedback-lookup").setValue("FK-19990101-0001");
        test($(Button.class).id("feedback-find")).click();
        assertThat(text("feedback-status")).contains("No such tracking number");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEmptyComplaintIsRefusedAndNothingIsStored() {
        String hall = halls.create("A");
        int before = jdbc.sql("SELECT COUNT(*) FROM feedback WHERE hall_code = ?").param(hall).query(Integer.class).single();
        navigate("feedback/" + hall, FeedbackPageView.class);

        $(TextArea.class).id("feedback-text").setValue("   ");
        test($(Button.class).id("feedback-send")).click();

        assertThat(text("feedback-problem")).contains("请写下内容");
        assertThat($(Button.class).id("feedback-send").isEnabled()).as("the visitor may try again").isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM feedback WHERE hall_code = ?").param(hall).query(Integer.class).single())
                .isEqualTo(before);
    }
}
