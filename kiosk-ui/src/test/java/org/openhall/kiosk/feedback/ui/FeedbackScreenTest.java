package org.openhall.kiosk.feedback.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openhall.client.api.FeedbackRequest;
import org.openhall.kiosk.KioskViewTest;
import org.openhall.kiosk.device.KioskDeviceStatus;
import org.openhall.kiosk.device.KioskState;
import org.springframework.beans.factory.annotation.Autowired;

class FeedbackScreenTest extends KioskViewTest {

    @Autowired
    KioskDeviceStatus devices;

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

    private void sendAComplaint() {
        navigate(FeedbackScreen.class);
        tap("fb-kind-complaint");
        tap("fb-category-efficiency");
        write("等了很久，窗口一直没有叫号");
        tap("fb-submit");
    }

    @Test
    void printsAReceiptWhoseQrCodeIsTheTrackingNumberAndShowsItOnScreen() throws Exception {
        sendAComplaint();

        assertThat(textOf("fb-tracking")).isEqualTo("FK-20251126-0001");
        assertThat($(Image.class).id("fb-slip-image").getSrc()).isNotBlank();
        assertThat($(Image.class).id("fb-slip-image").getAlt()).hasValue("打印的受理回执");
        assertThat(isShown("fb-print-notice")).isFalse();
        assertThat(textOf("fb-done")).contains("请取走打印的回执");
        Path saved = Path.of("target", "printed-test", "feedback-FK-20251126-0001.png");
        assertThat(saved).exists();
        var image = ImageIO.read(Files.newInputStream(saved));
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        assertThat(new MultiFormatReader().decode(bitmap).getText()).isEqualTo("FK-20251126-0001");
    }

    @Test
    void aReceiptThatDoesNotPrintStillShowsTheTrackingNumberAndMarksTheKioskDegraded() {
        printer.jammed(true);

        sendAComplaint();

        assertThat(queue.feedbackCalls()).hasSize(1);
        assertThat(textOf("fb-tracking")).isEqualTo("FK-20251126-0001");
        assertThat(textOf("fb-print-notice")).startsWith("回执没有打印出来");
        assertThat($(Image.class).id("fb-qr").getSrc()).isNotBlank();
        assertThat(isShown("fb-slip-image")).isFalse();
        assertThat(devices.snapshot().state()).isEqualTo(KioskState.DEGRADED);
        assertThat(devices.snapshot().problems()).anySatisfy(p -> assertThat(p).contains("paper jam"));

        printer.jammed(false);
        assertThat(devices.snapshot().state()).isEqualTo(KioskState.READY);
    }

    @Test
    void theReceiptAndTheScreenFollowTheVisitorsLanguage() {
        navigate(FeedbackScreen.class);
        tap("language-switch");
        tap("fb-kind-suggestion");
        tap("fb-category-environment");
        write("More seats please");
        tap("fb-submit");

        assertThat(textOf("fb-done")).contains("Please take your printed receipt");
        assertThat($(Image.class).id("fb-slip-image").getAlt()).hasValue("The printed receipt");
    }
}
