package org.openhall.board.signin;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.openhall.board.BoardProperties;
import org.openhall.board.feed.HallClients;
import org.openhall.board.signin.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Who may reach what. Health and metrics are open, without a session. The Vaadin pages are behind
 * Vaadin's security configuration and each view's own access annotation: the boards and window
 * screens are open to anyone, the dashboard needs a manager or admin signed in through the form at
 * {@code /login}, with CSRF protection (Vaadin's, plus Spring's token on the sign-in form) and the
 * session id changed at sign-in.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    /** Checks passwords with queue-service, through the client of this instance's own hall. */
    @Bean
    ManagerSignIn managerSignIn(HallClients clients, BoardProperties properties) {
        return new ManagerSignIn(clients.api(properties.hall()));
    }

    @Bean
    @Order(0)
    SecurityFilterChain openEndpoints(HttpSecurity http) throws Exception {
        return http.securityMatcher("/actuator/**", "/error")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain screens(HttpSecurity http, ManagerSignIn signIn, RequestUtil vaadinRequests) throws Exception {
        http.authenticationManager(new ProviderManager(signIn));
        // Vaadin's own CSRF set-up exempts its internal requests (they carry Vaadin's own token) and
        // also the sign-in form's POST. The sign-in form sends Spring's token (Vaadin puts it in the
        // page), so it is required there too: no one can sign a browser in to their own account.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        // The login page set here as well, before Vaadin sets it: otherwise Spring's generated page is served.
        http.formLogin(form -> form.loginPage("/login").failureHandler(failureHandler()));
        http.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()));
        // The boards' style sheets: the public screens and the sign-in page need them before anyone signs in.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class, "/login?" + LoginView.SIGNED_OUT)
                .enableCsrfConfiguration(false)
                .defaultSuccessUrl("/dashboard"));
        return http.build();
    }

    /**
     * Back to the sign-in page with the reason of the refusal as its query parameter. Unlike Spring's
     * usual handler it keeps nothing of the attempt in the session: the page needs only the reason.
     */
    private static AuthenticationFailureHandler failureHandler() {
        var redirect = new DefaultRedirectStrategy();
        return (request, response, exception) -> {
            SignInRefusal refusal = exception instanceof SignInRefusedException refused
                    ? refused.refusal() : SignInRefusal.WRONG_PASSWORD;
            redirect.sendRedirect(request, response, "/login?" + refusal.parameter());
        };
    }
}
