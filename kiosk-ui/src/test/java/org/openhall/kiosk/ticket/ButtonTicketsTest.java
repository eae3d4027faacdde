package org.openhall.kiosk.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.plugin.mock.platform.MockPlatform;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProvider;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProvider;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.client.api.Channel;
import org.openhall.client.api.LocalizedText;
import org.openhall.client.api.Priority;
import org.openhall.client.api.TicketStatus;
import org.openhall.client.api.TicketView;
import org.openhall.kiosk.MutableClock;
import org.openhall.kiosk.gpio.GpioProperties;
import org.openhall.kiosk.gpio.LedState;
import org.openhall.kiosk.gpio.Pi4jKioskGpio;
import org.openhall.kiosk.printer.PrintResult;

/** The physical button on Pi4J's mock platform: a press issues one ticket and the LED follows. */
class ButtonTicketsTest {

    private static final GpioProperties PINS = new GpioProperties(GpioProperties.Platform.MOCK, 17, true,
            Duration.ofMillis(50), 27, 22, Duration.ofMillis(20), 23, 24, null);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T02:00:00Z"), ZoneId.of("UTC"));
    private final List<String> issued = new CopyOnWriteArrayList<>();
    private final List<LedState> ledWhileIssuing = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService scheduler;
    private Context context;
    private Pi4jKioskGpio gpio;
    private ButtonTickets button;
    private CountDownLatch issuing = new CountDownLatch(0);

    @BeforeEach
    void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor();
        context = Pi4J.newContextBuilder().add(new MockPlatform())
                .add(MockDigitalInputProvider.newInstance(), MockDigitalOutputProvider.newInstance()).build();
        gpio = new Pi4jKioskGpio(context, PINS, clock, scheduler);
        gpio.statusLed(LedState.READY);
        button = new ButtonTickets(gpio, (service, key, language) -> {
            ledWhileIssuing.add(gpio.statusLed());
            try {
                issuing.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            issued.add(service + "|" + key);
            return new IssuedTicket(ticket(service), new PrintResult.Failed("not printed in this test"));
        }, "enquiry", Locale.SIMPLIFIED_CHINESE, Executors.newVirtualThreadPerTaskExecutor()).start();
    }

    @AfterEach
    void stop() {
        button.close();
        gpio.close();
        scheduler.shutdownNow();
    }

    private void press() {
        MockDigitalInput in = context.io("ticket-button");
        in.mockState(DigitalState.HIGH);
        clock.advance(Duration.ofMillis(200));
        in.mockState(DigitalState.LOW);
        clock.advance(Duration.ofMillis(200));
    }

    @Test
    void aPressIssuesOneTicketForTheDefaultServiceAndTheLedBlinksWhileIssuing() {
        press();
        await().atMost(Duration.ofSeconds(5)).until(() -> issued.size() == 1);
        assertThat(issued.getFirst()).startsWith("enquiry|button-");
        assertThat(ledWhileIssuing).containsExactly(LedState.PRINTING);
        await().atMost(Duration.ofSeconds(5)).until(() -> gpio.statusLed() == LedState.READY);
    }

    @Test
    void pressesWhileATicketIsBeingIssuedDoNotIssueASecond() {
        issuing = new CountDownLatch(1);
        press();
        await().atMost(Duration.ofSeconds(5)).until(() -> ledWhileIssuing.size() == 1);
        press();
        press();
        issuing.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> issued.size() == 1);
        press();
        await().atMost(Duration.ofSeconds(5)).until(() -> issued.size() == 2);
        assertThat(issued.get(0)).isNotEqualTo(issued.get(1));
    }

    private static TicketView ticket(String service) {
        return new TicketView("t1", "demo", "Z001", LocalDate.of(2026, 11, 26), service, LocalizedText.of("综合咨询", "General enquiry"),
                Channel.WALK_IN, Priority.NORMAL, TicketStatus.WAITING, 0, Duration.ZERO, "http://localhost/t/t1",
                Instant.parse("2026-11-26T02:00:00Z"), null, null, null, null, null, null, 0, null);
    }
}
