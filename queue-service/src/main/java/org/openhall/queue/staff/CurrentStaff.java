package org.openhall.queue.staff;

import java.util.Optional;

/**
 * Who is using the staff console. Until sign-in exists every visitor of the console is an
 * anonymous clerk who may take any window; the sign-in issue replaces this bean with one backed
 * by Spring Security and checks window ownership here.
 */
public interface CurrentStaff {

    /** The signed-in staff member, if anyone is signed in. */
    Optional<StaffMember> member();

    /** Whether the current user may work at the window. */
    boolean mayUseWindow(long windowId);
}
