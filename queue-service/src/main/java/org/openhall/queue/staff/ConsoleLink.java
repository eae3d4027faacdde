package org.openhall.queue.staff;

/**
 * A page of a module building on this one that the staff console's window chooser links to, for
 * the staff members it is for. Such a module declares its link as a bean, so this module shows it
 * without knowing the module.
 */
public interface ConsoleLink {

    /** The page's route, as in {@code staff/consult}. */
    String path();

    /** The translation key of the link's text. */
    String textKey();

    /** The link's element id. */
    String id();

    /** Whether the signed-in staff member may use the page, so sees the link. */
    boolean isFor(StaffMember member);
}
