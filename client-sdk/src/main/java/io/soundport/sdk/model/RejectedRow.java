package io.soundport.sdk.model;

import java.util.List;

/**
 * A row of a sales report that was not counted.
 *
 * @param row     its number in the file, the header being row 1
 * @param reasons why, each naming the column
 */
public record RejectedRow(long row, List<String> reasons) {
}
