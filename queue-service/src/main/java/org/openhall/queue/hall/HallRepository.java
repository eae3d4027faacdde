package org.openhall.queue.hall;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openhall.client.api.LocalizedText;
import org.openhall.client.api.ServiceView;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes halls and services. */
@Repository
class HallRepository {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    HallRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // Rows are read first and their children after: a query inside a row mapper would hold one
    // pooled connection while asking for another, and a busy pool would deadlock.

    List<Hall> findAll() {
        return jdbc.sql("SELECT * FROM hall ORDER BY code").query((rs, n) -> row(rs)).list().stream()
                .map(this::hall).toList();
    }

    Optional<Hall> find(String code) {
        return jdbc.sql("SELECT * FROM hall WHERE code = ?").param(code).query((rs, n) -> row(rs)).optional()
                .map(this::hall);
    }

    private record HallRow(String code, LocalizedText name, ZoneId zone, java.time.LocalTime dayStartsAt,
            String callPolicy, boolean enforceOpeningHours) {
    }

    private static HallRow row(ResultSet rs) throws SQLException {
        return new HallRow(rs.getString("code"), new LocalizedText(rs.getString("name_zh"), rs.getString("name_en")),
                ZoneId.of(rs.getString("time_zone")), rs.getTime("day_starts_at").toLocalTime(),
                rs.getString("call_policy"), rs.getBoolean("enforce_opening_hours"));
    }

    private Hall hall(HallRow row) {
        String code = row.code();
        List<Hall.OpeningPeriod> periods = jdbc.sql("""
                SELECT day_of_week, opens, closes FROM hall_opening_period WHERE hall_code = ?
                ORDER BY FIELD(day_of_week, 'MONDAY','TUESDAY','WEDNESDAY','THURSDAY','FRIDAY','SATURDAY','SUNDAY'), opens""")
                .param(code)
                .query((r, n) -> new Hall.OpeningPeriod(DayOfWeek.valueOf(r.getString(1)),
                        r.getTime(2).toLocalTime(), r.getTime(3).toLocalTime()))
                .list();
        List<LocalDate> holidays = jdbc.sql("SELECT day FROM hall_holiday WHERE hall_code = ?").param(code)
                .query((r, n) -> r.getDate(1).toLocalDate()).list();
        return new Hall(code, row.name(), row.zone(), row.dayStartsAt(), row.callPolicy(), row.enforceOpeningHours(),
                periods, new HashSet<>(holidays));
    }

    Optional<String> callPolicy(String hall) {
        return jdbc.sql("SELECT call_policy FROM hall WHERE code = ?").param(hall).query(String.class).optional();
    }

    List<ServiceDefinition> findServices(String hall) {
        return jdbc.sql("SELECT * FROM service WHERE hall_code = ? ORDER BY sort_order, prefix").param(hall)
                .query((rs, n) -> service(rs)).list();
    }

    Optional<ServiceDefinition> findService(String hall, String code) {
        return jdbc.sql("SELECT * FROM service WHERE hall_code = ? AND code = ?").param(hall).param(code)
                .query((rs, n) -> service(rs)).optional();
    }

    private ServiceDefinition service(ResultSet rs) throws SQLException {
        int quota = rs.getInt("daily_quota");
        Integer dailyQuota = rs.wasNull() ? null : quota;
        return new ServiceDefinition(rs.getString("code"), rs.getString("prefix"),
                new LocalizedText(rs.getString("name_zh"), rs.getString("name_en")),
                new LocalizedText(rs.getString("category_zh"), rs.getString("category_en")),
                json.readValue(rs.getString("guide"), ServiceView.Guide.class), dailyQuota,
                threshold(rs), rs.getBoolean("pre_application_online"),
                rs.getBoolean("active"), rs.getInt("sort_order"));
    }

    private static @org.jspecify.annotations.Nullable Duration threshold(ResultSet rs) throws SQLException {
        int seconds = rs.getInt("wait_threshold_seconds");
        return rs.wasNull() ? null : Duration.ofSeconds(seconds);
    }

    private static @org.jspecify.annotations.Nullable Long seconds(ServiceDefinition s) {
        Duration threshold = s.waitThreshold();
        return threshold == null ? null : threshold.toSeconds();
    }

    void insert(Hall hall) {
        jdbc.sql("""
                INSERT INTO hall (code, name_zh, name_en, time_zone, day_starts_at, call_policy, enforce_opening_hours)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(hall.code(), hall.name().zh(), hall.name().en(), hall.zone().getId(), hall.dayStartsAt(),
                        hall.callPolicy(), hall.enforceOpeningHours())
                .update();
        for (Hall.OpeningPeriod p : hall.openingHours()) {
            jdbc.sql("INSERT INTO hall_opening_period (hall_code, day_of_week, opens, closes) VALUES (?, ?, ?, ?)")
                    .params(hall.code(), p.day().name(), p.opens(), p.closes()).update();
        }
        for (LocalDate day : hall.holidays()) {
            jdbc.sql("INSERT INTO hall_holiday (hall_code, day) VALUES (?, ?)").params(hall.code(), day).update();
        }
        jdbc.sql("INSERT INTO hall_event_sequence (hall_code, last_id) VALUES (?, 0)").param(hall.code()).update();
    }

    void insert(String hall, ServiceDefinition s) {
        jdbc.sql("""
                INSERT INTO service (hall_code, code, prefix, name_zh, name_en, category_zh, category_en, guide,
                    daily_quota, wait_threshold_seconds, pre_application_online, active, sort_order)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(hall, s.code(), s.prefix(), s.name().zh(), s.name().en(), s.category().zh(),
                        s.category().en(), json.writeValueAsString(s.guide()), s.dailyQuota(),
                        seconds(s), s.preApplicationOnline(), s.active(), s.sortOrder())
                .update();
        jdbc.sql("""
                INSERT INTO service_threshold (hall_code, service_code, effective_from, wait_threshold_seconds)
                VALUES (?, ?, ?, ?)""")
                .params(hall, s.code(), Timestamp.from(clock.instant()), seconds(s))
                .update();
    }

    /** Saves a service's editable fields (its code identifies it and never changes); whether it existed. */
    boolean update(String hall, ServiceDefinition s) {
        jdbc.sql("""
                INSERT INTO service_threshold (hall_code, service_code, effective_from, wait_threshold_seconds)
                SELECT hall_code, code, ?, ? FROM service
                WHERE hall_code = ? AND code = ? AND NOT (wait_threshold_seconds <=> ?)""")
                .params(Timestamp.from(clock.instant()), seconds(s), hall, s.code(), seconds(s))
                .update();
        return jdbc.sql("""
                UPDATE service SET prefix = ?, name_zh = ?, name_en = ?, category_zh = ?, category_en = ?, guide = ?,
                    daily_quota = ?, wait_threshold_seconds = ?, pre_application_online = ?, active = ?,
                    sort_order = ?, version = version + 1
                WHERE hall_code = ? AND code = ?""")
                .params(s.prefix(), s.name().zh(), s.name().en(), s.category().zh(), s.category().en(),
                        json.writeValueAsString(s.guide()), s.dailyQuota(), seconds(s),
                        s.preApplicationOnline(), s.active(), s.sortOrder(), hall, s.code())
                .update() == 1;
    }

    /** Every threshold each service of the hall has had (see {@link WaitThresholds}). */
    WaitThresholds thresholds(String hall) {
        Map<String, List<WaitThresholds.Change>> byService = new HashMap<>();
        jdbc.sql("""
                SELECT service_code, effective_from, wait_threshold_seconds FROM service_threshold
                WHERE hall_code = ? ORDER BY effective_from, id""")
                .param(hall)
                .query((RowCallbackHandler) rs -> byService.computeIfAbsent(rs.getString(1), c -> new ArrayList<>())
                        .add(new WaitThresholds.Change(rs.getTimestamp(2).toInstant(), threshold(rs))));
        return new WaitThresholds(byService);
    }

    /** The active service of the hall that uses the prefix, if any. */
    Optional<String> activeServiceWithPrefix(String hall, String prefix) {
        return jdbc.sql("SELECT code FROM service WHERE hall_code = ? AND prefix = ? AND active").params(hall, prefix)
                .query(String.class).optional();
    }

    int nextSortOrder(String hall) {
        return jdbc.sql("SELECT COALESCE(MAX(sort_order), -1) + 1 FROM service WHERE hall_code = ?").param(hall)
                .query(Integer.class).single();
    }

    /** Saves a hall's settings, replacing its opening periods and holidays; whether it existed. */
    boolean update(Hall hall) {
        int rows = jdbc.sql("""
                UPDATE hall SET name_zh = ?, name_en = ?, time_zone = ?, day_starts_at = ?, call_policy = ?,
                    enforce_opening_hours = ?, version = version + 1
                WHERE code = ?""")
                .params(hall.name().zh(), hall.name().en(), hall.zone().getId(), hall.dayStartsAt(), hall.callPolicy(),
                        hall.enforceOpeningHours(), hall.code())
                .update();
        if (rows != 1) {
            return false;
        }
        jdbc.sql("DELETE FROM hall_opening_period WHERE hall_code = ?").param(hall.code()).update();
        for (Hall.OpeningPeriod p : hall.openingHours()) {
            jdbc.sql("INSERT INTO hall_opening_period (hall_code, day_of_week, opens, closes) VALUES (?, ?, ?, ?)")
                    .params(hall.code(), p.day().name(), p.opens(), p.closes()).update();
        }
        jdbc.sql("DELETE FROM hall_holiday WHERE hall_code = ?").param(hall.code()).update();
        for (LocalDate day : hall.holidays()) {
            jdbc.sql("INSERT INTO hall_holiday (hall_code, day) VALUES (?, ?)").params(hall.code(), day).update();
        }
        return true;
    }
}
