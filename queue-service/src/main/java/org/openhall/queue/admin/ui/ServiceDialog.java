package org.openhall.queue.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.LocalizedText;
import org.openhall.client.api.ServiceView;
import org.openhall.queue.admin.HallAdministration;
import org.openhall.queue.hall.ServiceDefinition;
import org.openhall.queue.problem.QueueException;

/** Adds a service to a hall or edits one: every field checked as it is typed, and again by the server on save. */
final class ServiceDialog extends Dialog {

    private static final String CODE = "[a-z0-9][a-z0-9-]{0,47}";

    private final HallAdministration admin;
    private final String hall;
    private final @Nullable ServiceDefinition editing;
    private final Runnable saved;
    private final Binder<Form> binder = new Binder<>();
    private final TextField code = field("service-code", "admin.service.code");
    private final TextField prefix = field("service-prefix", "admin.service.prefix");
    private final TextField nameZh = field("service-name-zh", "admin.service.nameZh");
    private final TextField nameEn = field("service-name-en", "admin.service.nameEn");
    private final TextField categoryZh = field("service-category-zh", "admin.service.categoryZh");
    private final TextField categoryEn = field("service-category-en", "admin.service.categoryEn");
    private final TextArea materialsZh = area("service-materials-zh", "admin.service.materialsZh");
    private final TextArea materialsEn = area("service-materials-en", "admin.service.materialsEn");
    private final TextArea stepsZh = area("service-steps-zh", "admin.service.stepsZh");
    private final TextArea stepsEn = area("service-steps-en", "admin.service.stepsEn");
    private final TextField timeLimitZh = field("service-time-limit-zh", "admin.service.timeLimitZh");
    private final TextField timeLimitEn = field("service-time-limit-en", "admin.service.timeLimitEn");
    private final TextField feeZh = field("service-fee-zh", "admin.service.feeZh");
    private final TextField feeEn = field("service-fee-en", "admin.service.feeEn");
    private final IntegerField quota = new IntegerField();
    private final IntegerField threshold = new IntegerField();
    private final Checkbox preApply = new Checkbox();
    private final Paragraph problem = new Paragraph();

    ServiceDialog(HallAdministration admin, String hall, List<ServiceDefinition> services,
            @Nullable ServiceDefinition editing, Runnable saved) {
        this.admin = admin;
        this.hall = hall;
        this.editing = editing;
        this.saved = saved;
        setHeaderTitle(editing == null ? getTranslation("admin.service.add")
                : getTranslation("admin.service.edit", editing.name().in(getLocale())));
        setWidth("min(64rem, 96vw)");
        setCloseOnOutsideClick(false);

        quota.setId("service-quota");
        quota.setLabel(getTranslation("admin.service.quota"));
        quota.setHelperText(getTranslation("admin.service.quota.help"));
        threshold.setId("service-threshold");
        threshold.setLabel(getTranslation("admin.service.thresholdMinutes"));
        threshold.setHelperText(getTranslation("admin.service.threshold.help"));
        preApply.setId("service-pre-apply");
        preApply.setLabel(getTranslation("admin.service.preApply"));
        code.setHelperText(getTranslation("admin.service.code.help"));
        prefix.setHelperText(getTranslation("admin.service.prefix.help"));
        prefix.setMaxLength(1);
        for (TextArea area : List.of(materialsZh, materialsEn, stepsZh, stepsEn)) {
            area.setHelperText(getTranslation("admin.service.lines.help"));
        }

        binder.forField(code).asRequired(getTranslation("admin.required"))
                .withValidator(v -> v.strip().matches(CODE), getTranslation("admin.service.code.invalid"))
                .withValidator(v -> editing != null || services.stream().noneMatch(s -> s.code().equals(v.strip())),
                        getTranslation("admin.error.service-code-taken"))
                .bind(f -> f.code, (f, v) -> f.code = v.strip());
        binder.forField(prefix).asRequired(getTranslation("admin.required"))
                .withConverter(v -> v.strip().toUpperCase(Locale.ROOT), v -> v, getTranslation("admin.service.prefix.invalid"))
                .withValidator(v -> v.matches("[A-Z]"), getTranslation("admin.service.prefix.invalid"))
                .withValidator(v -> services.stream().noneMatch(s -> s.active() && s.prefix().equals(v)
                        && (editing == null || !s.code().equals(editing.code()))),
                        getTranslation("admin.error.service-prefix-taken"))
                .bind(f -> f.prefix, (f, v) -> f.prefix = v);
        text(nameZh, 100, true).bind(f -> f.nameZh, (f, v) -> f.nameZh = v);
        text(nameEn, 100, true).bind(f -> f.nameEn, (f, v) -> f.nameEn = v);
        text(categoryZh, 50, true).bind(f -> f.categoryZh, (f, v) -> f.categoryZh = v);
        text(categoryEn, 50, true).bind(f -> f.categoryEn, (f, v) -> f.categoryEn = v);
        lines(materialsZh).bind(f -> f.materialsZh, (f, v) -> f.materialsZh = v);
        lines(materialsEn).bind(f -> f.materialsEn, (f, v) -> f.materialsEn = v);
        lines(stepsZh).bind(f -> f.stepsZh, (f, v) -> f.stepsZh = v);
        lines(stepsEn).bind(f -> f.stepsEn, (f, v) -> f.stepsEn = v);
        text(timeLimitZh, 200, false).bind(f -> f.timeLimitZh, (f, v) -> f.timeLimitZh = v);
        text(timeLimitEn, 200, false).bind(f -> f.timeLimitEn, (f, v) -> f.timeLimitEn = v);
        text(feeZh, 200, false).bind(f -> f.feeZh, (f, v) -> f.feeZh = v);
        text(feeEn, 200, false).bind(f -> f.feeEn, (f, v) -> f.feeEn = v);
        binder.forField(quota)
                .withValidator(v -> v == null || (v >= 1 && v <= HallAdministration.MAX_DAILY_QUOTA),
                        getTranslation("admin.service.quota.invalid", HallAdministration.MAX_DAILY_QUOTA))
                .bind(f -> f.quota, (f, v) -> f.quota = v);
        binder.forField(threshold)
                .withValidator(v -> v == null || (v >= 1 && v <= HallAdministration.MAX_WAIT_THRESHOLD_MINUTES),
                        getTranslation("admin.service.threshold.invalid", HallAdministration.MAX_WAIT_THRESHOLD_MINUTES))
                .bind(f -> f.thresholdMinutes, (f, v) -> f.thresholdMinutes = v);
        binder.forField(preApply).bind(f -> f.preApply, (f, v) -> f.preApply = v);

        binder.readBean(editing == null ? new Form() : Form.of(editing));
        code.setReadOnly(editing != null);

        FormLayout form = new FormLayout(code, prefix, nameZh, nameEn, categoryZh, categoryEn, materialsZh, materialsEn,
                stepsZh, stepsEn, timeLimitZh, timeLimitEn, feeZh, feeEn, quota, threshold, preApply);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        problem.addClassName("oh-form-problem");
        problem.setId("service-problem");
        problem.setVisible(false);
        add(problem, form);

        Button save = new Button(getTranslation("admin.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("service-save");
        Button cancel = new Button(getTranslation("staff.cancel"), e -> close());
        cancel.setId("service-cancel");
        getFooter().add(cancel, save);
    }

    private void save() {
        Form form = new Form();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        ServiceDefinition service = form.toService(editing);
        try {
            if (editing == null) {
                admin.addService(hall, service);
            } else {
                admin.updateService(hall, service);
            }
        } catch (QueueException e) {
            switch (e.code()) {
                case "service-code-taken" -> Refusals.onField(code, this, e);
                case "service-prefix-taken" -> Refusals.onField(prefix, this, e);
                default -> {
                    problem.setText(Refusals.message(this, e));
                    problem.setVisible(true);
                }
            }
            return;
        }
        Refusals.saved(this, getTranslation("admin.saved"));
        close();
        saved.run();
    }

    private Binder.BindingBuilder<Form, String> text(TextField field, int max, boolean required) {
        Binder.BindingBuilder<Form, String> builder = binder.forField(field);
        if (required) {
            builder = builder.asRequired(getTranslation("admin.required"));
        }
        return builder.withValidator(v -> v == null || v.strip().length() <= max, getTranslation("admin.tooLong", max));
    }

    private Binder.BindingBuilder<Form, String> lines(TextArea area) {
        return binder.forField(area).withValidator(v -> v == null || split(v).stream().allMatch(l -> l.length() <= 300),
                getTranslation("admin.service.lines.invalid", 300));
    }

    private TextField field(String id, String label) {
        TextField field = new TextField(getTranslation(label));
        field.setId(id);
        return field;
    }

    private TextArea area(String id, String label) {
        TextArea area = new TextArea(getTranslation(label));
        area.setId(id);
        area.setMinHeight("6rem");
        return area;
    }

    static List<String> split(String text) {
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** The service as the form holds it. */
    static final class Form {
        String code = "";
        String prefix = "";
        String nameZh = "";
        String nameEn = "";
        String categoryZh = "";
        String categoryEn = "";
        String materialsZh = "";
        String materialsEn = "";
        String stepsZh = "";
        String stepsEn = "";
        String timeLimitZh = "";
        String timeLimitEn = "";
        String feeZh = "";
        String feeEn = "";
        @Nullable Integer quota;
        @Nullable Integer thresholdMinutes = 30;
        boolean preApply;

        static Form of(ServiceDefinition s) {
            Form f = new Form();
            f.code = s.code();
            f.prefix = s.prefix();
            f.nameZh = s.name().zh();
            f.nameEn = s.name().en();
            f.categoryZh = s.category().zh();
            f.categoryEn = s.category().en();
            f.materialsZh = join(s.guide().materials(), true);
            f.materialsEn = join(s.guide().materials(), false);
            f.stepsZh = join(s.guide().steps(), true);
            f.stepsEn = join(s.guide().steps(), false);
            f.timeLimitZh = s.guide().timeLimit().zh();
            f.timeLimitEn = s.guide().timeLimit().en();
            f.feeZh = s.guide().fee().zh();
            f.feeEn = s.guide().fee().en();
            f.quota = s.dailyQuota();
            f.thresholdMinutes = s.waitThreshold() == null ? null : (int) s.waitThreshold().toMinutes();
            f.preApply = s.preApplicationOnline();
            return f;
        }

        ServiceDefinition toService(@Nullable ServiceDefinition editing) {
            ServiceView.Guide guide = new ServiceView.Guide(pair(materialsZh, materialsEn), pair(stepsZh, stepsEn),
                    LocalizedText.of(timeLimitZh.strip(), timeLimitEn.strip()), LocalizedText.of(feeZh.strip(), feeEn.strip()));
            return new ServiceDefinition(code, prefix, LocalizedText.of(nameZh.strip(), nameEn.strip()),
                    LocalizedText.of(categoryZh.strip(), categoryEn.strip()), guide, quota,
                    thresholdMinutes == null ? null : Duration.ofMinutes(thresholdMinutes), preApply,
                    editing == null || editing.active(), editing == null ? 0 : editing.sortOrder());
        }

        /** Chinese and English lines paired by position; a line missing in one language stays empty there. */
        private static List<LocalizedText> pair(String zh, String en) {
            List<String> a = split(zh);
            List<String> b = split(en);
            List<LocalizedText> lines = new ArrayList<>();
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                lines.add(LocalizedText.of(i < a.size() ? a.get(i) : "", i < b.size() ? b.get(i) : ""));
            }
            return lines;
        }

        private static String join(List<LocalizedText> lines, boolean zh) {
            return String.join("\n", lines.stream().map(l -> zh ? l.zh() : l.en()).toList());
        }
    }
}
