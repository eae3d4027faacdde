package org.openhall.board;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page every board runs in: server push (so calls appear without the browser asking), Lumo in
 * its dark scheme, and the boards' own stylesheet. No frontend build is involved: the stylesheet is
 * a static resource under {@code META-INF/resources}.
 */
@Push
@ColorScheme(ColorScheme.Value.DARK)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/board.css")
@StyleSheet("styles/dashboard.css")
public class BoardAppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("OpenHall 叫号屏 / Hall board");
        settings.addMetaTag("color-scheme", "dark");
    }
}
