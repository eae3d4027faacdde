package org.openhall.queue.staff.ui;

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
import java.util.List;
import java.util.Map;

/**
 * {@code /login}: staff sign in with their username and password. Says so plainly when the password
 * was wrong, when sign-in is refused for a while after repeated failures, and after signing out.
 */
@Route(value = "login", autoLayout = false)
@PageTitle("OpenHall · 登录 Sign in")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();

    public LoginView() {
        addClassName("oh-login-page");
        Div header = new Div(new LanguageToggle());
        header.addClassName("oh-login-toolbar");
        H1 title = new H1();
        title.add(new Span("工作人员登录"), new Span("Staff sign-in"));
        title.addClassName("oh-login-title");
        Paragraph hint = new Paragraph(getTranslation("login.hint"));
        hint.addClassName("oh-login-hint");
        notice.addClassName("oh-login-notice");
        notice.setId("login-notice");
        notice.setVisible(false);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(false));
        form.setId("login-form");
        Div card = new Div(title, hint, notice, form);
        card.addClassName("oh-login-card");
        add(header, card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        if (params.containsKey("throttled")) {
            form.setI18n(i18n(true));
            form.setError(true);
        } else if (params.containsKey("error")) {
            form.setError(true);
        } else if (params.containsKey("signedOut")) {
            notice.setText(getTranslation("login.signedOut"));
            notice.setVisible(true);
        }
    }

    private LoginI18n i18n(boolean throttled) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.form.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation(throttled ? "login.throttled.title" : "login.error.title"));
        error.setMessage(getTranslation(throttled ? "login.throttled.message" : "login.error.message"));
        return i18n;
    }
}
