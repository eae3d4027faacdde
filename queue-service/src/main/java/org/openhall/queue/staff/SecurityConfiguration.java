package org.openhall.queue.staff;

import static org.openhall.queue.device.DeviceRole.BOARD;
import static org.openhall.queue.device.DeviceRole.KIOSK;
import static org.openhall.queue.staff.ApiAccess.devicesOf;
import static org.openhall.queue.staff.ApiAccess.devicesOfHall;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.openhall.queue.device.DeviceTokenFilter;
import org.openhall.queue.device.DeviceTokens;
import org.openhall.queue.problem.ProblemResponses;
import org.openhall.queue.staff.ui.LoginView;
import org.openhall.queue.window.WindowDesk;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Who may reach what. The API is stateless: a kiosk or board sends its device token
 * ({@code Authorization: Bearer}), a clerk's client a staff member's credentials (HTTP Basic), and
 * each endpoint lets in the callers {@link ApiAccess} names (the README's table); health, metrics and
 * the API docs are open. The Vaadin pages are
 * behind Vaadin's security configuration: a form sign-in at {@code /login}, CSRF protection (Vaadin's,
 * plus Spring's token on the sign-in form), the session id changed at sign-in, and each view's own
 * access annotation.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    /** Hashes with bcrypt, and still reads any other encoding Spring Security knows by its prefix. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(0)
    SecurityFilterChain api(HttpSecurity http, DeviceTokens devices, ApiSignIn staffSignIn, WindowDesk windows,
            SecurityContextHolderStrategy contexts, Clock clock) throws Exception {
        // Who a window belongs to, for a device asking about that window.
        Function<RequestAuthorizationContext, @Nullable String> hallOfWindow = context -> {
            try {
                return windows.window(Long.parseLong(context.getVariables().get("window"))).hall();
            } catch (RuntimeException e) {
                return null;
            }
        };
        StaffRole[] anyStaff = StaffRole.values();
        http.securityMatcher("/api/**", "/actuator/**", "/api-docs/**", "/swagger-ui/**", "/error")
                .authorizeHttpRequests(auth -> auth
                        // A request already let in, dispatched again to finish (an event stream) or to report an error.
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus", "/api-docs", "/api-docs/**", "/swagger-ui/**", "/error")
                        .permitAll()
                        // Public: the catalog, a ticket's status (its id is unguessable), feedback, the portal's
                        // signed webhooks, and the sign-in check (throttled); the last three are rate limited.
                        .requestMatchers(GET, "/api/halls", "/api/halls/{hall}", "/api/halls/{hall}/services",
                                "/api/tickets/{ticket}", "/api/feedback/{trackingNumber}",
                                "/api/consultations/{consultation}").permitAll()
                        .requestMatchers(POST, "/api/halls/{hall}/feedback", "/api/pre-applications",
                                "/api/appointments", "/api/staff/sign-in", "/api/halls/{hall}/consultations",
                                "/api/consultations/{consultation}/messages", "/api/consultations/{consultation}/close")
                        .permitAll()
                        // Kiosks: tickets, check-ins, people's appointments today.
                        .requestMatchers(POST, "/api/halls/{hall}/tickets", "/api/halls/{hall}/check-ins",
                                "/api/halls/{hall}/check-ins/lookup", "/api/halls/{hall}/people/lookup")
                        .access(devicesOfHall(KIOSK))
                        // Boards: the hall's live state; managers see the same.
                        .requestMatchers(GET, "/api/halls/{hall}/snapshot", "/api/halls/{hall}/events")
                        .access(devicesOfHall(BOARD).orStaff(anyStaff))
                        .requestMatchers(GET, "/api/halls/{hall}/stats")
                        .access(devicesOfHall(BOARD).orStaff(StaffRole.MANAGER, StaffRole.ADMIN))
                        // Reports: managers and admins only.
                        .requestMatchers(GET, "/api/halls/{hall}/reports/{period}")
                        .access(ApiAccess.staff(StaffRole.MANAGER, StaffRole.ADMIN))
                        .requestMatchers(GET, "/api/halls/{hall}/windows", "/api/halls/{hall}/tickets/by-number/{number}")
                        .access(devicesOfHall(KIOSK, BOARD).orStaff(anyStaff))
                        .requestMatchers(GET, "/api/windows/{window}")
                        .access(devicesOf(hallOfWindow, KIOSK, BOARD).orStaff(anyStaff))
                        .requestMatchers(PUT, "/api/halls/{hall}/devices/{device}").access(devicesOfHall(KIOSK, BOARD))
                        // Visitors rate their visit from their phone, the window's tablet or a kiosk.
                        .requestMatchers(POST, "/api/tickets/{ticket}/rating").permitAll()
                        // A clerk's actions; StaffConsole checks that they sit at the window.
                        .requestMatchers(POST, "/api/windows/{window}/**", "/api/tickets/{ticket}/**")
                        .access(ApiAccess.staff(anyStaff))
                        // Anything else needs someone signed in (an unknown path then answers 404).
                        .anyRequest().authenticated())
                .addFilterBefore(new DeviceTokenFilter(devices, contexts), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, refused) ->
                        signInRequired(request, response, refused, clock)))
                .authenticationManager(new ProviderManager(staffSignIn))
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, refused) ->
                                signInRequired(request, response, refused, clock))
                        .accessDeniedHandler((request, response, denied) -> ProblemResponses.write(request, response,
                                HttpStatus.FORBIDDEN, "forbidden",
                                "This device or account may not do that here.")))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    /** 401 for a request without a device token or staff credentials, or with wrong credentials. */
    private static void signInRequired(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception, Clock clock) throws IOException {
        if (exception instanceof SignInThrottledException throttled) {
            response.setHeader("Retry-After", Long.toString(Math.max(1,
                    Duration.between(clock.instant(), throttled.until()).toSeconds())));
            ProblemResponses.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "sign-in-throttled",
                    "Too many failed sign-ins. Try again after " + throttled.until() + ".");
            return;
        }
        boolean credentialsSent = request.getHeader("Authorization") != null;
        // No WWW-Authenticate: Basic, so that a browser never pops up its own password dialog.
        ProblemResponses.write(request, response, HttpStatus.UNAUTHORIZED,
                credentialsSent ? "wrong-credentials" : "sign-in-required",
                credentialsSent ? "Wrong username or password, or the account is inactive."
                        : "Send this device's token (Authorization: Bearer …) or a staff member's credentials.");
    }

    @Bean
    @Order(1)
    SecurityFilterChain console(HttpSecurity http, ThrottledSignIn signIn, SignOutAudit signOut, RequestUtil vaadinRequests)
            throws Exception {
        http.authenticationManager(new ProviderManager(signIn));
        // Vaadin's own CSRF set-up exempts its internal requests (they carry Vaadin's own token) and
        // also the sign-in form's POST. The sign-in form sends Spring's token (Vaadin puts it in the
        // page), so it is required there too: no one can sign a browser in to their own account.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // The login page set here as well, before Vaadin sets it: otherwise Spring's generated page is served.
        http.formLogin(form -> form.loginPage("/login").failureHandler(failureHandler()));
        http.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()));
        // The hall's own style sheets and images: the sign-in page and a ticket's public status page need them
        // before anyone signs in.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**", "/images/**").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class, "/login?signedOut")
                .enableCsrfConfiguration(false)
                .defaultSuccessUrl("/staff")
                .addLogoutHandler(signOut));
        return http.build();
    }

    /**
     * Back to the sign-in page, saying whether the password was wrong or sign-in is throttled. Only a
     * redirect: Spring's usual handler keeps the failed attempt in the session, typed password included.
     */
    private static AuthenticationFailureHandler failureHandler() {
        return (request, response, exception) -> response.sendRedirect(request.getContextPath()
                + (exception instanceof SignInThrottledException ? "/login?throttled" : "/login?error"));
    }
}
