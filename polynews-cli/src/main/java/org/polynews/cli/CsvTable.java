package org.polynews.cli;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Rows as CSV (RFC 4180, a header line first) for spreadsheets and scripts: a list in a cell is joined with ";", an
 * absent value is an empty cell.
 */
final class CsvTable {
    private final List<String> columns;
    private final List<List<String>> rows = new ArrayList<>();

    CsvTable(String... columns) {
        this.columns = List.of(columns);
    }

    void add(Object... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + columns.size() + " columns");
        }
        List<String> row = new ArrayList<>();
        for (Object cell : cells) {
            row.add(cell == null ? "" : cell instanceof Collection<?> list ? String.join(";", list.stream().map(String::valueOf).toList())
                    : String.valueOf(cell));
        }
        rows.add(row);
    }

    void print(PrintWriter out) throws IOException {
        CsvSchema schema = CsvSchema.builder().addColumns(columns, CsvSchema.ColumnType.STRING).setUseHeader(true).build();
        out.print(new CsvMapper().writer(schema).writeValueAsString(rows));
    }
}
