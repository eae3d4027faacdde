package org.openhall.kiosk.consult;

import java.util.List;
import org.openhall.client.QueueApi;
import org.openhall.client.QueueApiException;
import org.openhall.client.QueueUnavailableException;
import org.openhall.client.api.ConsultationRequest;
import org.openhall.client.api.ConsultationView;
import org.openhall.client.api.LocalizedText;
import org.openhall.kiosk.KioskProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Opens consultations for visitors at this kiosk (channel {@value #CHANNEL}) and reads them back. A
 * question is one of the {@link Question common questions}, sent in both languages so that whoever
 * answers can read it.
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

    public Consulting(QueueApi queue, KioskProperties properties) {
        this.queue = queue;
        this.hall = properties.hall();
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
        log.info("Consultation {} opened at the kiosk about service {} ({})", opened.id(), service, question);
        return opened;
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
