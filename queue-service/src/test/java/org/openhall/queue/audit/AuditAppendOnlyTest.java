package org.openhall.queue.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Audit rows are only ever inserted and read: no code path updates or deletes one. */
class AuditAppendOnlyTest {

    /** Any SQL that changes or removes rows of the audit table, or the table itself. */
    private static final Pattern CHANGES_AUDIT = Pattern.compile(
            "(?is)\\b(update\\s+(low_priority\\s+|ignore\\s+)*`?audit_event|delete\\s+(\\w+\\s+)*from\\s+`?audit_event"
                    + "|delete\\s+`?audit_event|truncate\\s+(table\\s+)?`?audit_event|replace\\s+(into\\s+)?`?audit_event"
                    + "|drop\\s+table\\s+(if\\s+exists\\s+)?`?audit_event|alter\\s+table\\s+`?audit_event"
                    + "|on\\s+duplicate\\s+key\\s+update)");

    @Test
    void noCompiledClassOrMigrationCarriesSqlThatChangesAuditRows() throws IOException {
        List<Path> offenders;
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("target/classes")),
                Files.walk(Path.of("src/main/resources/db/migration")))) {
            offenders = files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".class") || p.toString().endsWith(".sql"))
                    .filter(p -> {
                        // Class files keep string constants (SQL text blocks included) as readable bytes.
                        String text = read(p);
                        return text.toLowerCase().contains("audit_event") && CHANGES_AUDIT.matcher(text).find()
                                && mentionsAuditNearAChange(text);
                    })
                    .toList();
        }
        assertThat(offenders).isEmpty();
    }

    /** Only the statement that names audit_event counts, not an unrelated ON DUPLICATE KEY elsewhere in a file. */
    private static boolean mentionsAuditNearAChange(String text) {
        var m = Pattern.compile("(?is)audit_event").matcher(text);
        while (m.find()) {
            String around = text.substring(Math.max(0, m.start() - 120), Math.min(text.length(), m.end() + 400));
            if (CHANGES_AUDIT.matcher(around).find()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theAuditRepositoryOnlyInsertsAndReads() {
        List<String> methods = Arrays.stream(AuditRepository.class.getDeclaredMethods())
                .filter(m -> !m.isSynthetic() && !Modifier.isPrivate(m.getModifiers()))
                .map(Method::getName).sorted().toList();
        assertThat(methods).containsExactly("find", "insert", "lastActor", "latest");
        assertThat(Arrays.stream(AuditLog.class.getDeclaredMethods()).filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(Method::getName)).containsExactlyInAnyOrder("record", "day", "lastActor", "latest");
    }

    @Test
    void theCheckWouldCatchAnUpdateOrDelete() {
        assertThat(CHANGES_AUDIT.matcher("UPDATE audit_event SET detail = ?").find()).isTrue();
        assertThat(CHANGES_AUDIT.matcher("DELETE FROM audit_event WHERE at < ?").find()).isTrue();
        assertThat(CHANGES_AUDIT.matcher("TRUNCATE TABLE audit_event").find()).isTrue();
        assertThat(CHANGES_AUDIT.matcher("INSERT INTO audit_event (at) VALUES (?)").find()).isFalse();
    }

    private static String read(Path p) {
        try {
            return new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
