package io.newsdesk.answer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Amounts of money in text that is not from the seed articles, in currencies they never mention. */
class MoneyTest {

    @ParameterizedTest
    @ValueSource(strings = {"The ferry ticket costs 45 kroner.", "Rents rose to 1,200 euros a month.", "The club paid £18m for him.",
            "Wages start at 3,000 rand.", "A loaf is 2 francs.", "The budget is 4.2 billion pesos.", "Fares are INR 30 a ride.",
            "The fine was 500 Swiss francs.", "It sold for ₹ 90 lakh."})
    void finds_amounts_in_any_currency(String text) {
        assertThat(Money.AMOUNT.matcher(text).find()).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The top 5 all scored.", "It happened in 2019.", "About 2,300 cities joined.", "10 units were sold.",
            "Turnout was 61%.", "Over 600 million requests a day."})
    void leaves_other_numbers_alone(String text) {
        assertThat(Money.AMOUNT.matcher(text).find()).as(text).isFalse();
    }
}
