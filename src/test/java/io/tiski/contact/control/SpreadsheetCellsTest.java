package io.tiski.contact.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {

    private static final String[] VALUES = {"=HYPERLINK(\"https://evil.example\")", "+358401234567", "Smith;=1+1",
        "Oy Ab, @once", "Line one\n-2 below", "tab\t+3", "plain text", "", "a-b=c", "semi;colon;fine", ";=", "x,\r=y"};

    @Test
    void noPieceASpreadsheetCanSplitOffStartsLikeAFormula() {
        for (String value : VALUES) {
            String cell = SpreadsheetCells.written(value);
            assertThat(Arrays.stream(cell.split("[,;\t\r\n]", -1)))
                    .as(cell).noneMatch(piece -> !piece.isEmpty() && "=+-@".indexOf(piece.charAt(0)) >= 0);
        }
        assertThat(SpreadsheetCells.written("Smith;=1+1")).isEqualTo("Smith;'=1+1");
        assertThat(SpreadsheetCells.written("=1")).isEqualTo("'=1");
        assertThat(SpreadsheetCells.written("a-b=c")).as("only where a piece starts").isEqualTo("a-b=c");
    }

    @Test
    void theImportReadsBackWhatTheExportWrote() {
        for (String value : VALUES) {
            assertThat(SpreadsheetCells.read(SpreadsheetCells.written(value))).as(value).isEqualTo(value);
        }
        assertThat(SpreadsheetCells.read(null)).isNull();
        assertThat(SpreadsheetCells.written(null)).isNull();
    }
}
