package io.newsdesk.retrieve;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RankFusionTest {

    @Test
    void should_reward_items_both_rankings_agree_on() {
        Map<Integer, Double> fused = RankFusion.reciprocalRank(List.of(List.of(1, 2, 3), List.of(3, 4, 1)),
                new double[] {1, 1}, 60);

        assertThat(fused.get(1)).isCloseTo(1.0 / 61 + 1.0 / 63, within(1e-12));
        assertThat(fused.get(3)).isCloseTo(1.0 / 63 + 1.0 / 61, within(1e-12));
        assertThat(fused.get(1)).isGreaterThan(fused.get(2)).isGreaterThan(fused.get(4) - 1e-12);
        assertThat(fused).containsOnlyKeys(1, 2, 3, 4);
    }

    @Test
    void should_let_weights_favour_one_retriever() {
        Map<Integer, Double> fused = RankFusion.reciprocalRank(List.of(List.of(1), List.of(2)), new double[] {2, 1}, 60);

        assertThat(fused.get(1)).isGreaterThan(fused.get(2));
    }
}
