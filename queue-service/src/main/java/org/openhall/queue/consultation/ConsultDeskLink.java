package org.openhall.queue.consultation;

import org.openhall.queue.staff.ConsoleLink;
import org.openhall.queue.staff.StaffMember;
import org.springframework.stereotype.Component;

/** The window chooser's link to the consultation desk, for the staff who may consult. */
@Component
class ConsultDeskLink implements ConsoleLink {

    private final Consultations consultations;

    ConsultDeskLink(Consultations consultations) {
        this.consultations = consultations;
    }

    @Override
    public String path() {
        return "staff/consult";
    }

    @Override
    public String textKey() {
        return "consult.desk.link";
    }

    @Override
    public String id() {
        return "consult-link";
    }

    @Override
    public boolean isFor(StaffMember member) {
        return consultations.mayConsult(member);
    }
}
