package org.openhall.queue.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.LocalizedText;
import org.openhall.client.api.WindowView;
import org.openhall.queue.admin.HallAdministration;
import org.openhall.queue.hall.ServiceDefinition;
import org.openhall.queue.problem.QueueException;
import org.openhall.queue.window.WindowSettings;

/**
 * Adds a window or edits one: its number, label, which tickets it takes, and for each service of
 * the hall whether it serves it and with what weight.
 */
final class WindowDialog extends Dialog {

    static final String ALL = "all";
    static final String PRIORITY = "priority";
    static final String NORMAL = "normal";

    private final HallAdministration admin;
    private final String hall;
    private final @Nullable WindowView editing;
    private final Runnable saved;
    private final Binder<Form> binder = new Binder<>();
    private final IntegerField number = new IntegerField();
    private final TextField labelZh = new TextField();
    private final TextField labelEn = new TextField();
    private final RadioButtonGroup<String> restriction = new RadioButtonGroup<>();
    private final Span servicesProblem = new Span();
    private final Paragraph problem = new Paragraph();

    WindowDialog(HallAdministration admin, String hall, List<ServiceDefinition> services, List<WindowView> windows,
            @Nullable WindowView editing, Runnable saved) {
        this.admin = admin;
        this.hall = hall;
        this.editing = editing;
        this.saved = saved;
        setHeaderTitle(editing == null ? getTranslation("admin.window.add")
                : getTranslation("admin.window.edit", editing.number()));
        setWidth("min(48rem, 96vw)");
        setCloseOnOutsideClick(false);

        number.setId("window-number");
        number.setLabel(getTranslation("admin.window.number"));
        number.setHelperText(getTranslation("admin.window.number.help"));
        labelZh.setId("window-label-zh");
        labelZh.setLabel(getTranslation("admin.window.labelZh"));
        labelEn.setId("window-label-en");
        labelEn.setLabel(getTranslation("admin.window.labelEn"));
        restriction.setId("window-restriction");
        restriction.setLabel(getTranslation("admin.window.restriction"));
        restriction.setItems(ALL, PRIORITY, NORMAL);
        restriction.setItemLabelGenerator(v -> getTranslation(switch (v) {
            case PRIORITY -> "admin.window.priorityOnly";
            case NORMAL -> "admin.window.normalOnly";
            default -> "admin.window.allTickets";
        }));

        binder.forField(number).asRequired(getTranslation("admin.window.number.invalid", WindowSettings.MAX_NUMBER))
                .withValidator(v -> v >= 1 && v <= WindowSettings.MAX_NUMBER,
                        getTranslation("admin.window.number.invalid", WindowSettings.MAX_NUMBER))
                .withValidator(v -> windows.stream().noneMatch(w -> w.number() == v
                        && (editing == null || w.id() != editing.id())), getTranslation("admin.error.window-number-taken"))
                .bind(f -> f.number, (f, v) -> f.number = v);
        binder.forField(labelZh).withValidator(v -> v.strip().length() <= 100, getTranslation("admin.tooLong", 100))
                .bind(f -> f.labelZh, (f, v) -> f.labelZh = v.strip());
        binder.forField(labelEn).withValidator(v -> v.strip().length() <= 100, getTranslation("admin.tooLong", 100))
                .bind(f -> f.labelEn, (f, v) -> f.labelEn = v.strip());
        binder.forField(restriction).asRequired().bind(f -> f.restriction, (f, v) -> f.restriction = v);

        Div rows = new Div();
        rows.addClassName("oh-weights");
        rows.setId("window-services");
        Map<String, Double> current = new LinkedHashMap<>();
        if (editing != null) {
            editing.services().forEach(s -> current.put(s.service(), s.weight()));
        }
        for (ServiceDefinition service : services) {
            if (!service.active() && !current.containsKey(service.code())) {
                continue;
            }
            String code = service.code();
            Checkbox serves = new Checkbox(service.prefix() + " · " + service.name().in(getLocale())
                    + (service.active() ? "" : " (" + getTranslation("admin.inactive") + ")"));
            serves.setId("serves-" + code);
            NumberField weight = new NumberField();
            weight.setId("weight-" + code);
            weight.setAriaLabel(getTranslation("admin.window.weight"));
            weight.setPlaceholder("0.1 – 1.0");
            weight.setStepButtonsVisible(true);
            weight.setStep(0.1);
            weight.setWidth("9rem");
            binder.forField(serves).bind(f -> f.weights.containsKey(code), (f, v) -> {
                if (!v) {
                    f.weights.remove(code);
                }
            });
            binder.forField(weight)
                    .withValidator(v -> !serves.getValue() || (v != null && v >= WindowSettings.MIN_WEIGHT - 1e-9
                            && v <= WindowSettings.MAX_WEIGHT + 1e-9), getTranslation("admin.window.weight.invalid"))
                    .bind(f -> f.weights.getOrDefault(code, 1.0), (f, v) -> {
                        if (serves.getValue() && v != null) {
                            f.weights.put(code, Math.round(v * 100) / 100.0);
                        }
                    });
            weight.setEnabled(false);
            serves.addValueChangeListener(e -> weight.setEnabled(e.getValue()));
            HorizontalLayout row = new HorizontalLayout(serves, weight);
            row.setAlignItems(FlexComponent.Alignment.CENTER);
            row.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
            row.setWidthFull();
            rows.add(row);
        }
        binder.withValidator(f -> !f.weights.isEmpty(), getTranslation("admin.window.services.required"));
        servicesProblem.addClassName("oh-form-problem");
        servicesProblem.setId("window-services-problem");
        binder.setStatusLabel(servicesProblem);

        Form form = new Form();
        if (editing != null) {
            form.number = editing.number();
            form.labelZh = editing.label().zh();
            form.labelEn = editing.label().en();
            form.restriction = editing.priorityOnly() ? PRIORITY : editing.normalOnly() ? NORMAL : ALL;
            form.weights.putAll(current);
        }
        binder.readBean(form);

        FormLayout fields = new FormLayout(number, restriction, labelZh, labelEn);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        Span servicesTitle = new Span(getTranslation("admin.window.services"));
        servicesTitle.addClassName("oh-form-section");
        problem.addClassName("oh-form-problem");
        problem.setId("window-problem");
        problem.setVisible(false);
        add(problem, fields, servicesTitle, new Paragraph(getTranslation("admin.window.weight.help")), rows,
                servicesProblem);

        Button save = new Button(getTranslation("admin.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("window-save");
        Button cancel = new Button(getTranslation("staff.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private void save() {
        // Bean-level validators see the bean being written; start from an empty one for the services.
        Form form = new Form();
        if (!binder.writeBeanIfValid(form)) {
            return;
        }
        try {
            WindowSettings settings = new WindowSettings(java.util.Objects.requireNonNull(form.number), LocalizedText.of(form.labelZh, form.labelEn),
                    form.weights, PRIORITY.equals(form.restriction), NORMAL.equals(form.restriction));
            if (editing == null) {
                admin.addWindow(hall, settings);
            } else {
                admin.updateWindow(editing.id(), settings);
            }
        } catch (QueueException e) {
            if (e.code().equals("window-number-taken")) {
                Refusals.onField(number, this, e);
            } else {
                problem.setText(Refusals.message(this, e));
                problem.setVisible(true);
            }
            return;
        }
        Refusals.saved(this, getTranslation("admin.saved"));
        close();
        saved.run();
    }

    /** The window as the form holds it. */
    static final class Form {
        @Nullable Integer number;
        String labelZh = "";
        String labelEn = "";
        String restriction = ALL;
        final Map<String, Double> weights = new LinkedHashMap<>();
    }
}
