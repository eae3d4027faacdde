package org.openhall.kiosk.feedback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.openhall.client.api.FeedbackRequest;
import org.openhall.kiosk.KioskViewTest;

class FeedbackScreenTest extends KioskViewTest {

    private void write(String text) {
        test($(TextArea.class).id("fb-text")).setValue(text);
    }

    @Test
    void aComplaintIsRecordedAndItsTrackingNumberShownLarge() {
        navigate(FeedbackScreen.class);

        tap("fb-kind-complaint");
        tap("fb-category-efficiency");
        write("等了很久，窗口一直没有叫号");
        test($(TextField.class).id("fb-contact")).setValue("13800000000");
        tap("fb-submit");

        assertThat(textOf("fb-tracking")).isEqualTo("FK-20251126-0001");
        assertThat(textOf("fb-done")).contains("感谢您的意见");
        assertThat(queue.feedbackCalls()).singleElement().isEqualTo(new FeedbackRequest("COMPLAINT", "EFFICIENCY",
                "等了很久，窗口一直没有叫号", "13800000000", null));
    }

    @Test
    void theContactIsOptional() {
        navigate(FeedbackScreen.class);

        tap("fb-kind-suggestion");
        tap("fb-category-environment");
        write("Please add more seats");
        tap("fb-submit");

        assertThat(queue.feedbackCalls()).singleElement()
                .satisfies(call -> assertThat(call.contact()).isNull());
        assertThat(isShown("fb-tracking")).isTrue();
    }

    @Test
    void asksForWhatIsMissingWithoutSendingAnything() {
        navigate(FeedbackScreen.class);

        tap("fb-submit");
        assertThat(textOf("fb-status")).isEqualTo("请选择投诉或建议。");

        tap("fb-kind-complaint");
        tap("fb-submit");
        assertThat(textOf("fb-status")).isEqualTo("请选择涉及哪方面。");

        tap("fb-category-other");
        tap("fb-submit");
        assertThat(textOf("fb-status")).isEqualTo("请填写具体内容。");

        assertThat(queue.feedbackCalls()).isEmpty();
    }

    @Test
    void aRefusedMessageIsExplainedAndKept() {
        navigate(FeedbackScreen.class);
        tap("fb-kind-suggestion");
        tap("fb-category-process");
        write("x".repeat(1001));

        tap("fb-submit");

        assertThat(textOf("fb-status")).isEqualTo("您的意见未能提交，请检查内容后重试。");
        assertThat(isShown("fb-tracking")).isFalse();
        assertThat($(TextArea.class).id("fb-text").getValue()).hasSize(1001);
    }

    @Test
    void saysPlainlyWhenQueueServiceIsUnreachable() {
        queue.unreachable(true);
        navigate(FeedbackScreen.class);
        tap("fb-kind-suggestion");
        tap("fb-category-process");
        write("More signs please");

        tap("fb-submit");

        assertThat(textOf("fb-status")).isEqualTo("暂时无法提交，请稍后再试或咨询工作人员");
    }
}
