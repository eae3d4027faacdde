package org.openhall.queue.identity;

/** Names as public screens may show them. */
public final class Names {

    private Names() {
    }

    /**
     * The name masked: each word keeps its first character, the rest become {@code *}:
     * {@code 张三} → {@code 张*}, {@code 欧阳娜娜} → {@code 欧***}, {@code John Smith} →
     * {@code J*** S****}. Blank gives {@code *}.
     */
    public static String mask(String name) {
        String[] words = name.strip().split("\\s+");
        StringBuilder masked = new StringBuilder();
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            if (!masked.isEmpty()) {
                masked.append(' ');
            }
            int first = word.codePointAt(0);
            masked.appendCodePoint(first).append("*".repeat(word.codePointCount(0, word.length()) - 1));
        }
        return masked.isEmpty() ? "*" : masked.toString();
    }
}
