package org.openhall.queue.staff;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.openhall.queue.staff.ui.LoginView;
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
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Who may reach what. The API, health and API docs are open to anonymous callers, without a
 * session or CSRF token (devices get tokens of their own in a later step). The Vaadin pages are
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
    SecurityFilterChain openEndpoints(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/**", "/actuator/**", "/api-docs/**", "/swagger-ui/**", "/error")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .build();
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

    /** Back to the sign-in page, saying whether the password was wrong or sign-in is throttled. */
    private static AuthenticationFailureHandler failureHandler() {
        SimpleUrlAuthenticationFailureHandler wrong = new SimpleUrlAuthenticationFailureHandler("/login?error");
        SimpleUrlAuthenticationFailureHandler throttled = new SimpleUrlAuthenticationFailureHandler("/login?throttled");
        return (request, response, exception) -> {
            if (exception instanceof SignInThrottledException) {
                throttled.onAuthenticationFailure(request, response, exception);
            } else {
                wrong.onAuthenticationFailure(request, response, exception);
            }
        };
    }
}
