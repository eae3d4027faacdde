package org.openhall.kiosk.shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * An on-screen keypad with big keys, for a touchscreen without a keyboard: rows of character keys,
 * then "delete" and "clear". Button ids are {@code <id>-key-<character>}, {@code <id>-key-delete} and
 * {@code <id>-key-clear}.
 */
public class Keypad extends Div implements LocaleChangeObserver {

    /** What a key does to the text being typed. */
    public sealed interface Press {
        record Type(char character) implements Press {
        }

        record Delete() implements Press {
        }

        record Clear() implements Press {
        }
    }

    private final Button delete = new Button();
    private final Button clear = new Button();
    private final List<Button> keys = new ArrayList<>();

    /** A keypad with one row per string of {@code rows}, each character one key. */
    public Keypad(String id, List<String> rows, Consumer<Press> onPress) {
        setId(id);
        addClassName("kiosk-keypad");
        for (String row : rows) {
            var line = new Div();
            line.addClassName("kiosk-keypad-row");
            for (char c : row.toCharArray()) {
                var key = new Button(String.valueOf(c), click -> onPress.accept(new Press.Type(c)));
                key.setId(id + "-key-" + c);
                key.addClassName("kiosk-key");
                keys.add(key);
                line.add(key);
            }
            add(line);
        }
        delete.setId(id + "-key-delete");
        delete.addClassNames("kiosk-key", "kiosk-key-wide");
        delete.addClickListener(click -> onPress.accept(new Press.Delete()));
        clear.setId(id + "-key-clear");
        clear.addClassNames("kiosk-key", "kiosk-key-wide");
        clear.addClickListener(click -> onPress.accept(new Press.Clear()));
        var last = new Div(delete, clear);
        last.addClassName("kiosk-keypad-row");
        add(last);
    }

    /** Applies {@code press} to {@code text}, never letting it grow past {@code maxLength}. */
    public static void apply(Press press, StringBuilder text, int maxLength) {
        switch (press) {
            case Press.Type(char c) when text.length() < maxLength -> text.append(c);
            case Press.Type ignored -> {
            }
            case Press.Delete() when !text.isEmpty() -> text.setLength(text.length() - 1);
            case Press.Delete ignored -> {
            }
            case Press.Clear() -> text.setLength(0);
        }
    }

    public void setKeysEnabled(boolean enabled) {
        keys.forEach(k -> k.setEnabled(enabled));
        delete.setEnabled(enabled);
        clear.setEnabled(enabled);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        delete.setText(getTranslation("keypad.delete"));
        clear.setText(getTranslation("keypad.clear"));
    }
}
