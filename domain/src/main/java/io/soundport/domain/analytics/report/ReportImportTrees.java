package io.soundport.domain.analytics.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An import's layout columns and kept rejections as plain maps and lists (strings and numbers), the form the
 * persistence adapters store as JSON or as DynamoDB maps, and back.
 */
public final class ReportImportTrees {
    private ReportImportTrees() {
    }

    /** {@code {"isrc": "ISRC Code", ...}}: the renamed columns of a generic layout. */
    public static Map<String, Object> columnsTree(ReportLayout layout) {
        Map<String, Object> tree = new LinkedHashMap<>();
        layout.columns().forEach((field, header) -> tree.put(field.name(), header));
        return tree;
    }

    public static ReportLayout layoutOf(String kind, Map<String, Object> columns) {
        Map<ReportField, String> mapped = new EnumMap<>(ReportField.class);
        columns.forEach((field, header) -> mapped.put(ReportField.valueOf(field), String.valueOf(header)));
        return new ReportLayout(ReportLayout.Kind.valueOf(kind), mapped);
    }

    /** {@code [{"row": 7, "reasons": ["ISRC: ..."]}, ...]}. */
    public static List<Object> rejectionsTree(List<ReportRow.Rejected> rejections) {
        List<Object> tree = new ArrayList<>();
        for (ReportRow.Rejected row : rejections) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("row", row.row());
            item.put("reasons", List.copyOf(row.reasons()));
            tree.add(item);
        }
        return tree;
    }

    public static List<ReportRow.Rejected> rejectionsOf(List<?> tree) {
        List<ReportRow.Rejected> rows = new ArrayList<>();
        for (Object item : tree) {
            Map<?, ?> map = (Map<?, ?>) item;
            List<String> reasons = ((List<?>) map.get("reasons")).stream().map(String::valueOf).toList();
            rows.add(new ReportRow.Rejected(((Number) map.get("row")).longValue(), reasons));
        }
        return rows;
    }
}
