package org.openhall.board.hall.ui;

import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.openhall.board.feed.BoardState;
import org.openhall.board.feed.Call;
import org.openhall.board.feed.FeedStatus;

/**
 * The current calls in full size. Rows are kept per call (ticket and call count) and only
 * re-ordered when the calls change, because moving an element in the page restarts its
 * highlight animation.
 */
final class CurrentCalls extends Div {

    private final Div rows = new Div();
    private final Div placeholder = new Div();
    private Map<String, CallRow> rowsByKey = new HashMap<>();
    private List<String> order = List.of();

    private final boolean showNames;

    /** {@code showNames}: whether a call shows the visitor's masked name under its number. */
    CurrentCalls(boolean showNames) {
        this.showNames = showNames;
        addClassName("current-calls");
        rows.addClassName("call-rows");
        placeholder.addClassName("calls-placeholder");
        add(rows, placeholder);
    }

    /**
     * Shows these calls in this order; {@code fresh} tells which ones to highlight. Without calls, a
     * line says why: none are open, the board is still loading, or it has no data yet because
     * queue-service cannot be reached.
     */
    void show(List<Call> calls, Predicate<Call> fresh, BoardState state) {
        Map<String, CallRow> next = new LinkedHashMap<>();
        for (Call call : calls) {
            CallRow row = rowsByKey.get(call.key());
            if (row == null) {
                row = new CallRow(call, showNames);
            }
            row.update(call, fresh.test(call));
            next.put(call.key(), row);
        }
        List<String> nextOrder = new ArrayList<>(next.keySet());
        if (!nextOrder.equals(order)) {
            rows.removeAll();
            next.values().forEach(rows::add);
        }
        rowsByKey = next;
        order = nextOrder;

        placeholder.removeAll();
        placeholder.setVisible(calls.isEmpty());
        if (calls.isEmpty()) {
            placeholder.add(placeholderFor(state));
        }
    }

    private static Bilingual placeholderFor(BoardState state) {
        if (state.loaded()) {
            return new Bilingual("暂无叫号", "No calls at the moment");
        }
        if (state.status() == FeedStatus.LOST) {
            return new Bilingual("暂无数据，连接恢复后自动显示", "No data yet; it appears once the connection is back");
        }
        return new Bilingual("正在载入…", "Loading…");
    }

    /** Removes the highlight from rows that are no longer fresh. */
    void refreshHighlights(Predicate<String> freshKey) {
        rowsByKey.forEach((key, row) -> {
            if (row.isFresh() && !freshKey.test(key)) {
                row.removeClassName(CallRow.FRESH);
            }
        });
    }

    List<CallRow> rows() {
        return rows.getChildren().map(CallRow.class::cast).toList();
    }
}
