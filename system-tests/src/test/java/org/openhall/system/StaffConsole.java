package org.openhall.system;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * queue-service's staff console as a clerk uses it: signing in through the real Vaadin
 * {@code LoginForm} at {@code /login}. display-board's dashboard sign-in at its own {@code /login} is
 * the same form, so the same methods sign a manager in there, given display-board's URL. The form renders its fields into its own light DOM (inside
 * {@code <vaadin-login-form>}, so that password managers see them); only the error message lives in
 * the shadow DOM, in {@code <vaadin-login-form-wrapper>} inside the form's shadow root.
 */
final class StaffConsole {

    static final Duration LOAD = Duration.ofSeconds(30);

    private StaffConsole() {
    }

    /**
     * Opens {@code queueUrl/login}, types {@code username} and {@code password} into the form, submits it
     * and waits until the browser has left {@code /login}.
     */
    static void signIn(ChromeDriver driver, String queueUrl, String username, String password) {
        submit(driver, queueUrl, username, password);
        await("signed in as " + username + " (left /login)").atMost(LOAD).pollInterval(Duration.ofMillis(100))
                .until(() -> !onLoginPage(driver));
    }

    /** As {@link #signIn(ChromeDriver, String, String, String)}, as one of the demo's staff. */
    static void signIn(ChromeDriver driver, String url, DemoAccess.Staff who) {
        signIn(driver, url, who.username(), who.password());
    }

    /**
     * Opens the sign-in page and submits {@code username} and {@code password}, without waiting for
     * the outcome.
     */
    static void submit(ChromeDriver driver, String queueUrl, String username, String password) {
        openLogin(driver, queueUrl);
        fillIn(driver, username, password);
    }

    /**
     * Types {@code username} and {@code password} into the sign-in form already shown (e.g. where a
     * protected page sent the browser) and submits it, without waiting for the outcome.
     */
    static void fillIn(ChromeDriver driver, String username, String password) {
        await("sign-in form").atMost(LOAD).ignoreExceptions()
                .until(() -> field(driver, "vaadinLoginUsername"), WebElement::isDisplayed);
        WebElement user = field(driver, "vaadinLoginUsername");
        WebElement pass = field(driver, "vaadinLoginPassword");
        user.clear();
        user.sendKeys(username);
        pass.clear();
        pass.sendKeys(password);
        // Enter in a field submits the form, like the submit button.
        pass.sendKeys(Keys.ENTER);
    }

    /** Opens the sign-in page and waits until its form can be typed into. */
    static void openLogin(ChromeDriver driver, String queueUrl) {
        driver.get(queueUrl + "/login");
        await("sign-in form").atMost(LOAD).ignoreExceptions()
                .until(() -> field(driver, "vaadinLoginUsername"), WebElement::isDisplayed);
    }

    /** Whether the browser is on the sign-in page (with or without {@code ?error}). */
    static boolean onLoginPage(ChromeDriver driver) {
        String path = java.net.URI.create(driver.getCurrentUrl()).getPath();
        return path.equals("/login");
    }

    /**
     * The error the sign-in form shows ("wrong username or password" and the advice), or "" while it
     * shows none.
     */
    static String errorMessage(ChromeDriver driver) {
        WebElement form = driver.findElement(By.cssSelector("vaadin-login-form"));
        SearchContext formShadow = form.getShadowRoot();
        WebElement wrapper = formShadow.findElement(By.cssSelector("vaadin-login-form-wrapper"));
        WebElement error = wrapper.getShadowRoot().findElement(By.cssSelector("[part='error-message']"));
        return error.isDisplayed() ? error.getText().strip() : "";
    }

    /** The native {@code <input>} of one of the form's fields, found in the form's light DOM. */
    private static WebElement field(ChromeDriver driver, String id) {
        return driver.findElement(By.cssSelector("vaadin-login-form #" + id + " input"));
    }
}
