package org.openhall.queue.staff;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** The console before sign-in exists: nobody is signed in and every window may be used. */
@Component
class OpenConsole implements CurrentStaff {

    @Override
    public Optional<StaffMember> member() {
        return Optional.empty();
    }

    @Override
    public boolean mayUseWindow(long windowId) {
        return true;
    }
}
