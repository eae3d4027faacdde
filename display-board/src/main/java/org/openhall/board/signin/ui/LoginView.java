package org.openhall.board.signin.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Set;
import org.openhall.board.signin.SignInRefusal;

/**
 * {@code /login}: a manager or admin signs in to the dashboard with their staff username and
 * password. Every text is in Chinese and English at once, large enough to read at arm's length. The
 * page says plainly why a sign-in was refused: a wrong password, a clerk's account, too many failed
 * sign-ins, or queue-service not answering; and that the manager has signed out.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("OpenHall · 管理看板登录 / Dashboard sign-in")
@StyleSheet("styles/signin.css")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver {

    /** The query parameter of {@code /login} after signing out. */
    public static final String SIGNED_OUT = "signedOut";

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();
    private LoginI18n texts = i18n(SignInRefusal.WRONG_PASSWORD);

    public LoginView() {
        addClassName("board-login-page");
        H1 title = new H1(zh("管理看板登录"), en("Manager dashboard sign-in"));
        title.addClassName("board-login-title");
        Paragraph hint = new Paragraph(zh("请使用您的工作人员账号登录，仅限管理人员和系统管理员。"),
                en("Sign in with your staff account. For managers and administrators only."));
        hint.addClassName("board-login-hint");
        notice.addClassName("board-login-notice");
        notice.setId("login-notice");
        notice.getElement().setAttribute("role", "status");
        notice.setVisible(false);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(texts);
        form.setId("login-form");
        Div card = new Div(title, hint, notice, form);
        card.addClassName("board-login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Set<String> parameters = event.getLocation().getQueryParameters().getParameters().keySet();
        SignInRefusal.among(parameters).ifPresentOrElse(refusal -> {
            texts = i18n(refusal);
            form.setI18n(texts);
            form.setError(true);
        }, () -> {
            if (parameters.contains(SIGNED_OUT)) {
                notice.removeAll();
                notice.add(zh("您已退出登录。"), en("You have signed out."));
                notice.setVisible(true);
            }
        });
    }

    /** The form's labels, and the error it shows for this refusal. */
    private static LoginI18n i18n(SignInRefusal refusal) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form labels = i18n.getForm();
        labels.setTitle("登录 · Sign in");
        labels.setUsername("用户名 · Username");
        labels.setPassword("密码 · Password");
        labels.setSubmit("登录 · Sign in");
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        switch (refusal) {
            case WRONG_PASSWORD -> {
                error.setTitle("用户名或密码错误 · Wrong username or password");
                error.setMessage("请检查后重新输入。 Please check them and try again.");
            }
            case NOT_A_MANAGER -> {
                error.setTitle("仅限管理人员 · Managers only");
                error.setMessage("管理看板仅供管理人员和系统管理员使用，您的账号无权查看。 "
                        + "The dashboard is for managers and administrators; your account may not open it.");
            }
            case THROTTLED -> {
                error.setTitle("登录失败次数过多 · Too many failed sign-ins");
                error.setMessage("登录已暂时锁定，请稍后再试。 Sign-in is locked for a while; please try again later.");
            }
            case UNAVAILABLE -> {
                error.setTitle("暂时无法验证登录 · Cannot check your sign-in right now");
                error.setMessage("叫号服务暂时无法连接，请稍后再试。 "
                        + "The queue service cannot be reached; please try again in a moment.");
            }
        }
        return i18n;
    }

    private static Span zh(String text) {
        Span span = new Span(text);
        span.addClassName("zh");
        span.getElement().setAttribute("lang", "zh-CN");
        return span;
    }

    private static Span en(String text) {
        Span span = new Span(text);
        span.addClassName("en");
        span.getElement().setAttribute("lang", "en");
        return span;
    }

    // For tests in this package: what the page shows.

    /** The error the form shows ("title / message"), or "" when it shows none. */
    String error() {
        LoginI18n.ErrorMessage error = texts.getErrorMessage();
        return form.isError() ? error.getTitle() + " / " + error.getMessage() : "";
    }

    String notice() {
        return notice.isVisible() ? notice.getElement().getTextRecursively() : "";
    }
}
