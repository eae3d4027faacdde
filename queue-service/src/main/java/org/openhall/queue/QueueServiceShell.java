package org.openhall.queue;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** The pages queue-service serves itself: the staff console and a ticket's public status page. */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/openhall.css")
public class QueueServiceShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("OpenHall");
        settings.setViewport("width=device-width, initial-scale=1");
    }
}
