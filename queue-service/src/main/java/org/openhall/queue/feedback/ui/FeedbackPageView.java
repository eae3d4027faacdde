package org.openhall.queue.feedback.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.FeedbackRequest;
import org.openhall.client.api.FeedbackView;
import org.openhall.queue.feedback.FeedbackDesk;
import org.openhall.queue.hall.Hall;
import org.openhall.queue.hall.HallCatalog;
import org.openhall.queue.problem.PublicRateLimits;
import org.openhall.queue.problem.QueueException;

/**
 * {@code /feedback} (or {@code /feedback/{hall}}): a complaint or suggestion from a visitor's phone or
 * computer, no account needed, in Chinese and English at once; its tracking number afterwards, and
 * where any tracking number ({@code FK-…} or a bad review's {@code FU-…}) is looked up. Counted
 * against the same per-address limits as the public API.
 */
@Route("feedback")
@PageTitle("OpenHall · 投诉建议 Complaints and suggestions")
@AnonymousAllowed
public class FeedbackPageView extends Div implements HasUrlParameter<String> {

    private static final Map<String, String> CATEGORIES = new LinkedHashMap<>();

    static {
        CATEGORIES.put("ATTITUDE", "服务态度 · Attitude");
        CATEGORIES.put("EFFICIENCY", "办事效率 · Efficiency");
        CATEGORIES.put("ENVIRONMENT", "大厅环境 · Hall environment");
        CATEGORIES.put("PROCESS", "办事流程 · Procedure");
        CATEGORIES.put("OTHER", "其他 · Other");
    }

    private final FeedbackDesk desk;
    private final HallCatalog catalog;
    private final PublicRateLimits limits;
    private @Nullable Hall hall;
    private final H2 hallName = new H2();
    private final Div form = new Div();
    private final Div result = new Div();
    private final Paragraph problem = new Paragraph();
    private final Div status = new Div();
    private final Anchor ask = new Anchor("ask", I18NProvider.translate(Locale.SIMPLIFIED_CHINESE, "consult.ask.link")
            + " · " + I18NProvider.translate(Locale.ENGLISH, "consult.ask.link"));

    public FeedbackPageView(FeedbackDesk desk, HallCatalog catalog, PublicRateLimits limits) {
        this.desk = desk;
        this.catalog = catalog;
        this.limits = limits;
        addClassNames("oh-ticket-page", "oh-feedback-page");
        H1 title = new H1("投诉建议");
        title.addClassName("oh-feedback-title");
        Span titleEn = new Span("Complaints and suggestions");
        titleEn.addClassName("oh-feedback-title-en");
        hallName.addClassName("oh-feedback-hall");
        problem.addClassName("oh-form-problem");
        problem.setId("feedback-problem");
        problem.setVisible(false);
        result.setId("feedback-result");
        result.setVisible(false);
        ask.setId("feedback-ask");
        ask.addClassName("oh-ask-link");
        add(title, titleEn, hallName, new Div(ask), form, problem, result, lookUp());
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String code) {
        Optional<Hall> chosen = code == null ? catalog.halls().stream().findFirst()
                : catalog.halls().stream().filter(h -> h.code().equals(code)).findFirst();
        hall = chosen.orElse(null);
        hallName.setText(hall == null ? "没有这个大厅 · No such hall" : hall.name().zh() + " · " + hall.name().en());
        form.removeAll();
        // By its path: the consultation module builds on this one, not the other way round.
        ask.setHref(hall == null ? "ask" : "ask/" + hall.code());
        if (hall != null) {
            buildForm();
        }
    }

    private void buildForm() {
        RadioButtonGroup<String> kind = new RadioButtonGroup<>("类型 · Kind");
        kind.setId("feedback-kind");
        kind.setItems("COMPLAINT", "SUGGESTION");
        kind.setItemLabelGenerator(k -> k.equals("COMPLAINT") ? "投诉 · Complaint" : "建议 · Suggestion");
        kind.setValue("COMPLAINT");
        Select<String> category = new Select<>();
        category.setId("feedback-category");
        category.setLabel("方面 · About");
        category.setItems(CATEGORIES.keySet());
        category.setItemLabelGenerator(CATEGORIES::get);
        category.setValue("OTHER");
        category.setWidthFull();
        TextArea text = new TextArea("内容 · What happened, or your idea");
        text.setId("feedback-text");
        text.setMaxLength(1000);
        text.setMinHeight("8rem");
        text.setWidthFull();
        TextField contact = new TextField("联系方式（可选） · Phone or e-mail for our answer (optional)");
        contact.setId("feedback-contact");
        contact.setMaxLength(100);
        contact.setWidthFull();
        Button send = new Button("提交 · Send");
        send.setId("feedback-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        send.setDisableOnClick(true);
        send.addClickListener(e -> {
            try {
                submit(kind.getValue(), category.getValue(), text.getValue(), contact.getValue());
            } finally {
                send.setEnabled(!result.isVisible());
            }
        });
        Paragraph privacy = new Paragraph("请不要填写身份证号。联系方式只用于回复您，保存 30 天。"
                + " · Please do not write your ID number. Your contact is used only to answer you and kept 30 days.");
        privacy.addClassName("oh-muted");
        form.add(kind, category, text, contact, privacy, send);
    }

    private void submit(String kind, String category, String text, String contact) {
        problem.setVisible(false);
        if (text == null || text.isBlank()) {
            show("请写下内容。 · Please write what happened or your idea.");
            return;
        }
        if (limits.take(PublicRateLimits.Kind.WRITE, address()) > 0) {
            show("提交太频繁，请一分钟后再试。 · Too many in a short time; please try again in a minute.");
            return;
        }
        FeedbackView saved;
        try {
            saved = desk.submit(hall.code(), new FeedbackRequest(kind, category, text.strip(),
                    contact == null || contact.isBlank() ? null : contact.strip(), null));
        } catch (QueueException e) {
            show("未能提交：" + e.getMessage() + " · Not sent: " + e.getMessage());
            return;
        }
        form.setVisible(false);
        result.removeAll();
        Span number = new Span(saved.trackingNumber());
        number.setId("feedback-tracking");
        number.addClassName("oh-feedback-tracking");
        result.add(new Paragraph("已收到，谢谢！我们会在规定时限内处理。 · Received, thank you. We will follow it up within the deadline."),
                new Paragraph("您的查询号 · Your tracking number"), number,
                new Paragraph("凭此号在本页查询处理进度。 · Use it on this page to see how it is going."));
        result.setVisible(true);
    }

    /** Looks up a complaint's or bad review's progress by its tracking number. */
    private Div lookUp() {
        TextField tracking = new TextField("查询进度 · Follow up with your tracking number");
        tracking.setId("feedback-lookup");
        tracking.setPlaceholder("FK-20261126-0001");
        tracking.setMaxLength(24);
        tracking.setWidthFull();
        Button find = new Button("查询 · Look up", e -> {
            status.removeAll();
            String number = tracking.getValue() == null ? "" : tracking.getValue().strip().toUpperCase();
            if (limits.take(PublicRateLimits.Kind.READ, address()) > 0) {
                status.add(new Paragraph("查询太频繁，请一分钟后再试。 · Too many lookups; please try again in a minute."));
                return;
            }
            try {
                FeedbackView found = desk.find(number);
                status.add(new Paragraph(found.trackingNumber() + " · " + statusText(found.status())));
                if (found.answer() != null) {
                    Paragraph answer = new Paragraph("答复 · Answer: " + found.answer());
                    answer.setId("feedback-answer");
                    status.add(answer);
                }
            } catch (QueueException ex) {
                status.add(new Paragraph("没有找到这个查询号。 · No such tracking number."));
            }
        });
        find.setId("feedback-find");
        status.setId("feedback-status");
        Div box = new Div(tracking, find, status);
        box.addClassName("oh-feedback-lookup");
        return box;
    }

    private static String statusText(String status) {
        return switch (status) {
            case "RECEIVED" -> "已收到 · Received";
            case "IN_PROGRESS" -> "处理中 · Being handled";
            case "ANSWERED" -> "已答复 · Answered";
            default -> status;
        };
    }

    private void show(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    private static String address() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
    }
}
