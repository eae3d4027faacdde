package org.openhall.kiosk;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page every kiosk screen lives in: Lumo plus the kiosk's own style sheet, server push (results
 * of background calls reach the screen without a tap), and a viewport that keeps a touchscreen from
 * zooming.
 */
@Push
@Viewport("width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no")
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("kiosk.css")
public class KioskAppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        // A kiosk runs full screen in Chromium's kiosk mode; say so to browsers that look for it.
        settings.addMetaTag("mobile-web-app-capable", "yes");
    }
}
