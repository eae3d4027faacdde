package org.openhall.queue.device;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request made with a registered device's token: authority {@code ROLE_KIOSK} or {@code ROLE_BOARD}. */
public final class DeviceAuthentication extends AbstractAuthenticationToken {

    private final DeviceToken device;

    DeviceAuthentication(DeviceToken device) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + device.role().name())));
        this.device = device;
        setAuthenticated(true);
    }

    public DeviceToken device() {
        return device;
    }

    /** Whether this is a device of that role working for that hall. */
    public boolean is(DeviceRole role, String hall) {
        return device.role() == role && device.hall().equals(hall);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return device;
    }

    @Override
    public String getName() {
        return device.role() + " " + device.name() + " (" + device.hall() + ")";
    }
}
