package org.openhall.kiosk.consult;

import java.util.List;
import java.util.Locale;
import org.openhall.client.QueueApi;
import org.openhall.client.QueueApiException;
import org.openhall.client.QueueUnavailableException;
import org.openhall.client.api.ConsultationRequest;
import org.openhall.client.api.ConsultationView;
import org.openhall.client.api.LocalizedText;
import org.openhall.client.api.HallView;
import org.openhall.kiosk.KioskProperties;
import org.openhall.kiosk.device.KioskDeviceStatus;
import org.openhall.kiosk.hall.HallDirectory;
import org.openhall.kiosk.printer.ConsultationSlip;
import org.openhall.kiosk.printer.PrintResult;
import org.openhall.kiosk.printer.TicketPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Opens consultations for visitors at this kiosk (channel {@value #CHANNEL}) and reads them back. A
 * question is one of the {@link Question common questions}, sent in both languages so that whoever
 * answers can read it. The conversation's QR code can also be printed, for a visitor who wants it on
 * paper.
 */
@Service
public class Consulting {

    private static final Logger log = LoggerFactory.getLogger(Consulting.class);

    /** The channel consultations opened at a kiosk are recorded with. */
    public static final String CHANNEL = "KIOSK";

    /** The questions a visitor can ask at the kiosk, in the order they are offered. */
    public enum Question {
        MATERIALS("需要带哪些材料？", "Which materials do I need?"),
        PROXY("可以委托他人办理吗？", "Can someone apply for me?"),
        DURATION("办理要多久？", "How long does it take?"),
        FEE("需要交费吗？", "Is there a fee?"),
        WINDOW("在哪个窗口办理？", "Which window handles it?");

        private final LocalizedText text;

        Question(String zh, String en) {
            this.text = LocalizedText.of(zh, en);
        }

        /** The question in both languages. */
        public LocalizedText text() {
            return text;
        }

        /** What is sent to staff: the Chinese question, then the English one. */
        public String asSent() {
            return text.zh() + " " + text.en();
        }
    }

    private final QueueApi queue;
    private final String hall;
    private final HallDirectory directory;
    private final TicketPrinter printer;
    private final KioskDeviceStatus devices;

    public Consulting(QueueApi queue, KioskProperties properties, HallDirectory directory, TicketPrinter printer,
            KioskDeviceStatus devices) {
        this.queue = queue;
        this.hall = properties.hall();
        this.directory = directory;
        this.printer = printer;
        this.devices = devices;
    }

    /** The common questions, in the order they are offered. */
    public List<Question> questions() {
        return List.of(Question.values());
    }

    /**
     * Asks {@code question} about {@code service}, with no ticket.
     *
     * @throws QueueApiException         when queue-service refuses ({@code unknown-service},
     *                                   {@code invalid-consultation}, {@code too-fast},
     *                                   {@code too-many-requests}); nothing is opened
     * @throws QueueUnavailableException when queue-service does not answer
     */
    public ConsultationView ask(String service, Question question) {
        ConsultationView opened = queue.openConsultation(hall,
                new ConsultationRequest(service, question.asSent(), null, CHANNEL));
        log.info("Consultation {} opened at the kiosk about service {} ({})", shortId(opened.id()), service, question);
        return opened;
    }

    /** Whether the printer can be expected to print a slip now: nothing wrong with it, and its last slip came out. */
    public boolean canPrint() {
        var status = printer.status();
        return status.canPrint() && status.fault() == null;
    }

    /**
     * Prints {@code consultation}'s QR code with the service and {@code question}, in {@code language} first.
     * Never throws for a printer problem: it returns {@link PrintResult.Failed}.
     */
    public PrintResult print(ConsultationView consultation, Question question, Locale language) {
        HallView known = directory.hallIfKnown().orElse(null);
        LocalizedText hallName = known != null ? known.name() : LocalizedText.of(hall, hall);
        try {
            var slip = new ConsultationSlip(consultation.id(), consultation.link(), consultation.serviceName(),
                    question.text(), consultation.openedAt(), hallName, directory.zone(), language);
            PrintResult result = devices.print(printer, slip);
            if (result instanceof PrintResult.Failed failed) {
                log.warn("The QR code of consultation {} did not print: {}", shortId(consultation.id()), failed.reason());
            }
            return result;
        } catch (RuntimeException e) {
            // The printer's contract is not to throw; if one does anyway, the phone's QR code is still on screen.
            log.error("The printer failed on consultation {}", shortId(consultation.id()), e);
            return new PrintResult.Failed(String.valueOf(e.getMessage()));
        }
    }

    /** Enough of a conversation's id to match it in logs; its whole id would let a reader open it. */
    private static String shortId(String id) {
        return id.substring(0, Math.min(6, id.length())) + "…";
    }

    /**
     * The consultation {@code id} as it stands now.
     *
     * @throws QueueApiException         when queue-service refuses
     * @throws QueueUnavailableException when queue-service does not answer
     */
    public ConsultationView follow(String id) {
        return queue.consultation(id);
    }
}
