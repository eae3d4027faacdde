package org.openhall.kiosk.consult.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.Image;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.time.Duration;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openhall.client.api.ConsultationRequest;
import org.openhall.client.api.ConsultationView;
import org.openhall.client.api.LocalizedText;
import org.openhall.kiosk.FakeQueueApi;
import org.openhall.kiosk.FakeQueueApi.ConsultationCall;
import org.openhall.kiosk.KioskTestConfiguration;
import org.openhall.kiosk.KioskViewTest;
import org.openhall.kiosk.printer.FeedbackSlip;
import org.openhall.kiosk.shell.HomeView;
import org.openhall.kiosk.shell.KioskLayout;

class AskScreenTest extends KioskViewTest {

    private static final String MATERIALS = "需要带哪些材料？ Which materials do I need?";

    private ConsultationView askedAboutCompanyRegistration() {
        navigate(HomeView.class);
        tap("path-ask");
        tap("ask-service-company-registration");
        tap("ask-question-1");
        assertThat(queue.consultations()).hasSize(1);
        return queue.consultations().getFirst();
    }

    /** One poll: the heartbeat after the poll interval, and the answer it fetched reaching the screen. */
    private void pollOnce() {
        passTime(AskScreen.POLL_EVERY);
    }

    @Test
    void theHomeTileLeadsToTheServicesAndThenTheCommonQuestionsInBothLanguages() {
        navigate(HomeView.class);
        assertThat(textOf("path-ask")).contains("咨询").contains("Ask a question");

        tap("path-ask");

        assertThat(getCurrentView()).isInstanceOf(AskScreen.class);
        assertThat(isShown("ask-services")).isTrue();
        assertThat(textOf("ask-service-company-registration")).contains("企业设立登记").contains("Company registration");
        assertThat(textOf("ask-service-social-insurance")).contains("社会保险参保登记");
        assertThat(isShown("ask-questions")).isFalse();

        tap("ask-service-social-insurance");

        assertThat(isShown("ask-services")).isFalse();
        assertThat(textOf("ask-chosen-service")).isEqualTo("社会保险参保登记 · Social insurance enrolment");
        assertThat(textOf("ask-question-1")).contains("需要带哪些材料？").contains("Which materials do I need?");
        assertThat(textOf("ask-question-2")).contains("可以委托他人办理吗？").contains("Can someone apply for me?");
        assertThat(textOf("ask-question-3")).contains("办理要多久？").contains("How long does it take?");
        assertThat(textOf("ask-question-4")).contains("需要交费吗？").contains("Is there a fee?");
        assertThat(textOf("ask-question-5")).contains("在哪个窗口办理？").contains("Which window handles it?");
        assertThat(queue.consultationCalls()).as("nothing asked before a question is tapped").isEmpty();
    }

    @Test
    void anotherServiceCanBeChosenBeforeAsking() {
        navigate(AskScreen.class);
        tap("ask-service-social-insurance");
        tap("ask-change-service");
        tap("ask-service-medical-reimbursement");
        tap("ask-question-4");

        assertThat(queue.consultationCalls()).singleElement().extracting(c -> c.request().service())
                .isEqualTo("medical-reimbursement");
    }

    @Test
    void aTappedQuestionOpensOneConsultationAboutTheChosenServiceFromTheKiosk() {
        ConsultationView opened = askedAboutCompanyRegistration();

        assertThat(queue.consultationCalls()).singleElement().isEqualTo(new ConsultationCall(FakeQueueApi.HALL,
                new ConsultationRequest("company-registration", MATERIALS, null, "KIOSK")));
        assertThat(isShown("ask-following")).isTrue();
        assertThat(isShown("ask-questions")).isFalse();
        assertThat(textOf("ask-asked-service")).isEqualTo("企业设立登记 · Company registration");
        assertThat(textOf("ask-asked-question")).isEqualTo(MATERIALS);
        assertThat(textOf("ask-position")).isEqualTo("前面还有 2 位 · 2 ahead of you");
        assertThat(textOf("ask-qr-hint")).isEqualTo("用手机扫码继续对话");
        assertThat(textOf("ask-following")).contains("Scan with your phone to follow the answer and write more");
        assertThat(isShown("ask-messages")).as("the question is not repeated as a message").isFalse();
        assertThat(opened.status()).isEqualTo(ConsultationView.Status.WAITING);
    }

    @Test
    void aDoubleTapOpensOneConsultation() {
        navigate(AskScreen.class);
        tap("ask-service-company-registration");

        var question = button("ask-question-3");
        var other = button("ask-question-2");
        // The second tap reaches the server before the browser greyed the button out.
        ComponentUtil.fireEvent(question, new ClickEvent<>(question));
        ComponentUtil.fireEvent(question, new ClickEvent<>(question));
        ComponentUtil.fireEvent(other, new ClickEvent<>(other));

        assertThat(queue.consultationCalls()).singleElement().extracting(c -> c.request().question())
                .isEqualTo("办理要多久？ How long does it take?");
    }

    @Test
    void theQrCodeCarriesTheConversationsLink() throws Exception {
        ConsultationView opened = askedAboutCompanyRegistration();

        String src = $(Image.class).id("ask-qr").getSrc();
        assertThat(src).startsWith("data:image/png;base64,");
        var image = ImageIO.read(new ByteArrayInputStream(
                Base64.getDecoder().decode(src.substring("data:image/png;base64,".length()))));
        assertThat(image.getWidth()).isGreaterThanOrEqualTo(400);
        var decoded = new QRCodeReader().decode(
                new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))));

        assertThat(decoded.getText()).isEqualTo(opened.link()).endsWith("/c/" + opened.id());
    }

    @Test
    void aStaffReplyAppearsAfterTheNextPoll() {
        ConsultationView opened = askedAboutCompanyRegistration();
        queue.staffReplies(opened.id(), "王芳", "A-017", "请带身份证和公司章程。Bring your ID and the articles.");

        passTime(Duration.ofSeconds(1));
        assertThat(queue.consultationReads()).as("not polled before 2 s").isEmpty();
        assertThat(isShown("ask-messages")).isFalse();

        passTime(Duration.ofSeconds(1));

        awaitUi(() -> assertThat(isShown("ask-messages")).isTrue());
        assertThat(textOf("ask-messages")).contains("王芳").contains("请带身份证和公司章程。Bring your ID and the articles.");
        assertThat(textOf("ask-position")).isEqualTo("王芳（工号 A-017）正在为您解答 · 王芳 (badge A-017) is answering");
        assertThat(queue.consultationReads()).containsExactly(opened.id());

        queue.staffReplies(opened.id(), "王芳", "A-017", "还需要营业场所证明。");
        pollOnce();
        awaitUi(() -> assertThat(textOf("ask-messages")).contains("还需要营业场所证明。"));
        assertThat(queue.consultationReads()).hasSize(2);
    }

    @Test
    void aReplyWithMarkupShowsAsLiteralText() {
        ConsultationView opened = askedAboutCompanyRegistration();
        queue.staffReplies(opened.id(), "王芳", "A-017", "<b>x</b><img src=x onerror=alert(1)>");

        pollOnce();

        awaitUi(() -> assertThat(isShown("ask-messages")).isTrue());
        var messages = $(com.vaadin.flow.component.Component.class).id("ask-messages").getElement();
        assertThat(messages.getTextRecursively()).contains("<b>x</b><img src=x onerror=alert(1)>");
        assertThat(messages.getOuterHTML()).doesNotContain("<b>").contains("&lt;b&gt;x&lt;/b&gt;");
    }

    @Test
    void whenQueueServiceIsDownTheQuestionIsNotLostSilently() {
        navigate(AskScreen.class);
        tap("ask-service-company-registration");
        queue.unreachable(true);

        tap("ask-question-1");

        assertThat(textOf("ask-status")).contains("暂时无法发送咨询，请稍候或咨询工作人员")
                .contains("Questions cannot be sent right now; please wait or ask staff");
        assertThat(isShown("ask-following")).isFalse();
        assertThat(button("ask-question-1").isEnabled()).as("may be tapped again").isTrue();

        queue.unreachable(false);
        tap("ask-question-1");
        assertThat(isShown("ask-following")).isTrue();
        assertThat(isShown("ask-status")).isFalse();
    }

    @Test
    void theServicesCannotBeListedWhileQueueServiceIsDown() {
        queue.unreachable(true);
        navigate(AskScreen.class);

        assertThat(textOf("ask-status")).contains("暂时无法发送咨询").contains("Questions cannot be sent right now");
        assertThat(isShown("ask-retry")).isTrue();

        queue.unreachable(false);
        tap("ask-retry");
        assertThat(isShown("ask-service-company-registration")).isTrue();
        assertThat(isShown("ask-status")).isFalse();
    }

    @Test
    void aRateLimitSaysToTryAgainInAMoment() {
        navigate(AskScreen.class);
        tap("ask-service-company-registration");
        queue.failNextConsultations(FakeQueueApi.tooFast("too-fast"), FakeQueueApi.tooFast("too-many-requests"));

        tap("ask-question-1");
        assertThat(textOf("ask-status")).contains("请稍后再试").contains("Please try again in a moment");

        tap("ask-question-1");
        assertThat(textOf("ask-status")).contains("请稍后再试").contains("Please try again in a moment");

        tap("ask-question-1");
        assertThat(isShown("ask-following")).isTrue();
        assertThat(queue.consultations()).hasSize(1);
    }

    @Test
    void doneGoesHomeAndLeavesTheConversationOpenForThePhone() {
        ConsultationView opened = askedAboutCompanyRegistration();

        tap("ask-done");

        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
        assertThat(queue.consultation(opened.id()).status()).isNotEqualTo(ConsultationView.Status.CLOSED);
    }

    @Test
    void anIdleKioskGoesHomeAndStopsPolling() {
        askedAboutCompanyRegistration();

        passTime(Duration.ofSeconds(60));
        runUiTasks();

        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
        int reads = queue.consultationReads().size();
        passTime(Duration.ofSeconds(4));
        assertThat(queue.consultationReads()).as("no polling once home").hasSize(reads);
    }

    @Test
    void evenAWatchedConversationHandsOverToThePhoneAfterThreeMinutes() {
        ConsultationView opened = askedAboutCompanyRegistration();
        var layout = $(KioskLayout.class).single();

        for (int second = 2; second < AskScreen.FOLLOW_AT_MOST.toSeconds(); second += 2) {
            layout.touched();
            passTime(Duration.ofSeconds(2));
            awaitUi(() -> assertThat(getCurrentView()).isInstanceOf(AskScreen.class));
        }
        assertThat(queue.consultationReads()).isNotEmpty().allMatch(opened.id()::equals);

        passTime(Duration.ofSeconds(2));
        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
    }

    @Test
    void theConversationFollowsALanguageSwitch() {
        ConsultationView opened = askedAboutCompanyRegistration();
        queue.staffReplies(opened.id(), "王芳", "A-017", "请带身份证。");
        pollOnce();
        awaitUi(() -> assertThat(isShown("ask-messages")).isTrue());

        tap("language-switch");

        assertThat(textOf("ask-position")).startsWith("王芳 (badge A-017) is answering");
        assertThat(textOf("ask-asked-question")).isEqualTo("Which materials do I need? 需要带哪些材料？");
        assertThat(textOf("ask-qr-hint")).isEqualTo("Scan with your phone to follow the answer and write more");
        assertThat(textOf("ask-done")).isEqualTo("Done · 完成");
    }

    @Test
    void theCodeCanBePrintedOnceAndThePrintedCodeCarriesTheLink() throws Exception {
        ConsultationView opened = askedAboutCompanyRegistration();
        Path slip = Path.of("target", "printed-test", "consultation-" + opened.id() + ".png");
        Files.deleteIfExists(slip);
        assertThat(textOf("ask-print")).isEqualTo("打印二维码 · Print the code");

        tap("ask-print");

        assertThat(textOf("ask-printed")).isEqualTo("已打印，请取走凭条 · Printed: please take the slip");
        assertThat(button("ask-print").isEnabled()).as("one slip per conversation").isFalse();
        assertThat(slip).exists();
        var printed = ImageIO.read(slip.toFile());
        var decoded = new QRCodeReader().decode(
                new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(printed))));
        assertThat(decoded.getText()).isEqualTo(opened.link());
    }

    @Test
    void aSlipThatDoesNotPrintSaysToUseThePhone() {
        askedAboutCompanyRegistration();
        printer.jammed(true);

        tap("ask-print");

        assertThat(textOf("ask-printed")).contains("凭条未能打印，请用手机扫码")
                .contains("please scan the code with your phone");
        assertThat(isShown("ask-qr")).isTrue();
    }

    @Test
    void printingIsNotOfferedWhenThePrintersLastSlipFailed() {
        printer.jammed(true);
        printer.print(new FeedbackSlip("FK-20251126-0001", "COMPLAINT", "ATTITUDE", KioskTestConfiguration.START,
                LocalizedText.of("市民服务中心", "Citizen Service Center"), ZoneId.of("Asia/Shanghai"), Locale.CHINA));

        askedAboutCompanyRegistration();

        assertThat(isShown("ask-print")).isFalse();
        assertThat(isShown("ask-qr")).isTrue();
    }
}
