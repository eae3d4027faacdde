package org.openhall.kiosk.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.HttpStatusCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Any address the kiosk does not know leads home: a visitor has no address bar to correct it. */
public class UnknownRoute extends Div implements HasErrorParameter<NotFoundException> {

    private static final Logger log = LoggerFactory.getLogger(UnknownRoute.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        log.info("No kiosk screen at '{}'; going home", event.getLocation().getPath());
        event.forwardTo(KioskRoutes.HOME);
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
