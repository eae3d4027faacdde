package org.openhall.kiosk.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhall.kiosk.i18n.KioskTranslations;

/** Prints to a fake network printer: a server socket on the loopback that answers status requests. */
class EscPosTicketPrinterTest {

    private static final byte OK = 0x12;

    private final EscPosTicket slips = new EscPosTicket(new KioskTranslations());
    private ServerSocket server;

    @BeforeEach
    void listen() throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    }

    @AfterEach
    void close() throws IOException {
        server.close();
    }

    private EscPosTicketPrinter printer() {
        var port = PrinterPort.of("tcp://127.0.0.1:" + server.getLocalPort(), Duration.ofSeconds(2));
        return new EscPosTicketPrinter(slips, port, Duration.ofSeconds(2));
    }

    @Test
    void sendsExactlyTheSlipsBytesBetweenTwoStatusQueries() throws Exception {
        var printerSide = FakePrinter.start(server, new byte[] {OK, OK, OK, OK});
        var job = EscPosTicketTest.job("A023", Locale.SIMPLIFIED_CHINESE);

        PrintResult result = printer().print(job);

        assertThat(result).isInstanceOf(PrintResult.Printed.class);
        byte[] received = printerSide.get(10, TimeUnit.SECONDS);
        var expected = new ByteArrayOutputStream();
        for (int n = 1; n <= 4; n++) {
            expected.writeBytes(new byte[] {0x10, 0x04, (byte) n});
        }
        expected.writeBytes(slips.bytes(job));
        for (int n = 1; n <= 4; n++) {
            expected.writeBytes(new byte[] {0x10, 0x04, (byte) n});
        }
        assertThat(received).isEqualTo(expected.toByteArray());
    }

    @Test
    void reportsPaperEndAndPrintsNothing() throws Exception {
        // DLE EOT 2 bit 5 (stopped by paper end), DLE EOT 4 bits 5 and 6 (paper end sensor)
        var printerSide = FakePrinter.start(server, new byte[] {OK | 0x08, OK | 0x20, OK, OK | 0x60});
        var printer = printer();

        PrintResult result = printer.print(EscPosTicketTest.job("A024", Locale.ENGLISH));

        assertThat(result).isInstanceOfSatisfying(PrintResult.Failed.class,
                failed -> assertThat(failed.reason()).contains("paper end"));
        assertThat(printer.status().paperEnd()).isTrue();
        assertThat(printer.status().canPrint()).isFalse();
        assertThat(printerSide.get(10, TimeUnit.SECONDS)).hasSize(4 * 3);
    }

    @Test
    void warnsOfPaperNearEndButPrints() throws Exception {
        FakePrinter.start(server, new byte[] {OK, OK, OK, OK | 0x0C});
        var printer = printer();

        PrintResult result = printer.print(EscPosTicketTest.job("A025", Locale.ENGLISH));

        assertThat(result).isInstanceOf(PrintResult.Printed.class);
        assertThat(printer.status().paperNearEnd()).isTrue();
        assertThat(printer.status().problems()).containsExactly("paper near end");
    }

    @Test
    void reportsACoverOpenedDuringTheSlip() throws Exception {
        FakePrinter.start(server, new byte[] {OK, OK, OK, OK}, new byte[] {OK | 0x08, OK | 0x04, OK, OK});

        PrintResult result = printer().print(EscPosTicketTest.job("A026", Locale.ENGLISH));

        assertThat(result).isInstanceOfSatisfying(PrintResult.Failed.class,
                failed -> assertThat(failed.reason()).contains("cover open"));
    }

    @Test
    void reportsAnUnreachablePrinterAsAFailureInsteadOfThrowing() throws IOException {
        int closedPort = server.getLocalPort();
        server.close();
        var printer = new EscPosTicketPrinter(slips, PrinterPort.of("tcp://127.0.0.1:" + closedPort,
                Duration.ofMillis(500)), Duration.ofMillis(500));

        assertThat(printer.print(EscPosTicketTest.job("A027", Locale.ENGLISH))).isInstanceOf(PrintResult.Failed.class);
        assertThat(printer.status().fault()).contains("unreachable");
    }

    @Test
    void printsToADeviceFileThatGivesNoStatusAnswer(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws IOException {
        var device = java.nio.file.Files.createFile(dir.resolve("lp0"));
        var job = EscPosTicketTest.job("A028", Locale.SIMPLIFIED_CHINESE);
        var printer = new EscPosTicketPrinter(slips, PrinterPort.of("file:" + device, Duration.ofMillis(200)),
                Duration.ofMillis(200));

        assertThat(printer.print(job)).isInstanceOf(PrintResult.Printed.class);
        byte[] written = java.nio.file.Files.readAllBytes(device);
        assertThat(EscPosTicketTest.indexOf(written, slips.bytes(job))).isNotNegative();
        assertThat(printer.status().answered()).isFalse();
    }

    @Test
    void readsPrinterStatusBytes() {
        assertThat(PrinterStatus.parse(OK, OK, OK, OK).canPrint()).isTrue();
        assertThat(PrinterStatus.parse(OK, (byte) (OK | 0x04), OK, OK).coverOpen()).isTrue();
        assertThat(PrinterStatus.parse(OK, OK, OK, (byte) (OK | 0x0C)).paperNearEnd()).isTrue();
        assertThat(PrinterStatus.parse(OK, OK, OK, (byte) (OK | 0x60)).paperEnd()).isTrue();
    }

    @Test
    void parsesPortSpecifications() {
        assertThat(PrinterPort.of("tcp://10.0.0.5:9100", Duration.ofSeconds(1)))
                .isEqualTo(new TcpPort("10.0.0.5", 9100, Duration.ofSeconds(1)));
        assertThat(PrinterPort.of("file:/dev/usb/lp0", Duration.ofSeconds(1)))
                .isEqualTo(new FilePort(java.nio.file.Path.of("/dev/usb/lp0"), Duration.ofSeconds(1)));
        assertThat(PrinterPort.of("serial:/dev/ttyUSB0?baud=9600", Duration.ofSeconds(1)))
                .isEqualTo(new SerialPort("/dev/ttyUSB0", 9600, Duration.ofSeconds(1)));
    }

    /**
     * Accepts one connection, answers each {@code DLE EOT n} with the n-th byte of the current answer set
     * (the next set after the first four requests), and completes with everything it received.
     */
    static final class FakePrinter {

        static CompletableFuture<byte[]> start(ServerSocket server, byte[]... answers) {
            var received = new CompletableFuture<byte[]>();
            Thread.ofVirtual().start(() -> {
                var all = new ByteArrayOutputStream();
                try (Socket socket = server.accept()) {
                    InputStream in = socket.getInputStream();
                    OutputStream out = socket.getOutputStream();
                    int requests = 0;
                    int previous2 = -1;
                    int previous1 = -1;
                    for (int b = in.read(); b >= 0; b = in.read()) {
                        all.write(b);
                        if (previous2 == 0x10 && previous1 == 0x04 && b >= 1 && b <= 4) {
                            byte[] set = answers[Math.min(requests / 4, answers.length - 1)];
                            out.write(set[b - 1]);
                            out.flush();
                            requests++;
                        }
                        previous2 = previous1;
                        previous1 = b;
                    }
                    received.complete(all.toByteArray());
                } catch (IOException e) {
                    received.complete(all.toByteArray());
                }
            });
            return received;
        }
    }
}
