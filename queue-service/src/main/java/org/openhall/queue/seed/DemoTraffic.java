package org.openhall.queue.seed;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.openhall.client.api.Channel;
import org.openhall.client.api.Priority;

/**
 * The visitors of one past working day of the demo hall, as a pure function of the day and a seed:
 * the same seed and day always give the same visitors, whatever else was played. Arrivals follow the
 * day's rhythm (a Monday-morning rush, a dip before and after lunch, a quiet end of the afternoon);
 * each matter has its own mix share and service time, so that property transfers take long and
 * invoices are quick. The figures are typical of a city hall, not measured anywhere.
 */
final class DemoTraffic {

    /** What becomes of a visitor once they have a ticket. */
    enum Fate {
        /** Called, served and completed. */
        SERVED,
        /** Called twice but never came to the window: marked no-show. */
        NO_SHOW,
        /** Missed the call, came back, was put back in the queue and then served. */
        NO_SHOW_REQUEUED,
        /** Gave up waiting: cancels the ticket after {@link Visitor#patience} unless called before. */
        LEFT,
        /** Was at the wrong matter: the clerk transfers the ticket to {@link Visitor#transferTo} and it is served there. */
        TRANSFERRED
    }

    /** A matter's share of the day's tickets and its service time (median minutes at the window). */
    record Matter(String service, double share, double minutes) {
    }

    /** The demo hall's matters. Enquiries go to the consultation desk, as no demo clerk sits at window 8. */
    static final List<Matter> MATTERS = List.of(
            new Matter("company-registration", 0.12, 9),
            new Matter("social-insurance", 0.19, 4),
            new Matter("invoice", 0.22, 3),
            new Matter("property-transfer", 0.09, 14),
            new Matter("residence-permit", 0.07, 5),
            new Matter("housing-fund", 0.13, 5),
            new Matter("medical-reimbursement", 0.08, 7),
            new Matter("enquiry", 0.0, 3));

    /** Where a clerk sends a visitor who came to the wrong matter. */
    static final Map<String, String> WRONG_MATTER = Map.of(
            "invoice", "company-registration",
            "company-registration", "invoice",
            "social-insurance", "housing-fund",
            "housing-fund", "social-insurance",
            "medical-reimbursement", "social-insurance",
            "residence-permit", "property-transfer",
            "property-transfer", "residence-permit");

    /** Half-hour slots of the opening hours and how busy each is relative to the others. */
    private static final List<Slot> SLOTS = List.of(
            new Slot(LocalTime.of(9, 0), 1.3), new Slot(LocalTime.of(9, 30), 1.6), new Slot(LocalTime.of(10, 0), 1.5),
            new Slot(LocalTime.of(10, 30), 1.3), new Slot(LocalTime.of(11, 0), 1.0), new Slot(LocalTime.of(11, 30), 0.55),
            new Slot(LocalTime.of(13, 30), 0.7), new Slot(LocalTime.of(14, 0), 1.1), new Slot(LocalTime.of(14, 30), 1.2),
            new Slot(LocalTime.of(15, 0), 1.1), new Slot(LocalTime.of(15, 30), 0.95), new Slot(LocalTime.of(16, 0), 0.75),
            new Slot(LocalTime.of(16, 30), 0.45));

    private record Slot(LocalTime start, double weight) {
    }

    /**
     * A visitor of the day.
     *
     * @param arrives    when they take their ticket (hall's local time)
     * @param service    the matter they take a ticket for
     * @param serviceTime how long they are at the window once started
     * @param patience   for {@link Fate#LEFT}: how long they wait before cancelling
     * @param transferTo for {@link Fate#TRANSFERRED}: the matter the clerk sends them to
     * @param rating     how they rate the visit once served (null: they do not rate); 1 to 5
     * @param seed       a number for the visitor's further choices (reasons, walking to the window)
     */
    record Visitor(int index, LocalTime arrives, String service, Channel channel, Priority priority,
            Duration serviceTime, Fate fate, Duration patience, @Nullable String transferTo, @Nullable Integer rating,
            long seed) {
    }

    /** A complaint or a suggestion handed in that day. */
    record Note(LocalTime at, String kind, String category, String text) {
    }

    /** A question asked at the consultation desk that day. */
    record Question(LocalTime at, String service, String question, String answer) {
    }

    /** The day: its visitors in order of arrival, its complaints and suggestions, its questions. */
    record Day(LocalDate date, List<Visitor> visitors, List<Note> notes, List<Question> questions) {
    }

    private static final List<Note> COMPLAINTS = List.of(
            new Note(LocalTime.NOON, "COMPLAINT", "EFFICIENCY", "上午排队等了一个多小时，窗口开得太少。"),
            new Note(LocalTime.NOON, "COMPLAINT", "ATTITUDE", "窗口工作人员解释不耐烦，希望改进服务态度。"),
            new Note(LocalTime.NOON, "COMPLAINT", "PROCESS", "材料清单和窗口要求不一致，白跑了一趟。"),
            new Note(LocalTime.NOON, "COMPLAINT", "ENVIRONMENT", "等候区座位不够，老人只能站着等。"));
    private static final List<Note> SUGGESTIONS = List.of(
            new Note(LocalTime.NOON, "SUGGESTION", "PROCESS", "建议公积金提取也能在网上预审。"),
            new Note(LocalTime.NOON, "SUGGESTION", "ENVIRONMENT", "建议在等候区增加手机充电处。"),
            new Note(LocalTime.NOON, "SUGGESTION", "OTHER", "叫号大屏能否同时显示预计等候时间？"),
            new Note(LocalTime.NOON, "SUGGESTION", "EFFICIENCY", "中午能否安排一个窗口轮班不休息？"));
    private static final List<Question> QUESTIONS = List.of(
            new Question(LocalTime.NOON, "housing-fund", "租房提取公积金需要哪些材料？",
                    "请带身份证、本人银行卡和租赁合同，到3号或4号窗口办理。"),
            new Question(LocalTime.NOON, "company-registration", "注册公司可以先在网上预审吗？",
                    "可以，网上预审通过后带原件到1号或2号窗口，当天可领执照。"),
            new Question(LocalTime.NOON, "residence-permit", "居住证办好要多久？",
                    "受理后15个工作日，可在本中心领取，届时会短信通知。"),
            new Question(LocalTime.NOON, "property-transfer", "二手房过户要交哪些税费？",
                    "登记费住宅每件80元，税费以税务核定为准，请先完成完税再来窗口。"),
            new Question(LocalTime.NOON, "medical-reimbursement", "异地就医的票据可以报销吗？",
                    "可以，请带医保卡、票据原件、费用清单和出院小结到3号窗口。"));

    private DemoTraffic() {
    }

    /** The tickets an average working day has, before its weekday's rhythm. */
    static final int TICKETS_PER_DAY = 180;

    /** The day's visitors and notes; the same {@code seed} and {@code date} always give the same day. */
    static Day day(LocalDate date, long seed) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + date.toEpochDay());
        double dayFactor = switch (date.getDayOfWeek()) {
            case MONDAY -> 1.15;
            case FRIDAY -> 0.9;
            default -> 1.0 + (random.nextDouble() - 0.5) * 0.1;
        };
        double total = SLOTS.stream().mapToDouble(Slot::weight).sum();
        List<LocalTime> arrivals = new ArrayList<>();
        for (Slot slot : SLOTS) {
            double weight = slot.weight();
            if (date.getDayOfWeek() == DayOfWeek.MONDAY && slot.start().isBefore(LocalTime.of(11, 0))) {
                weight *= 1.25; // the Monday-morning rush: the weekend's business arrives at once
            }
            int count = poisson(random, TICKETS_PER_DAY * dayFactor * weight / total);
            for (int i = 0; i < count; i++) {
                arrivals.add(slot.start().plusSeconds(random.nextInt(30 * 60)));
            }
        }
        arrivals.sort(Comparator.naturalOrder());
        List<Visitor> visitors = new ArrayList<>(arrivals.size());
        for (LocalTime arrives : arrivals) {
            visitors.add(visitor(visitors.size(), arrives, random));
        }
        List<Note> notes = new ArrayList<>();
        if (random.nextDouble() < 0.35) {
            notes.add(at(COMPLAINTS.get(random.nextInt(COMPLAINTS.size())), random));
        }
        if (random.nextDouble() < 0.4) {
            notes.add(at(SUGGESTIONS.get(random.nextInt(SUGGESTIONS.size())), random));
        }
        List<Question> questions = new ArrayList<>();
        int asked = 2 + random.nextInt(4);
        for (int i = 0; i < asked; i++) {
            Question q = QUESTIONS.get(random.nextInt(QUESTIONS.size()));
            questions.add(new Question(openTime(random), q.service(), q.question(), q.answer()));
        }
        questions.sort(Comparator.comparing(Question::at));
        return new Day(date, List.copyOf(visitors), List.copyOf(notes), List.copyOf(questions));
    }

    private static Visitor visitor(int index, LocalTime arrives, SplittableRandom random) {
        Matter matter = matter(random);
        Priority priority = random.nextDouble() < 0.04 ? Priority.GREEN_CHANNEL : Priority.NORMAL;
        Channel channel = random.nextDouble() < 0.12 ? Channel.PRE_APPLICATION : Channel.WALK_IN;
        // Log-normal around the matter's median: most visits near it, a few much longer.
        double minutes = matter.minutes() * Math.exp(0.45 * gaussian(random));
        Duration serviceTime = Duration.ofSeconds(Math.max(60, Math.round(minutes * 60)));
        double f = random.nextDouble();
        Fate fate = f < 0.035 ? Fate.NO_SHOW
                : f < 0.05 ? Fate.NO_SHOW_REQUEUED
                : f < 0.07 ? Fate.LEFT
                : f < 0.09 && WRONG_MATTER.containsKey(matter.service()) ? Fate.TRANSFERRED
                : Fate.SERVED;
        Duration patience = Duration.ofMinutes(15 + random.nextInt(40));
        String transferTo = fate == Fate.TRANSFERRED ? WRONG_MATTER.get(matter.service()) : null;
        Integer rating = null;
        if (random.nextDouble() < 0.4) {
            double r = random.nextDouble();
            rating = r < 0.80 ? 5 : r < 0.94 ? 4 : r < 0.985 ? 3 : r < 0.995 ? 2 : 1;
        }
        return new Visitor(index, arrives, matter.service(), channel, priority, serviceTime, fate, patience,
                transferTo, rating, random.nextLong());
    }

    private static Matter matter(SplittableRandom random) {
        double pick = random.nextDouble() * MATTERS.stream().mapToDouble(Matter::share).sum();
        for (Matter m : MATTERS) {
            pick -= m.share();
            if (pick < 0) {
                return m;
            }
        }
        return MATTERS.getFirst();
    }

    static Matter matter(String service) {
        return MATTERS.stream().filter(m -> m.service().equals(service)).findFirst().orElseThrow();
    }

    private static Note at(Note note, SplittableRandom random) {
        return new Note(openTime(random), note.kind(), note.category(), note.text());
    }

    /** A time within the opening hours. */
    private static LocalTime openTime(SplittableRandom random) {
        int minute = random.nextInt(390); // 3 h in the morning, 3.5 h in the afternoon
        return minute < 180 ? LocalTime.of(9, 5).plusMinutes(minute) : LocalTime.of(13, 35).plusMinutes(minute - 180);
    }

    private static int poisson(SplittableRandom random, double mean) {
        // Knuth's method is fine for the slot means here (at most a few dozen).
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }

    private static double gaussian(SplittableRandom random) {
        // Box-Muller: SplittableRandom has no nextGaussian of its own that is stable across JDKs.
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
