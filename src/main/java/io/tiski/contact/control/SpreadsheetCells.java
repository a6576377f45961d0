package io.tiski.contact.control;

/**
 * Cells of the contact CSV that a spreadsheet must show as text. A value starting with = + - @ (or a
 * tab or carriage return) is taken by Excel and LibreOffice for a formula: a name a customer typed
 * in the widget, such as =HYPERLINK(...), would run in the admin's spreadsheet, and +358... would
 * turn into a number. The same holds for every piece of a value that a spreadsheet may split off
 * into a cell of its own: after a comma, a semicolon (the list separator of Finnish, Swedish and
 * Czech spreadsheets, which open a CSV split on it), a tab or a line break. The export writes an
 * apostrophe, the spreadsheets' own "this is text" mark, before each such piece, and the import
 * takes those apostrophes off again, so an export re-imports unchanged.
 */
final class SpreadsheetCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final String SEPARATORS = ",;\t\r\n";

    private SpreadsheetCells() {
    }

    static String written(String value) {
        if (value == null) {
            return null;
        }
        var cell = new StringBuilder(value.length() + 2);
        for (int i = 0; i < value.length(); i++) {
            if (startsPiece(value, i) && isFormulaStart(value, i)) {
                cell.append('\'');
            }
            cell.append(value.charAt(i));
        }
        return cell.toString();
    }

    static String read(String cell) {
        if (cell == null) {
            return null;
        }
        var value = new StringBuilder(cell.length());
        for (int i = 0; i < cell.length(); i++) {
            boolean mark = cell.charAt(i) == '\'' && startsPiece(cell, i) && isFormulaStart(cell, i + 1);
            if (!mark) {
                value.append(cell.charAt(i));
            }
        }
        return value.toString();
    }

    /** Whether position {@code at} starts the value or a piece a spreadsheet may split off. */
    private static boolean startsPiece(String text, int at) {
        return at == 0 || SEPARATORS.indexOf(text.charAt(at - 1)) >= 0;
    }

    private static boolean isFormulaStart(String text, int at) {
        return at < text.length() && FORMULA_STARTS.indexOf(text.charAt(at)) >= 0;
    }
}
