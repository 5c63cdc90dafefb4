package io.soundport.domain.distribution;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryPackageTest {
    private static DeliveryPackage pkg(String messageId, String... names) {
        Map<String, byte[]> files = new java.util.HashMap<>();
        for (String name : names) {
            files.put(name, new byte[0]);
        }
        return new DeliveryPackage(messageId, DeliveryKind.DELIVERY, files);
    }

    @Test
    void a_drop_writes_its_files_by_name_and_the_manifest_last() {
        assertThat(pkg("m", "zz.bin", DeliveryPackage.MANIFEST, "a.xml", "n.jpg").inWriteOrder())
                .extracting(Map.Entry::getKey).containsExactly("a.xml", "n.jpg", "zz.bin", "manifest.json");
    }

    @Test
    void only_plain_names_can_be_dropped() {
        assertThat(pkg("msg_1", "msg_1.xml", "manifest.json").problemAsDrop()).isNull();
        assertThat(pkg("../up", "a.xml").problemAsDrop()).contains("message id");
        assertThat(pkg("m", ".hidden").problemAsDrop()).contains("file name");
        assertThat(pkg("m", "a/b.xml").problemAsDrop()).contains("file name");
    }
}
