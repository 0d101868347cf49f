package io.newsdesk.answer;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What a "what" question names as asked for, read from its grammar; questions not from the seeds. */
class AskedAttributeTest {

    @Test
    void the_noun_after_what_is_leaves_out_the_owner_and_the_time() {
        assertThat(AskedAttribute.of("What was the ferry company's revenue last year?").map(AskedAttribute.Asked::words)).contains(List.of("revenue"));
        assertThat(AskedAttribute.of("What is the name of the harbour's new ferry?").map(AskedAttribute.Asked::words)).contains(List.of("name"));
        assertThat(AskedAttribute.of("What’s the nickname of the new stadium?").map(AskedAttribute.Asked::words)).contains(List.of("nickname"));
    }

    @Test
    void the_noun_after_what_is_the_phrase_before_its_auxiliary() {
        assertThat(AskedAttribute.of("What sentence did the court hand down?").map(AskedAttribute.Asked::words)).contains(List.of("sentence"));
        assertThat(AskedAttribute.of("What tariff rate does Norway charge on imported steel?").map(AskedAttribute.Asked::words)).contains(List.of("tariff", "rate"));
    }

    @Test
    void how_many_counts_the_noun_phrase_before_its_auxiliary() {
        assertThat(AskedAttribute.of("How many ferries cross the harbour each day?"))
                .as("without an auxiliary: up to the plural noun").contains(new AskedAttribute.Asked(List.of("ferries"), true));
        assertThat(AskedAttribute.of("How many notable sailing boats came from Bergen?").map(AskedAttribute.Asked::words))
                .contains(List.of("notable", "sailing", "boats"));
        assertThat(AskedAttribute.of("How many people live in Bergen?").map(AskedAttribute.Asked::words)).contains(List.of("people"));
        assertThat(AskedAttribute.of("How many deckhands does the ferry company employ?"))
                .contains(new AskedAttribute.Asked(List.of("deckhands"), true));
        assertThat(AskedAttribute.of("How many of its ferries were built abroad?"))
                .contains(new AskedAttribute.Asked(List.of("ferries"), true));
    }

    @Test
    void who_is_the_role_asks_for_that_role() {
        assertThat(AskedAttribute.of("Who is the founder of the ferry company?")).contains(new AskedAttribute.Asked(List.of("founder"), false));
        assertThat(AskedAttribute.of("Who was the ferry's captain during the storm?").map(AskedAttribute.Asked::words))
                .contains(List.of("captain"));
        assertThat(AskedAttribute.of("Who is Ola Berg?")).as("no role: a name").isEqualTo(Optional.empty());
        assertThat(AskedAttribute.of("Who was Ola Berg's predecessor as harbour master?").map(AskedAttribute.Asked::words))
                .contains(List.of("predecessor"));
        assertThat(AskedAttribute.whichKinds("In which coastal town is the yard based?")).containsExactly("coastal", "town");
        assertThat(AskedAttribute.whichKinds("Which Fujian college reportedly used the chips?")).containsExactly("college");
    }

    @Test
    void the_name_of_names_the_kind_after_its_owner() {
        assertThat(AskedAttribute.namedKind("What is the name of the harbour's new booking app?")).contains("app");
        assertThat(AskedAttribute.namedKind("What is the name of Ola Berg's Oslo-based shipping firm?")).contains("firm");
        assertThat(AskedAttribute.namedKind("What is the name of the ferry Nordvik Lines is building?")).contains("ferry");
        assertThat(AskedAttribute.namedKind("What is the ferry called?")).isEmpty();
        assertThat(AskedAttribute.of("Whose ferry sank in the storm?").map(AskedAttribute.Asked::words)).contains(List.of("ferry"));
    }

    @Test
    void questions_that_name_nothing_asked_for_have_no_attribute() {
        assertThat(AskedAttribute.of("What did the mayor say about the harbour?")).isEqualTo(Optional.empty());
        assertThat(AskedAttribute.of("What happened at the harbour on Sunday?")).isEqualTo(Optional.empty());
        assertThat(AskedAttribute.of("Who won the regatta?")).isEqualTo(Optional.empty());
        assertThat(AskedAttribute.of("How much does a ferry ticket cost?")).isEqualTo(Optional.empty());
    }
}
