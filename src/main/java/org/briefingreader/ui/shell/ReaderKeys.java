package org.briefingreader.ui.shell;

import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.briefingreader.ui.reader.BriefingViewModel;

/**
 * The reading keys of the whole window, wherever the focus is: Alt+Down / Alt+Up and {@code ]} / {@code [} for the
 * next and previous section, Ctrl+= / Ctrl+- / Ctrl+0 (Cmd on macOS) for the font size. {@code ]} and {@code [}
 * are the keys that carry them on a US layout (by key code), and are left to a text field that has the focus.
 */
final class ReaderKeys {
    private final BriefingViewModel reader;

    private ReaderKeys(BriefingViewModel reader) {
        this.reader = reader;
    }

    /** Handles the keys before any control below {@code root} sees them. */
    static void install(Node root, BriefingViewModel reader) {
        ReaderKeys keys = new ReaderKeys(reader);
        root.addEventFilter(KeyEvent.KEY_PRESSED, keys::onKeyPressed);
    }

    private void onKeyPressed(KeyEvent event) {
        boolean handled = true;
        if (event.isAltDown() && event.getCode() == KeyCode.DOWN) {
            reader.nextSection();
        } else if (event.isAltDown() && event.getCode() == KeyCode.UP) {
            reader.previousSection();
        } else if (event.isShortcutDown() && isOneOf(event.getCode(), KeyCode.EQUALS, KeyCode.PLUS, KeyCode.ADD)) {
            reader.increaseFontSize();
        } else if (event.isShortcutDown() && isOneOf(event.getCode(), KeyCode.MINUS, KeyCode.SUBTRACT)) {
            reader.decreaseFontSize();
        } else if (event.isShortcutDown() && isOneOf(event.getCode(), KeyCode.DIGIT0, KeyCode.NUMPAD0)) {
            reader.resetFontSize();
        } else if (plain(event) && event.getCode() == KeyCode.CLOSE_BRACKET) {
            reader.nextSection();
        } else if (plain(event) && event.getCode() == KeyCode.OPEN_BRACKET) {
            reader.previousSection();
        } else {
            handled = false;
        }
        if (handled) {
            event.consume();
        }
    }

    /** A key without modifiers, not aimed at a text field (where it is a character). */
    private static boolean plain(KeyEvent event) {
        return !event.isShortcutDown() && !event.isAltDown() && !event.isControlDown()
                && !(event.getTarget() instanceof TextInputControl);
    }

    private static boolean isOneOf(KeyCode code, KeyCode... codes) {
        for (KeyCode c : codes) {
            if (code == c) {
                return true;
            }
        }
        return false;
    }
}
