package org.openhall.queue.staff.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.openhall.queue.staff.CurrentStaff;

/** Who is signed in, the language switch and the sign-out button, at the top of every console page. */
public final class SignedInBar extends HorizontalLayout {

    public SignedInBar(CurrentStaff staff, AuthenticationContext authentication) {
        setAlignItems(FlexComponent.Alignment.CENTER);
        staff.member().ifPresent(m -> {
            Span who = new Span(m.displayName() + " (" + m.badge() + ") · " + getTranslation("staff.role." + m.role()));
            who.setId("signed-in-as");
            who.addClassName("oh-signed-in");
            add(who);
        });
        Button signOut = new Button(getTranslation("staff.signOut"), e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");
        add(new LanguageToggle(), signOut);
    }
}
