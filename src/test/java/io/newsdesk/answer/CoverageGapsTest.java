package io.newsdesk.answer;

import io.newsdesk.domain.Article;
import io.newsdesk.domain.Chunk;
import io.newsdesk.index.IndexedChunk;
import io.newsdesk.text.SentenceSplitter;
import io.newsdesk.index.EnglishTerms;
import io.newsdesk.support.ModelVectors;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Gaps found from the question's shape, on hand-made evidence that is not from the seeds. */
class CoverageGapsTest {

    /** Terms as the index analyses them, every one equally rare and mentioned: no index needed. */
    static final QuestionTerms TERMS = new QuestionTerms(null) {
        @Override
        public List<String> termsOf(String text) {
            return EnglishTerms.of(text);
        }

        @Override
        public double idf(String term) {
            return 4.0;
        }

        @Override
        public boolean mentioned(String term) {
            return true;
        }
    };

    private final CoverageGaps gaps = gaps();
    private final AskedNames names = names();

    /** The gaps over the real model's word vectors and the stub terms. */
    static CoverageGaps gaps() {
        AnswerConfig config = ExtractiveAnswererTest.config();
        EvidenceWords words = new EvidenceWords(TERMS, new TermMatcher(ModelVectors.phrases(), config));
        return new CoverageGaps(TERMS, ModelVectors.phrases(), words, new Figures(TERMS, words), names(), config);
    }

    /** What name questions need, over the real model's word vectors and the stub terms. */
    static AskedNames names() {
        AnswerConfig config = ExtractiveAnswererTest.config();
        return new AskedNames(TERMS, ModelVectors.phrases(), new EvidenceWords(TERMS, new TermMatcher(ModelVectors.phrases(), config)), config);
    }

    private static List<Evidence> cited(String sentence) {
        Article article = Article.of("x", "Harbour news", "x.txt", List.of(sentence), null, null);
        IndexedChunk chunk = new IndexedChunk("p0", new Chunk("x", 0, 0, sentence.length(), sentence, SentenceSplitter.split(sentence)),
                article, null, Set.of(), Set.of(), List.of(Set.of()));
        return List.of(new Evidence(chunk, chunk.chunk().sentences().get(0), 1, 0.7, true, 0.7));
    }

    /** Sentences cited from different articles, each its own paragraph. */
    private static List<Evidence> citedFrom(String... sentences) {
        List<Evidence> cited = new java.util.ArrayList<>();
        for (int i = 0; i < sentences.length; i++) {
            String sentence = sentences[i];
            Article article = Article.of("x" + i, "Harbour news " + i, "x" + i + ".txt", List.of(sentence), null, null);
            IndexedChunk chunk = new IndexedChunk("p" + i, new Chunk("x" + i, 0, 0, sentence.length(), sentence, SentenceSplitter.split(sentence)),
                    article, null, Set.of(), Set.of(), List.of(Set.of()));
            cited.add(new Evidence(chunk, chunk.chunk().sentences().get(0), 1, 0.7, true, 0.7));
        }
        return cited;
    }

    private String lead(String question, String sentence) {
        return gaps.find(question, QuestionIntent.of(question), cited(sentence)).orElse(null);
    }

    @Test
    void a_question_for_a_number_needs_a_number() {
        assertThat(lead("how many ferries cross the harbour each day?", "Ferries cross the harbour every hour of the day."))
                .startsWith("The articles don't give the number");
        assertThat(lead("how many ferries cross the harbour each day?", "About 40 ferries cross the harbour each day.")).isNull();
    }

    @Test
    void a_question_for_a_date_needs_a_date() {
        assertThat(lead("when did the new terminal open?", "The new terminal opened to great fanfare.")).startsWith("The articles don't give the date");
        assertThat(lead("when did the new terminal open?", "The new terminal opened in March after delays.")).isNull();
        assertThat(lead("in what month did the terminal open?", "The terminal opened in May after delays.")).isNull();
    }

    @Test
    void a_question_for_who_needs_someone_the_question_does_not_already_name() {
        assertThat(lead("who won the harbour regatta?", "The harbour regatta drew record crowds this year.")).startsWith("The articles don't say who");
        assertThat(lead("who won the harbour regatta?", "The harbour regatta was won by Maria Alves for the third time.")).isNull();
        assertThat(lead("who won the harbour regatta?", "The harbour regatta on Saturday drew record crowds in March."))
                .as("a day or a month is not who").startsWith("The articles don't say who");
    }

    @Test
    void where_something_is_based_needs_a_place_said_to_be_its_base_not_any_place_mentioned() {
        assertThat(lead("Where is Fjordline Shipping headquartered?", "Fjordline Shipping showed its new hybrid ferry at a trade fair in Oslo."))
                .startsWith("The articles don't say where");
        assertThat(lead("Where is Fjordline Shipping headquartered?", "Fjordline Shipping, headquartered in Bergen, ordered two ferries.")).isNull();
        assertThat(lead("Where is the ferry operator based?", "The Bergen-based operator ordered two ferries.")).isNull();
        assertThat(lead("In which city is the ferry operator based?", "The operator, based in Bergen, ordered two ferries.")).isNull();
        assertThat(lead("In which part of Bergen is the yard located?", "The yard is located in Bergen and employs 300 people."))
                .as("a place the question names is no answer").startsWith("The articles don't say where");
        assertThat(lead("Which Bergen-based operator ordered two ferries?", "Last spring Fjordline ordered two ferries."))
                .as("a question that names a base is not asking for one").isNull();
    }

    @Test
    void a_date_must_be_the_date_of_the_event_asked_about() {
        assertThat(lead("In what year was Harbour Master Ola Berg born?", "Since becoming harbour master in March 2023, Ola Berg has doubled traffic."))
                .startsWith("The articles don't give the date of what was asked");
        assertThat(lead("In what year was Harbour Master Ola Berg born?", "Harbour master Ola Berg was born in 1961 in Bergen.")).isNull();
        assertThat(lead("When did the ferry company start operating in Norway?", "The ferry company has operated in Norway since 1988."))
                .as("half the event's words are enough").isNull();
    }

    @Test
    void a_question_for_a_named_attribute_needs_that_attribute_in_words_or_meaning() {
        assertThat(lead("what was the ferry company's revenue last year?", "The ferry company carried 2 million passengers last year."))
                .startsWith("The articles don't give what was asked (“revenue”)");
        assertThat(lead("what was the ferry company's revenue last year?", "The ferry company's revenue rose to 40 million kroner last year."))
                .isNull();
        assertThat(lead("what is the ferry's top speed?", "The ferry carries 300 cars and 900 passengers."))
                .startsWith("The articles don't give what was asked (“top speed”)");
    }

    @Test
    void a_question_for_a_wording_or_a_sort_is_not_asking_for_the_noun() {
        assertThat(lead("what affectionate term does the mayor use for the ferry?", "The mayor calls the ferry “our floating bridge”.")).isNull();
        assertThat(lead("what kind of use is banned on the ferry?", "Commercial fishing from the ferry is banned.")).isNull();
        assertThat(lead("what one-word adjective did the mayor use for the ferry?", "The mayor called the ferry “unsinkable” in March."))
                .isNull();
        assertThat(lead("what was the ferry company's annual revenue?", "The ferry company's revenue rose to 40 million kroner."))
                .as("the head noun, not every modifier").isNull();
    }

    @Test
    void a_count_needs_the_thing_counted() {
        assertThat(lead("how many deckhands does the ferry company employ?", "The ferry company has run the crossing for 20 years."))
                .startsWith("The articles don't give what was asked (“deckhands”)");
        assertThat(lead("how many deckhands does the ferry company employ?", "The ferry company employs 45 deckhands on its boats.")).isNull();
        assertThat(lead("by what percentage did ferry fares rise?", "Ferry fares rose again this spring, the company said."))
                .startsWith("The articles don't give the number");
    }

    @Test
    void a_number_for_another_place_than_the_one_asked_about_is_no_answer() {
        assertThat(lead("how many ferries run in Bergen each day?", "About 40 ferries run in Oslo each day."))
                .startsWith("The articles give no figure for Bergen");
        assertThat(lead("how many ferries run in Bergen each day?", "About 40 ferries run in Bergen each day.")).isNull();
    }

    @Test
    void a_question_for_a_rate_is_answered_by_a_number() {
        assertThat(lead("what toll rate does the new bridge charge lorries?", "Lorries pay 12.5% more than cars to cross the new bridge.")).isNull();
        assertThat(lead("what toll rate does the new bridge charge lorries?", "Lorries pay more than cars to cross the new bridge."))
                .startsWith("The articles don't give what was asked");
    }

    @Test
    void a_question_for_a_name_needs_a_name_the_question_does_not_hold() {
        assertThat(lead("what is the name of the new ferry?", "A new ferry joined the fleet in spring.")).startsWith("The articles don't give what was asked (“name”)");
        assertThat(lead("How many Nordlys ferries does the company run?", "The Nordlys company opens its office at 6 a.m."))
                .as("quoted as the question writes it").startsWith("The articles don't give what was asked (“Nordlys ferries”)");
        assertThat(lead("what is the name of the new ferry?", "The new ferry, named Nordlys, joined the fleet in spring.")).isNull();
    }

    @Test
    void a_question_for_a_time_of_day_is_answered_by_one() {
        assertThat(lead("at what time does the ferry leave?", "The ferry leaves at 7.30 a.m. from the north pier.")).isNull();
        assertThat(lead("what time does the ferry leave?", "The ferry leaves at 7 a.m. from the north pier.")).isNull();
    }

    @Test
    void which_needs_something_new_not_just_a_country_though_who_may_be_one() {
        assertThat(lead("who imposed the ferry levy?", "The ferry levy was imposed by Norway last year.")).isNull();
        assertThat(lead("which shipyard built the new ferry?", "The new ferry was built abroad, in Poland.")).startsWith("The articles don't say which");
        assertThat(lead("which shipyard built the new ferry?", "The new ferry was built by the Remontowa yard in Poland.")).isNull();
        assertThat(lead("which country built the new ferry?", "The new ferry was built abroad, in Poland.")).isNull();
    }

    @Test
    void a_question_for_a_measure_needs_a_measure_of_that_kind_not_any_number() {
        assertThat(lead("how fast can the harbour ferry sail?", "The harbour ferry carries 300 passengers and 40 cars."))
                .startsWith("The articles don't say how fast");
        assertThat(lead("how fast can the harbour ferry sail?", "The harbour ferry sails at 28 knots, a record for the route.")).isNull();
        assertThat(lead("how old is the ferry captain Ola Berg?", "Ferry captain Ola Berg has crossed the harbour 9,000 times."))
                .startsWith("The articles don't say how old");
        assertThat(lead("how old is the ferry captain Ola Berg?", "Ferry captain Ola Berg, 61, has crossed the harbour 9,000 times.")).isNull();
        assertThat(lead("how long is the crossing?", "The crossing takes 35 minutes in calm weather.")).isNull();
        assertThat(lead("how long has the ferry company run the crossing?", "The ferry company has run the crossing since 1988.")).isNull();
        assertThat(lead("how heavy is the new ferry?", "The new ferry is 120 metres long.")).startsWith("The articles don't say how heavy");
        assertThat(lead("how far is the island from the harbour?", "The island lies 12 kilometres from the harbour.")).isNull();
    }

    @Test
    void who_holds_a_role_needs_the_role_named() {
        assertThat(lead("who is the founder of the ferry company?", "The ferry company was praised by Mayor Lena Dahl in March."))
                .startsWith("The articles don't give what was asked (“founder”)");
        assertThat(lead("who is the founder of the ferry company?", "Lena Dahl, the founder of the ferry company, retired in March."))
                .isNull();
        assertThat(lead("who was the man arrested at the harbour?", "Police arrested Jon Holm at the harbour on Friday.")).isNull();
    }

    @Test
    void a_count_stands_beside_the_thing_counted() {
        List<Evidence> apart = new java.util.ArrayList<>(cited("The harbour handles oil and gas."));
        apart.addAll(cited("The harbour opened in 1975 and employs 400 people."));
        String question = "how much oil does the harbour handle each year?";
        assertThat(gaps.find(question, QuestionIntent.of(question), apart)).get().asString()
                .startsWith("The articles don't give what was asked (“oil”)");
        assertThat(lead("how much oil does the harbour handle each year?", "The harbour handles 3 million tonnes of oil a year.")).isNull();
        assertThat(lead("how much oil did the harbour handle?", "The harbour reported a record oil trade of 3 million tonnes.")).isNull();
    }

    @Test
    void a_count_stands_next_to_what_it_counts_and_a_code_is_no_count() {
        assertThat(lead("how many drones does the courier firm use?", "The courier firm tested drones in 2021 and now runs over 30 routes."))
                .startsWith("The articles don't give what was asked (“drones”)");
        assertThat(lead("how many drones does the courier firm use?", "The courier firm uses 45 drones on its routes.")).isNull();
        assertThat(lead("how many Kestrel 400X ferries has the yard delivered?", "The yard showed its Kestrel 400X ferries at the fair."))
                .startsWith("The articles don't give the number");
    }

    @Test
    void a_question_for_money_needs_an_amount_of_what_is_asked() {
        assertThat(lead("how much is the harbour spending on new cranes?", "The harbour ordered 12 new cranes in 2021."))
                .startsWith("The articles don't give the amount asked for");
        assertThat(lead("what is the harbour's annual maintenance budget?", "The harbour plans to invest 4 million kroner in new cranes."))
                .startsWith("The articles don't give what was asked (“annual maintenance budget”)");
        assertThat(lead("what price did the harbour pay for the cranes?", "The harbour bought the cranes for 4 million kroner.")).isNull();
    }

    @Test
    void one_figure_must_be_about_every_place_and_party_asked_about() {
        List<Evidence> two = new java.util.ArrayList<>(cited("Ola Berg runs 12 ferries in Bergen."));
        two.addAll(cited("Another firm runs 30 ferries in Oslo."));
        String question = "How many ferries does Ola Berg run in Oslo?";
        assertThat(gaps.find(question, QuestionIntent.of(question), two)).get().asString().startsWith("The articles give no figure for Oslo");
    }

    @Test
    void the_lede_names_what_later_paragraphs_call_the_project() {
        String lede = "Norway opened the Blue Coast ferry corridor in May.";
        String figure = "The project has put 14 electric ferries into service so far.";
        Article article = Article.of("x", "Harbour news", "x.txt", List.of(lede, figure), null, null);
        String text = article.text();
        int start = text.indexOf(figure);
        IndexedChunk chunk = new IndexedChunk("p1", new Chunk("x", 1, start, text.length(), figure,
                SentenceSplitter.split(figure).stream().map(span -> new io.newsdesk.text.Span(span.start() + start, span.end() + start)).toList()),
                article, null, Set.of(), Set.of(), List.of(Set.of()));
        List<Evidence> cited = List.of(new Evidence(chunk, chunk.chunk().sentences().get(0), 1, 0.7, true, 0.7));
        String question = "How many ferries has the Blue Coast corridor put into service?";
        assertThat(gaps.find(question, QuestionIntent.of(question), cited)).isEmpty();
        String elsewhere = "How many ferries has the Blue Coast corridor put into service in Bergen?";
        assertThat(gaps.find(elsewhere, QuestionIntent.of(elsewhere), cited)).get().asString().startsWith("The articles give no figure for Bergen");
    }

    @Test
    void whose_is_answered_by_an_owner_named_with_the_thing_owned() {
        String question = "Whose software did the hackers break into?";
        assertThat(lead(question, "The hackers were based in China, officials said in March."))
                .startsWith("The articles don't give what was asked (“software”)");
        assertThat(names.givesAskedName(question, cited("The hackers broke into Harbor Director, software sold by Nordvik Systems.").get(0)))
                .contains(true);
        assertThat(names.givesAskedName(question, cited("The software was made in China, officials said.").get(0)))
                .as("a country is not whose").contains(false);
    }

    @Test
    void a_name_asked_for_stands_beside_what_it_names() {
        String question = "What is the name of the harbour's new booking app?";
        assertThat(names.givesAskedName(question, cited("The harbour launched the Kaiplass app in March.").get(0))).contains(true);
        assertThat(names.givesAskedName(question, cited("The new booking app went live in March for Android users across Norway.").get(0)))
                .contains(false);
        assertThat(names.givesAskedName("Who won the regatta?", cited("Maria Alves won the regatta.").get(0))).isEmpty();
    }

    @Test
    void a_figure_for_another_year_is_no_answer() {
        assertThat(lead("how many ferries did the yard deliver last year?", "The yard is expected to deliver 12 ferries this year."))
                .startsWith("The articles give no figure for last year");
        assertThat(lead("how many ferries did the yard deliver in 2021?", "The yard delivered 12 ferries in 2021.")).isNull();
    }

    @Test
    void a_figure_for_a_list_of_places_is_no_figure_for_one_of_them() {
        assertThat(lead("How many ferry stops are there in Molde?", "The line has 40 ferry stops in towns like Ålesund, Molde, Kristiansund and Bergen."))
                .startsWith("The articles give no figure for Molde");
        assertThat(lead("How many ferry stops are there in Molde?", "The line has 4 ferry stops in Molde alone.")).isNull();
    }

    @Test
    void an_abbreviation_is_found_spelled_out() {
        assertThat(lead("How many EVs does the ferry company carry each night?", "The ferry company carries 40 electric vehicles each night."))
                .isNull();
        assertThat(Names.spelledOut("EVs", "imported electric vehicles")).isTrue();
        assertThat(Names.spelledOut("EVs", "every vessel")).isTrue();
        assertThat(Names.spelledOut("EVs", "electric cars")).isFalse();
    }

    @Test
    void a_town_is_not_answered_by_a_country_and_a_dateline_names_a_place() {
        assertThat(lead("In which coastal town is the Nordvik yard based?", "The Nordvik yard is based in Norway, the company said."))
                .startsWith("The articles don't say which");
        assertThat(lead("In which coastal town is the Nordvik yard based?", "The Nordvik yard is based in Kristiansund, the company said."))
                .isNull();
        assertThat(lead("From which town was the Nordvik story reported?", "KRISTIANSUND, Norway—The Nordvik yard launched a ferry."))
                .isNull();
    }

    @Test
    void which_place_is_answered_by_a_name_where_places_stand() {
        assertThat(lead("Which island lies closest to the harbour?", "Ferries to the harbour's islands are run by Nordvik Lines."))
                .startsWith("The articles don't say which");
        assertThat(lead("Which island lies closest to the harbour?", "The island closest to the harbour is Hestøya.")).isNull();
        assertThat(lead("In which province is the Nordvik yard?", "The Nordvik yard lies in Møre og Romsdal, near the coast.")).isNull();
    }

    @Test
    void an_abbreviated_month_is_not_a_name() {
        assertThat(lead("which two harbours did the Nordlys visit?", "In its Jan. 22 report, the paper said the Nordlys visited two harbours."))
                .startsWith("The articles don't say which");
    }

    @Test
    void a_name_opening_the_sentence_counts_past_its_first_word() {
        assertThat(lead("which captain steered the ferry?", "Captain Ola Berg steered the ferry through the storm.")).isNull();
    }

    @Test
    void letters_that_change_length_when_lower_cased_are_quoted_without_error() {
        assertThat(lead("what is the ferry company's İİİİ?", "The ferry company opened a new office in March."))
                .startsWith("The articles don't give what was asked");
    }

    @Test
    void broad_questions_and_other_shapes_have_no_gap() {
        assertThat(lead("what's the news about the harbour?", "The harbour regatta drew record crowds this year.")).isNull();
        assertThat(lead("why did the regatta draw crowds?", "The harbour regatta drew record crowds this year.")).isNull();
    }

    @Test
    void an_opening_clause_does_not_make_the_question_ask_for_it() {
        assertThat(lead("When boarding the night ferry, what do passengers show at the gate?", "Passengers show a paper ticket at the gate."))
                .as("'When boarding…, what…' asks what, not when").isNull();
        assertThat(lead("Besides the night ferry, which boat sails to the island?", "The island is reached by the morning boat only."))
                .as("the main clause's 'which' is still read").startsWith("The articles don't say which");
    }

    @Test
    void which_month_or_year_asks_for_a_date() {
        assertThat(lead("In which month did the terminal open?", "The terminal opened in May after delays.")).isNull();
        assertThat(lead("In which month did the terminal open?", "The terminal opened after long delays.")).startsWith("The articles don't give the date");
    }

    @Test
    void a_hedged_question_for_a_share_still_needs_a_number() {
        assertThat(lead("Roughly what share of the berths are in use?", "Most berths at the harbour are busy in summer."))
                .startsWith("The articles don't give the number");
    }

    @Test
    void the_source_a_question_cites_is_not_what_its_figure_must_be_about() {
        assertThat(lead("How many passengers did the ferry company carry last year, per the Harbourstat data?",
                "The ferry company carried 2 million passengers last year.")).isNull();
        assertThat(lead("According to Harbourstat, how many passengers did the ferry company carry last year?",
                "The ferry company carried 2 million passengers last year.")).isNull();
        assertThat(lead("How many crossings per day does Fjordline run in Bergen?", "Fjordline runs 12 crossings per day in Oslo."))
                .as("'per day' is no source").startsWith("The articles give no figure for Bergen");
    }

    @Test
    void a_price_must_be_the_price_of_what_is_named() {
        String question = "What is the price of the Seacat X5 ferry?";
        assertThat(gaps.find(question, QuestionIntent.of(question), citedFrom("The Seacat X5 ferry entered service in May.",
                "A rival shipyard sold its ferries for 4 million euros."))).get().asString().startsWith("The articles give no figure for");
        assertThat(gaps.find(question, QuestionIntent.of(question), citedFrom("The Seacat X5 ferry sells for 4 million euros."))).isEmpty();
    }

    @Test
    void a_figure_for_another_city_is_not_one_for_the_city_asked_but_a_people_may_be_its_country() {
        assertThat(lead("How many ferries does Fjordline run in Bergen?", "Fjordline runs 12 ferries in Oslo."))
                .startsWith("The articles give no figure for Bergen");
        assertThat(lead("How many ferries does Fjordline run for American tourists?", "Fjordline runs 12 ferries for US tourists.")).isNull();
    }

    @Test
    void one_of_a_kind_is_answered_without_naming_the_kind() {
        assertThat(lead("What cargo did the stranded ferry carry?", "The stranded ferry carried 300 tonnes of frozen salmon.")).isNull();
        assertThat(lead("What was the stranded ferry's cargo worth?", "The stranded ferry was refloated on Tuesday."))
                .as("an attribute asked is still looked for").isNotNull();
    }

    @Test
    void a_question_for_a_cause_is_not_a_question_for_a_noun() {
        assertThat(lead("What is fuelling the growth of ferry traffic?", "Ferry traffic grew because new tourist routes opened.")).isNull();
    }

    @Test
    void a_dateline_country_or_people_is_not_the_name_asked_for() {
        assertThat(lead("What is the name of Ola Berg's home village?", "BERGEN, Norway—Ola Berg, a Norwegian captain, was stopped by Swedish police."))
                .startsWith("The articles don't give what was asked");
        assertThat(lead("What is the name of Ola Berg's home village?", "Ola Berg grew up in the village of Hestvik on the coast.")).isNull();
    }

    @Test
    void a_figure_the_question_states_is_not_its_answer() {
        assertThat(lead("How many of the eight new ferries are already in service?", "The company ordered eight new ferries in 2021."))
                .isNotNull();
        assertThat(lead("How many of the eight new ferries are already in service?", "Five of the eight new ferries are already in service."))
                .isNull();
    }

    @Test
    void a_figure_must_be_for_the_time_asked_about() {
        assertThat(lead("How many passengers did the ferry carry a year earlier?", "The ferry carried 2 million passengers this year."))
                .startsWith("The articles give no figure for a year earlier");
        assertThat(lead("How many passengers did the ferry carry a year earlier?", "The ferry carried 2 million passengers, up from 1.5 million a year earlier."))
                .isNull();
    }

    @Test
    void a_count_of_a_unit_asks_for_a_measure_in_it() {
        assertThat(lead("How many kilometres is the ferry crossing?", "The ferry carries up to 2.3 tonnes of cargo and takes five minutes."))
                .startsWith("The articles don't say how many kilometres");
        assertThat(lead("How many kilometres is the ferry crossing?", "The ferry crossing is 12 kilometres long.")).isNull();
        assertThat(lead("How many metric tons of salmon did the ferry carry?", "The ferry carried 300 metric tons of salmon.")).isNull();
    }

    @Test
    void a_question_for_several_names_needs_them_listed_together() {
        assertThat(lead("Which three shipyards built the new ferries?", "Three Norwegian shipyards built the ferries, said Ola Berg of Fjordline."))
                .startsWith("The articles don't say which");
        assertThat(lead("Which three shipyards built the new ferries?", "The ferries were built by Havyard, Ulstein and Kleven in Norway."))
                .isNull();
        assertThat(lead("What are the names of the two ferries?", "The two ferries sail from Bergen, Fjordline said."))
                .startsWith("The articles don't give what was asked");
        assertThat(lead("What are the names of the two ferries?", "The two ferries, Stavangerfjord and Bergensfjord, sail from Bergen."))
                .isNull();
    }

    @Test
    void a_name_that_opens_a_sentence_as_an_owner_is_a_name() {
        assertThat(lead("Whose office declined to comment on the ferry delays?", "Berg's office declined to comment on the ferry delays."))
                .isNull();
        assertThat(lead("Who declined to comment on the ferry delays?", "Officials declined to comment on the ferry delays."))
                .startsWith("The articles don't say who");
    }
}
