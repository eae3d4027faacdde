package org.openhall.queue.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhall.queue.admin.ui.DevicesAdminView;
import org.openhall.queue.admin.ui.HallSettingsView;
import org.openhall.queue.admin.ui.ServicesAdminView;
import org.openhall.queue.admin.ui.StaffAdminView;
import org.openhall.queue.admin.ui.WindowsAdminView;
import org.openhall.queue.consultation.ui.AskView;
import org.openhall.queue.consultation.ui.ConsultDeskView;
import org.openhall.queue.consultation.ui.ConversationView;
import org.openhall.queue.staff.StaffDirectory;
import org.openhall.queue.staff.StaffRole;
import org.openhall.queue.staff.TestSignIn;
import org.openhall.queue.staff.ui.AuditView;
import org.openhall.queue.staff.ui.FollowUpsView;
import org.openhall.queue.staff.ui.LoginView;
import org.openhall.queue.staff.ui.WindowChooserView;
import org.openhall.queue.staff.ui.WindowDeskView;
import org.openhall.queue.stats.ui.ReportsView;
import org.openhall.queue.support.TestSupportConfiguration;
import org.openhall.queue.ticket.ui.TicketStatusView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Import;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.test.context.ActiveProfiles;

/**
 * Who may open which screen of queue-service: every route, navigated to by an anonymous visitor,
 * a clerk, a manager and an admin, against the table below. A new route without a row fails
 * {@link #everyRouteHasARow()}. (That an anonymous request is sent to the sign-in page over HTTP
 * is {@code SignInTest}'s; device tokens never open a screen, as the screens' security knows no tokens.)
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestSupportConfiguration.class)
class RouteAccessMatrixTest extends SpringBrowserlessTest {

    /** Route → who gets it: anonymous, STAFF, MANAGER, ADMIN. */
    private static final Map<Class<? extends Component>, String> TABLE = new LinkedHashMap<>();

    static {
        TABLE.put(LoginView.class,          "yes yes yes yes");
        TABLE.put(TicketStatusView.class,   "yes yes yes yes");
        TABLE.put(org.openhall.queue.ticket.ui.HallPageView.class, "yes yes yes yes");
        TABLE.put(org.openhall.queue.ticket.ui.HomeView.class, "yes yes yes yes");
        TABLE.put(org.openhall.queue.feedback.ui.FeedbackPageView.class, "yes yes yes yes");
        TABLE.put(AskView.class,            "yes yes yes yes");
        TABLE.put(ConversationView.class,   "yes yes yes yes");
        TABLE.put(WindowChooserView.class,  "no  yes yes yes");
        TABLE.put(ConsultDeskView.class,    "no  yes yes yes");
        TABLE.put(WindowDeskView.class,     "no  yes yes yes");
        TABLE.put(AuditView.class,          "no  no  yes yes");
        TABLE.put(FollowUpsView.class,      "no  no  yes yes");
        TABLE.put(ReportsView.class,        "no  no  yes yes");
        TABLE.put(ServicesAdminView.class,  "no  no  no  yes");
        TABLE.put(WindowsAdminView.class,   "no  no  no  yes");
        TABLE.put(HallSettingsView.class,   "no  no  no  yes");
        TABLE.put(StaffAdminView.class,     "no  no  no  yes");
        TABLE.put(DevicesAdminView.class,   "no  no  no  yes");
    }

    @Autowired
    StaffDirectory staff;

    @AfterEach
    void signOut() {
        TestSignIn.signOut();
    }

    @Test
    void everyoneReachesExactlyTheScreensTheTableGivesThem() {
        List<String> wrong = new ArrayList<>();
        String[] who = {"anonymous", "STAFF", "MANAGER", "ADMIN"};
        for (int column = 0; column < who.length; column++) {
            if (column == 0) {
                TestSignIn.signOut();
            } else {
                TestSignIn.as(TestSignIn.newMember(staff, who[column], StaffRole.valueOf(who[column])));
            }
            for (var row : TABLE.entrySet()) {
                boolean expected = row.getValue().trim().split("\\s+")[column].equals("yes");
                String path = row.getKey().getAnnotation(Route.class).value()
                        + (row.getKey() == TicketStatusView.class ? "/no-such-ticket" : "")
                        + (row.getKey() == WindowDeskView.class ? "/1" : "")
                        + (row.getKey() == ConversationView.class ? "/no-such-conversation" : "");
                navigate(path, Component.class);
                if (refused(row.getKey()) == expected) {
                    wrong.add(who[column] + " at /" + path + ": expected " + (expected ? "the screen" : "no access")
                            + ", got " + getCurrentView().getClass().getSimpleName());
                }
            }
        }
        assertThat(wrong).as("screens reached against the table").isEmpty();
    }

    /**
     * Whether navigating to the route was refused: the sign-in page instead (anonymous), or the
     * not-found error, which Vaadin shows a signed-in person without the role so as not to reveal the
     * screen exists. A screen may still send an allowed person elsewhere (the window desk to the
     * window chooser when they sit at no window): that is not a refusal.
     */
    private boolean refused(Class<? extends Component> route) {
        var shown = getCurrentView();
        return (shown instanceof LoginView && route != LoginView.class)
                || shown instanceof com.vaadin.flow.router.RouteNotFoundError;
    }

    @Test
    void anonymousVisitorsOfAStaffScreenAreShownTheSignInPage() {
        TestSignIn.signOut();
        navigate("admin/devices", Component.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void everyRouteHasARow() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Set<String> routes = new TreeSet<>();
        scanner.findCandidateComponents("org.openhall.queue").forEach(bean -> routes.add(bean.getBeanClassName()));
        Set<String> inTable = new TreeSet<>();
        TABLE.keySet().forEach(route -> inTable.add(route.getName()));
        assertThat(routes).isNotEmpty();
        assertThat(inTable).containsExactlyInAnyOrderElementsOf(routes);
    }
}
