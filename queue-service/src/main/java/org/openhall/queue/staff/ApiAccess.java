package org.openhall.queue.staff;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.openhall.queue.device.DeviceAuthentication;
import org.openhall.queue.device.DeviceRole;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may call an API endpoint: staff of some roles, and devices of some roles working for the hall
 * the request is about (the {@code {hall}} of the path, or the hall a path's window belongs to). A
 * device token of another hall is refused like any other caller without the right.
 */
final class ApiAccess implements AuthorizationManager<RequestAuthorizationContext> {

    private final Set<StaffRole> staffRoles;
    private final Set<DeviceRole> deviceRoles;
    private final Function<RequestAuthorizationContext, @Nullable String> hallOf;

    private ApiAccess(Set<StaffRole> staffRoles, Set<DeviceRole> deviceRoles,
            Function<RequestAuthorizationContext, @Nullable String> hallOf) {
        this.staffRoles = staffRoles;
        this.deviceRoles = deviceRoles;
        this.hallOf = hallOf;
    }

    /** Staff of these roles only. */
    static ApiAccess staff(StaffRole... roles) {
        return new ApiAccess(of(StaffRole.class, roles), EnumSet.noneOf(DeviceRole.class), context -> null);
    }

    /** Staff of these roles, and any other caller this allows too. */
    ApiAccess orStaff(StaffRole... roles) {
        return new ApiAccess(of(StaffRole.class, roles), deviceRoles, hallOf);
    }

    /** Devices of these roles registered for the path's {@code {hall}}. */
    static ApiAccess devicesOfHall(DeviceRole... roles) {
        return new ApiAccess(EnumSet.noneOf(StaffRole.class), of(DeviceRole.class, roles),
                context -> context.getVariables().get("hall"));
    }

    /** Devices of these roles registered for the hall that {@code hallOf} finds for the request. */
    static ApiAccess devicesOf(Function<RequestAuthorizationContext, @Nullable String> hallOf, DeviceRole... roles) {
        return new ApiAccess(EnumSet.noneOf(StaffRole.class), of(DeviceRole.class, roles), hallOf);
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends @Nullable Authentication> authentication,
            RequestAuthorizationContext context) {
        Authentication auth = authentication.get();
        if (auth == null || !auth.isAuthenticated()) {
            return new AuthorizationDecision(false);
        }
        if (auth instanceof DeviceAuthentication device) {
            if (!deviceRoles.contains(device.device().role())) {
                return new AuthorizationDecision(false);
            }
            String hall = hallOf.apply(context);
            return new AuthorizationDecision(hall != null && device.device().hall().equals(hall));
        }
        if (auth.getPrincipal() instanceof StaffPrincipal staff) {
            return new AuthorizationDecision(staffRoles.contains(staff.member().role()));
        }
        return new AuthorizationDecision(false);
    }

    @SafeVarargs
    private static <E extends Enum<E>> Set<E> of(Class<E> type, E... values) {
        Set<E> set = EnumSet.noneOf(type);
        set.addAll(Arrays.asList(values));
        return set;
    }
}
