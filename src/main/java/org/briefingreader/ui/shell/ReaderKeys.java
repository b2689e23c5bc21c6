package org.briefingreader.ui.shell;

import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.briefingreader.ui.reader.BriefingViewModel;

/**
 * The reading keys of the whole window, wherever the focus is: Alt+Down / Alt+Up and {@code ]} / {@code [} for the
 * next and previous section, Ctrl+= / Ctrl+- / Ctrl+0 (Cmd on macOS) for the font size. {@code ]} and {@code [}
 * are the keys that carry them on a US layout (by key code), and are left to a text field that has the focus.
 * With the window's model, also Back and Forward: Alt+Left / Alt+Right (as in browsers and calibre's viewer;
 * in a text field too, where Alt+arrow does nothing else) and the mouse's back and forward buttons.
 */
final class ReaderKeys {
    private final BriefingViewModel reader;
    private final ReaderWindowViewModel window;

    private ReaderKeys(BriefingViewModel reader, ReaderWindowViewModel window) {
        this.reader = reader;
        this.window = window;
    }

    /** Handles the reading keys before any control below {@code root} sees them. */
    static void install(Node root, BriefingViewModel reader) {
        ReaderKeys keys = new ReaderKeys(reader, null);
        root.addEventFilter(KeyEvent.KEY_PRESSED, keys::onKeyPressed);
    }

    /** Handles the reading keys and Back / Forward before any control below {@code root} sees them. */
    static void install(Node root, ReaderWindowViewModel window) {
        ReaderKeys keys = new ReaderKeys(window.reader(), window);
        root.addEventFilter(KeyEvent.KEY_PRESSED, keys::onKeyPressed);
        root.addEventFilter(MouseEvent.MOUSE_RELEASED, keys::onMouseReleased);
    }

    private void onMouseReleased(MouseEvent event) {
        if (event.getButton() == MouseButton.BACK) {
            window.back();
            event.consume();
        } else if (event.getButton() == MouseButton.FORWARD) {
            window.forward();
            event.consume();
        }
    }

    private void onKeyPressed(KeyEvent event) {
        boolean handled = true;
        if (window != null && isAltOnly(event) && event.getCode() == KeyCode.LEFT) {
            window.back();
        } else if (window != null && isAltOnly(event) && event.getCode() == KeyCode.RIGHT) {
            window.forward();
        } else if (event.isAltDown() && event.getCode() == KeyCode.DOWN) {
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

    /** Alt and nothing else: Alt+Shift+arrow stays free (it extends a selection by words on some systems). */
    private static boolean isAltOnly(KeyEvent event) {
        return event.isAltDown() && !event.isShiftDown() && !event.isShortcutDown() && !event.isControlDown();
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
