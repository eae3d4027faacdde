package org.openhall.queue.staff;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who is using the staff console: the staff member signed in on this request's session, read
 * afresh (a deactivated account stops counting at once).
 */
public interface CurrentStaff {

    /** The signed-in, active staff member, if anyone is signed in. */
    Optional<StaffMember> member();

    /** Whether the signed-in staff member is the clerk seated at the window. */
    boolean mayUseWindow(long windowId);

    /** Where the current request comes from, if known. */
    @Nullable String remoteAddress();
}
