package org.openhall.board.dashboard.ui;

import static org.openhall.board.dashboard.ui.Texts.bilingual;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.openhall.board.signin.SignedInManager;

/** Who is signed in to the dashboard, and the button that signs them out. */
final class SignedInBar extends Div {

    SignedInBar(AuthenticationContext authentication) {
        addClassName("dash-account");
        Span who = new Span();
        who.setId("signed-in-as");
        who.addClassName("dash-signed-in");
        authentication.getAuthenticatedUser(SignedInManager.class).ifPresentOrElse(
                manager -> who.add(new Span(manager.displayName() + " (" + manager.badge() + ")"), role(manager.role())),
                () -> who.add(new Span(authentication.getPrincipalName().orElse(""))));
        Button signOut = new Button(bilingual("退出登录", "Sign out"), click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        signOut.setId("sign-out");
        signOut.addClassName("dash-sign-out");
        add(who, signOut);
    }

    private static Span role(String role) {
        return "ADMIN".equals(role) ? bilingual("系统管理员", "Administrator") : bilingual("管理人员", "Manager");
    }
}
