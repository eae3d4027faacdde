package org.openhall.board.signin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openhall.board.FakeQueueConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The sign-in page in a mock browser session: what it says after each kind of refusal. */
@SpringBootTest
@Import(FakeQueueConfiguration.class)
@ViewPackages(classes = LoginView.class)
class LoginViewTest extends SpringBrowserlessTest {

    @Test
    void showsTheFormInBothLanguagesWithoutAnErrorAtFirst() {
        LoginView page = navigate(LoginView.class);

        assertThat(page.error()).isEmpty();
        assertThat(page.notice()).isEmpty();
        assertThat($(LoginForm.class).id("login-form").getAction()).isEqualTo("login");
        assertThat(page.getElement().getTextRecursively()).contains("管理看板登录", "Manager dashboard sign-in");
    }

    @Test
    void saysWhyASignInWasRefusedInBothLanguages() {
        assertThat(open("error").error())
                .isEqualTo("用户名或密码错误 · Wrong username or password / 请检查后重新输入。 Please check them and try again.");
        assertThat(open("not-manager").error())
                .startsWith("仅限管理人员 · Managers only / ").contains("managers and administrators");
        assertThat(open("throttled").error())
                .startsWith("登录失败次数过多 · Too many failed sign-ins / ").contains("try again later");
        assertThat(open("unavailable").error())
                .startsWith("暂时无法验证登录 · Cannot check your sign-in right now / ");
    }

    @Test
    void confirmsASignOut() {
        LoginView page = open("signedOut");

        assertThat(page.notice()).isEqualTo("您已退出登录。You have signed out.");
        assertThat(page.error()).isEmpty();
    }

    /** {@code /login?parameter}, as the browser is sent there. */
    private static LoginView open(String parameter) {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of(parameter, "")));
        return (LoginView) UI.getCurrent().getCurrentView();
    }
}
