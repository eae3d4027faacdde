package org.openhall.kiosk.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.openhall.client.QueueApiException;
import org.openhall.client.QueueUnavailableException;
import org.openhall.kiosk.FakeQueueApi;
import org.openhall.kiosk.FakeQueueApi.IssueCall;
import org.openhall.kiosk.KioskProperties;
import org.openhall.kiosk.MutableClock;
import org.openhall.kiosk.hall.HallDirectory;
import org.openhall.kiosk.device.KioskDeviceStatus;
import org.openhall.kiosk.FakeGpio;
import org.openhall.kiosk.gpio.LedState;
import org.openhall.kiosk.printer.PrintJob;
import org.openhall.kiosk.scan.CameraFrameDecoder;
import org.openhall.kiosk.scan.CameraScanner;
import org.openhall.kiosk.scan.CodeScans;
import org.openhall.kiosk.scan.ScannerProperties;
import org.openhall.kiosk.printer.PrintResult;
import org.openhall.kiosk.printer.TicketPrinter;

class TicketTakingTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-11-26T02:15:00Z"), ZoneId.of("Asia/Shanghai"));
    private final FakeQueueApi queue = new FakeQueueApi(clock);
    private final FakeGpio gpio = new FakeGpio();
    private final AtomicReference<PrintJob> printed = new AtomicReference<>();
    private TicketPrinter printer = job -> {
        printed.set((PrintJob) job);
        return new PrintResult.Printed(null);
    };

    private TicketTaking taking(int retries) {
        return taking(retries, "demo");
    }

    private TicketTaking taking(int retries, String hall) {
        var properties = new KioskProperties(hall,
                new KioskProperties.Queue(java.net.URI.create("http://localhost:8080"), Duration.ofSeconds(2),
                        Duration.ofSeconds(5), null),
                new KioskProperties.Kiosk(Locale.SIMPLIFIED_CHINESE, Duration.ofSeconds(20), Duration.ofSeconds(60),
                        Duration.ofSeconds(15), retries, Duration.ZERO, KioskProperties.PrinterKind.SIMULATED,
                        Path.of("target/printed-test")));
        var devices = new KioskDeviceStatus(queue, job -> printer.print(job), gpio, null,
                new CameraScanner(new CameraFrameDecoder(), new CodeScans(), clock,
                        new ScannerProperties(null, 9600, 4, 1280, 720, Duration.ofSeconds(3))),
                hall, clock, Duration.ofSeconds(5));
        return new TicketTaking(queue, new HallDirectory(queue, properties, clock), printer, devices, properties);
    }

    @Test
    void sendsTheRequestAgainWithTheSameKeyWhenTheAnswerIsLost() {
        queue.loseNextAnswer();

        IssuedTicket issued = taking(2).takeNow("company-registration", "key-1", Locale.SIMPLIFIED_CHINESE);

        assertThat(issued.ticket().number()).isEqualTo("A001");
        assertThat(queue.issueCalls()).extracting(IssueCall::idempotencyKey).containsExactly("key-1", "key-1");
        assertThat(queue.issuedTickets()).hasSize(1);
    }

    @Test
    void givesUpAfterTheConfiguredRetries() {
        queue.failNextIssues(FakeQueueApi.noAnswer(), FakeQueueApi.noAnswer(), FakeQueueApi.noAnswer());

        assertThatThrownBy(() -> taking(1).takeNow("company-registration", "key-1", Locale.ENGLISH))
                .isInstanceOf(QueueUnavailableException.class);
        assertThat(queue.issueCalls()).hasSize(2);
    }

    @Test
    void neverSendsARefusedRequestAgain() {
        queue.failNextIssues(FakeQueueApi.refusal("hall-closed", "closed"));

        assertThatThrownBy(() -> taking(2).takeNow("company-registration", "key-1", Locale.ENGLISH))
                .isInstanceOfSatisfying(QueueApiException.class, e -> assertThat(e.code()).isEqualTo("hall-closed"));
        assertThat(queue.issueCalls()).hasSize(1);
    }

    @Test
    void aPrinterThatThrowsDoesNotCostTheVisitorTheTicket() {
        printer = job -> {
            throw new IllegalStateException("cover open");
        };

        IssuedTicket issued = taking(2).takeNow("company-registration", "key-1", Locale.ENGLISH);

        assertThat(issued.ticket().number()).isEqualTo("A001");
        assertThat(issued.print()).isInstanceOf(PrintResult.Failed.class);
    }

    @Test
    void blinksTheStatusLedWhileTheTicketPrints() {
        var ledWhilePrinting = new AtomicReference<LedState>();
        printer = job -> {
            ledWhilePrinting.set(gpio.statusLed());
            return new PrintResult.Printed(null);
        };

        taking(0).takeNow("social-insurance", "key-1", Locale.ENGLISH);

        assertThat(ledWhilePrinting.get()).isEqualTo(LedState.PRINTING);
        assertThat(gpio.statusLed()).isNotEqualTo(LedState.PRINTING);
    }

    @Test
    void printsInTheVisitorsLanguageWithTheHallsNameAndZoneEvenIfNoScreenAskedForTheHallYet() {
        taking(0).takeNow("social-insurance", "key-1", Locale.ENGLISH);

        assertThat(printed.get().language()).isEqualTo(Locale.ENGLISH);
        assertThat(printed.get().hallName().en()).isEqualTo("Citizen Service Center");
        assertThat(printed.get().zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(printed.get().ticket().number()).isEqualTo("B001");
    }

    @Test
    void printsTheHallsCodeWhenQueueServiceCannotDescribeTheHall() {
        taking(0, "not-listed").takeNow("social-insurance", "key-1", Locale.ENGLISH);

        assertThat(printed.get().hallName().en()).isEqualTo("not-listed");
        assertThat(printed.get().zone()).isEqualTo(clock.getZone());
    }

    @Test
    void takeRunsInTheBackgroundAndReportsARefusalThroughTheFuture() {
        queue.failNextIssues(FakeQueueApi.refusal("quota-reached", "full"));

        assertThatThrownBy(() -> taking(0).take("company-registration", "key-1", Locale.ENGLISH).join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(QueueApiException.class);
    }
}
