package io.soundport.domain.shared;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonReaderTest {
    @Test
    void reads_what_json_writes() {
        Map<String, Object> tree = Map.of("a", "x\"\\\n\u0001é", "b", List.of(true, false), "n", new BigDecimal("-1.25"));
        assertThat(JsonReader.read(Json.write(tree))).isEqualTo(tree);
        assertThat(JsonReader.read(" [ 1 , null , {} , [ ] , \"\\u00e9\\/\" ] "))
                .isEqualTo(Arrays.asList(BigDecimal.ONE, null, Map.of(), List.of(), "é/"));
        assertThat(JsonReader.readObject("{\"k\":0}")).containsEntry("k", BigDecimal.ZERO);
    }

    @Test
    void refuses_what_is_not_strict_json_saying_where() {
        for (String bad : new String[] {"", "{", "{\"a\":1,}", "[1,]", "{a:1}", "{\"a\":1}x", "01", "1.", "tru",
                "\"\\x\"", "\"open", "{\"a\":1,\"a\":2}", "\"tab\there\"", "[".repeat(17) + "]".repeat(17)}) {
            assertThatThrownBy(() -> JsonReader.read(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("not valid JSON");
        }
        assertThatThrownBy(() -> JsonReader.readObject("[]")).hasMessage("a JSON object is expected");
    }
}
