package io.velerojava.engine.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LabelSelectorsTest {

    @Test
    void everyOperatorBecomesListSyntax() {
        LabelSelector selector = new LabelSelectorBuilder()
                .addToMatchLabels("app", "web")
                .addNewMatchExpression().withKey("tier").withOperator("In").withValues("a", "b").endMatchExpression()
                .addNewMatchExpression().withKey("env").withOperator("NotIn").withValues("dev").endMatchExpression()
                .addNewMatchExpression().withKey("owned").withOperator("Exists").endMatchExpression()
                .addNewMatchExpression().withKey("legacy").withOperator("DoesNotExist").endMatchExpression()
                .build();

        assertThat(LabelSelectors.toQuery(selector))
                .isEqualTo("app=web,tier in (a,b),env notin (dev),owned,!legacy");
    }

    @Test
    void orSelectorsListOncePerSelectorAndNoneListsUnfiltered() {
        LabelSelector web = new LabelSelectorBuilder().addToMatchLabels("app", "web").build();
        LabelSelector db = new LabelSelectorBuilder().addToMatchLabels("app", "db").build();

        assertThat(LabelSelectors.forListing(null, List.of(web, db)))
                .containsExactly(Optional.of("app=web"), Optional.of("app=db"));
        assertThat(LabelSelectors.forListing(null, null)).containsExactly(Optional.empty());
    }
}
