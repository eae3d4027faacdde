package org.openhall.kiosk.guide.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.openhall.kiosk.KioskViewTest;
import org.openhall.kiosk.ticket.ui.TicketScreen;

class ServiceGuideViewTest extends KioskViewTest {

    @Test
    void showsACategoryTabEachAndTheFirstServicesGuide() {
        navigate(ServiceGuideView.class);

        assertThat(textOf("guide-category-0")).isEqualTo("企业服务");
        assertThat(textOf("guide-category-1")).isEqualTo("社会保障");
        assertThat(textOf("guide-category-2")).isEqualTo("综合");
        assertThat(textOf("guide-name")).isEqualTo("企业设立登记");
        assertThat(textOf("guide-materials")).contains("公司登记申请书").contains("公司章程");
        assertThat(textOf("guide-steps")).contains("网上预审").contains("领取营业执照");
        assertThat(textOf("guide-time-limit")).contains("法定时限").contains("1个工作日");
        assertThat(textOf("guide-fee")).contains("免费");
        assertThat(textOf("guide-online")).contains("可在网上办事大厅预先申请");
    }

    @Test
    void browsingAnotherCategoryAndServiceShowsItsGuideInTheVisitorsLanguage() {
        navigate(ServiceGuideView.class);
        tap("language-switch");

        tap("guide-category-1");
        assertThat(isShown("guide-service-social-insurance")).isTrue();
        tap("guide-service-medical-reimbursement");

        assertThat(textOf("guide-name")).isEqualTo("Medical expense reimbursement");
        assertThat(textOf("guide-time-limit")).contains("20 working days");
        assertThat(textOf("guide-online")).contains("Not available");
        assertThat(textOf("guide-materials")).contains("Nothing in particular");
    }

    @Test
    void printUsesTheBrowsersPrint() {
        navigate(ServiceGuideView.class);

        tap("guide-print");

        assertThat(UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations())
                .anySatisfy(js -> assertThat(js.getInvocation().getExpression()).contains("window.print()"));
    }

    @Test
    void takesATicketForTheServiceShown() {
        navigate(ServiceGuideView.class);

        tap("guide-take");

        awaitUi(() -> assertThat(getCurrentView()).isInstanceOf(TicketScreen.class));
        assertThat(queue.issueCalls()).singleElement()
                .satisfies(call -> assertThat(call.service()).isEqualTo("company-registration"));
    }

    @Test
    void saysPlainlyWhenTheGuideCannotBeRead() {
        queue.unreachable(true);

        navigate(ServiceGuideView.class);

        assertThat(textOf("guide-status")).isEqualTo("暂时无法查看办事指南，请咨询工作人员");
        assertThat(isShown("guide-detail")).isFalse();
    }
}
