package io.tiski.contact.control;

/**
 * Cells of the contact CSV that a spreadsheet must show as text. A value starting with = + - @ (or a
 * tab or carriage return) is taken by Excel and LibreOffice for a formula: a name a customer typed
 * in the widget, such as =HYPERLINK(...), would run in the admin's spreadsheet, and +358... would
 * turn into a number. The export writes such a value with a leading apostrophe, the spreadsheets'
 * own "this is text" mark, and the import takes that apostrophe off again, so an export re-imports
 * unchanged.
 */
final class SpreadsheetCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetCells() {
    }

    static String written(String value) {
        return startsLikeFormula(value, 0) ? "'" + value : value;
    }

    static String read(String cell) {
        return cell != null && cell.startsWith("'") && startsLikeFormula(cell, 1) ? cell.substring(1) : cell;
    }

    private static boolean startsLikeFormula(String value, int at) {
        return value != null && value.length() > at && FORMULA_STARTS.indexOf(value.charAt(at)) >= 0;
    }
}
