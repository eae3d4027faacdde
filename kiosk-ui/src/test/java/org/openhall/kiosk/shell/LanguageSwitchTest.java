package org.openhall.kiosk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openhall.kiosk.KioskViewTest;
import org.openhall.kiosk.ticket.ui.TakeTicketView;
import org.openhall.kiosk.ticket.ui.TicketScreen;

class LanguageSwitchTest extends KioskViewTest {

    @Test
    void everyVisitStartsInChinese() {
        navigate(HomeView.class);

        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(textOf("language-switch")).isEqualTo("English");
    }

    @Test
    void switchingLanguageChangesTheTextsOnScreen() {
        navigate(HomeView.class);
        assertThat(textOf("take-ticket")).startsWith("取号");

        tap("language-switch");

        assertThat(textOf("take-ticket")).startsWith("Take a ticket");
        assertThat($(com.vaadin.flow.component.html.H1.class).single().getText()).isEqualTo("Citizen Service Center");
        assertThat(textOf("language-switch")).isEqualTo("中文");

        tap("language-switch");

        assertThat(textOf("take-ticket")).startsWith("取号");
    }

    @Test
    void theChosenLanguageCarriesOnToTheNextScreen() {
        navigate(HomeView.class);
        tap("language-switch");

        tap("take-ticket");

        assertThat(textOf("service-company-registration")).contains("Company registration");
        assertThat($(com.vaadin.flow.component.html.H1.class).single().getText()).isEqualTo("What do you need to do?");
    }

    @Test
    void theSwitchIsOnEveryScreen() {
        navigate(HomeView.class);
        assertThat(isShown("language-switch")).isTrue();

        navigate(TakeTicketView.class);
        assertThat(isShown("language-switch")).isTrue();

        tap("service-company-registration");
        awaitUi(() -> assertThat(getCurrentView()).isInstanceOf(TicketScreen.class));
        assertThat(isShown("language-switch")).isTrue();
    }
}
