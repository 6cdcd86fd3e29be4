package io.velerojava.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TabAlignedTextTest {

    @Test
    void alignsEachColumnBlockToItsWidestCellPlusTwo() {
        String text = new TabAlignedText()
                .printf("Name:\t%s\n", "b")
                .printf("Annotations:\t%s\n", "a=1")
                .printf("\t%s\n", "c=2")
                .println()
                .printf("Phase:\t%s\n", "Completed")
                .render();

        assertThat(text).isEqualTo("""
                Name:         b
                Annotations:  a=1
                              c=2

                Phase:  Completed
                """);
    }

    @Test
    void nestedCellsAlignWithinTheirOwnBlocks() {
        String text = new TabAlignedText()
                .println("Resources:")
                .printf("\tIncluded:\t%s\n", "*")
                .printf("\tCluster-scoped:\t%s\n", "auto")
                .println("Resource List:")
                .printf("\t%s:\n\t\t- %s\n", "v1/ConfigMap", "ns/a\n\t\t- ns/b")
                .render();

        assertThat(text).isEqualTo("""
                Resources:
                  Included:        *
                  Cluster-scoped:  auto
                Resource List:
                  v1/ConfigMap:
                    - ns/a
                    - ns/b
                """);
    }
}
