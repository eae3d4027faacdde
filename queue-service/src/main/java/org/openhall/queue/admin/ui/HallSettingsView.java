package org.openhall.queue.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.LocalizedText;
import org.openhall.queue.admin.HallAdministration;
import org.openhall.queue.hall.Hall;
import org.openhall.queue.hall.HallCatalog;
import org.openhall.queue.policy.CallPolicies;
import org.openhall.queue.problem.QueueException;

/**
 * {@code /admin/hall}: a hall's names, time zone, the time its numbering restarts, how windows call
 * (weighted or first come, first served), opening hours per weekday and holidays.
 */
@Route(value = "admin/hall", layout = AdminLayout.class)
@PageTitle("OpenHall · Admin")
@RolesAllowed("ADMIN")
public class HallSettingsView extends VerticalLayout implements BeforeEnterObserver {

    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();

    private final HallAdministration admin;
    private final HallChoice hallChoice;
    private final Binder<Form> binder = new Binder<>();
    private final TextField nameZh = new TextField();
    private final TextField nameEn = new TextField();
    private final ComboBox<String> zone = new ComboBox<>();
    private final TimePicker dayStart = new TimePicker();
    private final Select<String> policy = new Select<>();
    private final Checkbox enforceHours = new Checkbox();
    private final Div periods = new Div();
    private final List<PeriodRow> periodRows = new ArrayList<>();
    private final DatePicker holiday = new DatePicker();
    private final Div holidayList = new Div();
    private final TreeSet<LocalDate> holidays = new TreeSet<>();
    private final Paragraph problem = new Paragraph();
    private @Nullable Hall hall;
    private int rowsMade;

    public HallSettingsView(HallAdministration admin, HallCatalog catalog) {
        this.admin = admin;
        this.hallChoice = new HallChoice(catalog, h -> {
            hall = h;
            show(h);
        });
        setPadding(false);

        nameZh.setLabel(getTranslation("admin.hall.nameZh"));
        nameZh.setId("hall-name-zh");
        nameEn.setLabel(getTranslation("admin.hall.nameEn"));
        nameEn.setId("hall-name-en");
        zone.setLabel(getTranslation("admin.hall.zone"));
        zone.setId("hall-zone");
        zone.setItems(ZONES);
        zone.setAllowCustomValue(true);
        zone.addCustomValueSetListener(e -> zone.setValue(e.getDetail()));
        zone.setHelperText(getTranslation("admin.hall.zone.help"));
        dayStart.setLabel(getTranslation("admin.hall.dayStart"));
        dayStart.setId("hall-day-start");
        dayStart.setStep(Duration.ofMinutes(30));
        dayStart.setHelperText(getTranslation("admin.hall.dayStart.help"));
        policy.setLabel(getTranslation("admin.hall.policy"));
        policy.setId("hall-policy");
        policy.setItems(CallPolicies.names());
        policy.setItemLabelGenerator(p -> getTranslation("admin.hall.policy." + p));
        enforceHours.setLabel(getTranslation("admin.hall.enforceHours"));
        enforceHours.setId("hall-enforce-hours");

        String required = getTranslation("admin.required");
        binder.forField(nameZh).asRequired(required).withValidator(v -> v.strip().length() <= 100, getTranslation("admin.tooLong", 100))
                .bind(f -> f.nameZh, (f, v) -> f.nameZh = v.strip());
        binder.forField(nameEn).asRequired(required).withValidator(v -> v.strip().length() <= 100, getTranslation("admin.tooLong", 100))
                .bind(f -> f.nameEn, (f, v) -> f.nameEn = v.strip());
        binder.forField(zone).asRequired(required)
                .withValidator(v -> ZoneId.getAvailableZoneIds().contains(v.strip()), getTranslation("admin.hall.zone.invalid"))
                .bind(f -> f.zone, (f, v) -> f.zone = v.strip());
        binder.forField(dayStart).asRequired(required).bind(f -> f.dayStart, (f, v) -> f.dayStart = v);
        binder.forField(policy).asRequired(required).bind(f -> f.policy, (f, v) -> f.policy = v);
        binder.forField(enforceHours).bind(f -> f.enforceHours, (f, v) -> f.enforceHours = v);

        FormLayout general = new FormLayout(nameZh, nameEn, zone, dayStart, policy, enforceHours);
        general.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));

        periods.setId("hall-periods");
        periods.addClassName("oh-periods");
        Button addPeriod = new Button(getTranslation("admin.hall.addPeriod"), e -> addPeriod(null));
        addPeriod.setId("hall-add-period");

        holiday.setLabel(getTranslation("admin.hall.holiday"));
        holiday.setId("hall-holiday");
        Button addHoliday = new Button(getTranslation("admin.hall.addHoliday"), e -> {
            if (holiday.getValue() != null) {
                holidays.add(holiday.getValue());
                holiday.clear();
                showHolidays();
            }
        });
        addHoliday.setId("hall-add-holiday");
        HorizontalLayout holidayInput = new HorizontalLayout(holiday, addHoliday);
        holidayInput.setAlignItems(FlexComponent.Alignment.END);
        holidayList.setId("hall-holidays");
        holidayList.addClassName("oh-chips");

        problem.addClassName("oh-form-problem");
        problem.setId("hall-problem");
        problem.setVisible(false);
        Button save = new Button(getTranslation("admin.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("hall-save");

        add(new H2(getTranslation("admin.nav.hall")), hallChoice, problem, general,
                new H3(getTranslation("admin.hall.openingHours")), new Paragraph(getTranslation("admin.hall.openingHours.help")),
                periods, addPeriod, new H3(getTranslation("admin.hall.holidays")), holidayInput, holidayList, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        hall = hallChoice.choose(event).orElse(null);
        if (hall != null) {
            show(hall);
        }
    }

    private void show(Hall h) {
        problem.setVisible(false);
        binder.readBean(Form.of(h));
        periods.removeAll();
        periodRows.clear();
        rowsMade = 0;
        h.openingHours().forEach(this::addPeriod);
        holidays.clear();
        holidays.addAll(h.holidays());
        showHolidays();
    }

    private void addPeriod(Hall.@Nullable OpeningPeriod period) {
        PeriodRow row = new PeriodRow(rowsMade++);
        if (period != null) {
            row.day.setValue(period.day());
            row.opens.setValue(period.opens());
            row.closes.setValue(period.closes());
        }
        periodRows.add(row);
        periods.add(row);
    }

    private void showHolidays() {
        holidayList.removeAll();
        for (LocalDate day : holidays) {
            Button remove = new Button("✕", e -> {
                holidays.remove(day);
                showHolidays();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel(getTranslation("admin.remove") + " " + day);
            remove.setId("remove-holiday-" + day);
            Span chip = new Span(new Span(day.toString()), remove);
            chip.addClassName("oh-chip");
            holidayList.add(chip);
        }
        if (holidays.isEmpty()) {
            holidayList.add(new Span(getTranslation("admin.hall.noHolidays")));
        }
    }

    private void save() {
        if (hall == null) {
            return;
        }
        problem.setVisible(false);
        Form form = new Form();
        boolean valid = binder.writeBeanIfValid(form);
        List<Hall.OpeningPeriod> hours = new ArrayList<>();
        List<PeriodRow> complete = new ArrayList<>();
        for (PeriodRow row : periodRows) {
            if (row.binder.validate().isOk()) {
                hours.add(new Hall.OpeningPeriod(row.day.getValue(), row.opens.getValue(), row.closes.getValue()));
                complete.add(row);
            } else {
                valid = false;
            }
        }
        for (int i = 0; i < hours.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (hours.get(i).overlaps(hours.get(j))) {
                    complete.get(i).opens.setErrorMessage(getTranslation("admin.hall.period.overlap",
                            hours.get(j).opens() + "–" + hours.get(j).closes()));
                    complete.get(i).opens.setInvalid(true);
                    valid = false;
                }
            }
        }
        if (!valid) {
            return;
        }
        hours.sort(Comparator.comparing(Hall.OpeningPeriod::day).thenComparing(Hall.OpeningPeriod::opens));
        try {
            Hall changed = new Hall(hall.code(), LocalizedText.of(form.nameZh, form.nameEn), ZoneId.of(form.zone),
                    java.util.Objects.requireNonNull(form.dayStart), form.policy, form.enforceHours, hours, holidays);
            hall = admin.updateHall(changed);
            Refusals.saved(this, getTranslation("admin.saved"));
            show(hall);
        } catch (QueueException e) {
            problem.setText(Refusals.message(this, e));
            problem.setVisible(true);
        }
    }

    /** One opening period being edited: weekday, opens, closes, and a button that removes it. */
    private final class PeriodRow extends HorizontalLayout {

        final Select<DayOfWeek> day = new Select<>();
        final TimePicker opens = new TimePicker();
        final TimePicker closes = new TimePicker();
        final Binder<Hall.OpeningPeriod> binder = new Binder<>();

        PeriodRow(int index) {
            setAlignItems(FlexComponent.Alignment.BASELINE);
            day.setItems(DayOfWeek.values());
            day.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, getLocale()));
            day.setLabel(getTranslation("admin.hall.weekday"));
            day.setId("period-day-" + index);
            opens.setLabel(getTranslation("admin.hall.opens"));
            opens.setId("period-opens-" + index);
            opens.setStep(Duration.ofMinutes(15));
            closes.setLabel(getTranslation("admin.hall.closes"));
            closes.setId("period-closes-" + index);
            closes.setStep(Duration.ofMinutes(15));
            String required = getTranslation("admin.required");
            binder.forField(day).asRequired(required).bind(Hall.OpeningPeriod::day, (p, v) -> { });
            binder.forField(opens).asRequired(required).bind(Hall.OpeningPeriod::opens, (p, v) -> { });
            Binder.Binding<Hall.OpeningPeriod, LocalTime> closing = binder.forField(closes).asRequired(required)
                    .withValidator(v -> opens.getValue() == null || v.isAfter(opens.getValue()),
                            getTranslation("admin.hall.period.order"))
                    .bind(Hall.OpeningPeriod::closes, (p, v) -> { });
            opens.addValueChangeListener(e -> {
                if (closes.getValue() != null) {
                    closing.validate();
                }
            });
            Button remove = new Button(getTranslation("admin.remove"), e -> {
                periodRows.remove(this);
                periods.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setId("period-remove-" + index);
            add(day, opens, closes, remove);
        }
    }

    /** The hall's settings as the form holds them. */
    static final class Form {
        String nameZh = "";
        String nameEn = "";
        String zone = "";
        @Nullable LocalTime dayStart;
        String policy = CallPolicies.DEFAULT;
        boolean enforceHours;

        static Form of(Hall h) {
            Form f = new Form();
            f.nameZh = h.name().zh();
            f.nameEn = h.name().en();
            f.zone = h.zone().getId();
            f.dayStart = h.dayStartsAt();
            f.policy = h.callPolicy();
            f.enforceHours = h.enforceOpeningHours();
            return f;
        }
    }
}
