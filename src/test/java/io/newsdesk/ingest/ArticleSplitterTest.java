package io.newsdesk.ingest;

import io.newsdesk.domain.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleSplitterTest {

    private static final List<String> CHROME = List.of("Try Our AI Features", "DOWNLOAD THE APP", "Download the App",
            "Leave a Reply", "Your email address will not be published", "No comments yet", "Related Articles",
            "Orange background", "app-store", "Missing some Tweet", "force a refresh", "• • •", "time15-03-2025",
            "Voice of America", "LATEST AI NEWS", "Explore what Daily8 AI");
    private static final Pattern HANDLE = Pattern.compile("(^|\\s)@\\w+");
    private static final Pattern CUT_LINK = Pattern.compile("\\w+\\.(com|org)/\\S*");

    private final ArticleSplitter splitter = new ArticleSplitter();

    private List<Article> split(String file) throws IOException {
        return splitter.split(file, Files.readString(Path.of("seeds", file), StandardCharsets.UTF_8));
    }

    @Test
    void should_split_the_news_digest_into_its_ten_stories() throws IOException {
        List<Article> articles = split("000_8dc2fca3479cd353.txt");

        assertThat(articles).extracting(Article::title).containsExactly(
                "CATL denies allegations of security risk as US lawmakers seek restrictions",
                "China advances digital ambitions with massive data centre investment",
                "Chinese hackers exploit software flaw to compromise US internet firms",
                "Chinese AI developers bypass US chip restrictions",
                "China eyes leadership in robot development",
                "Baidu faces revenue decline, banks on AI to stay competitive",
                "Amazon and rivals supply Chinese firms with US tech",
                "Amazon cloud aids Chinese access to banned US technology",
                "Drone delivery brings food to Great Wall tourists",
                "EU probes subsidy advantage of Chinese electric vehicle");
        assertThat(articles.get(5).text()).contains("Why does this matter?").contains("600 million AI requests daily");
    }

    @Test
    void should_keep_why_it_matters_subheadings_inside_their_story() throws IOException {
        List<Article> articles = split("001_1338b711ae34d42c.txt");

        assertThat(articles).hasSize(10);
        assertThat(articles).extracting(Article::title).contains("Alipay launches tap-and-pay feature in China",
                "China leads in genAI patents, US in advanced AI, says WIPO report")
                .doesNotContain("Why does this matter?", "Why does it matter?");
    }

    @Test
    void should_make_related_article_cards_articles_and_drop_the_page_chrome() throws IOException {
        List<Article> articles = split("002_1f02896a0151efbd.txt");

        assertThat(articles).extracting(Article::title).containsExactly(
                "China boosting development of AI for use in trade war with US",
                "Russian foreign minister exaggerates Russia-China relations, ignores nuances",
                "Exclusive: Second Iranian ship suspected of carrying missile ingredient leaves China",
                "Can the US pry Russia away from China?");
        Article main = articles.get(0);
        assertThat(main.text()).contains("Government involvement").contains("Meta's publicly available Llama model");
        assertThat(main.text()).doesNotStartWith("China boosting development");
    }

    @Test
    void should_turn_the_tweet_thread_into_stories_without_handles_or_cut_links() throws IOException {
        List<Article> articles = split("003_6936bf5dd5a49f75.txt");

        assertThat(articles).extracting(Article::title).containsExactly(
                "Chinese AI Companies Dodge U.S. Chip Curbs by Flying Suitcases of Hard Drives Abroad",
                "“Although Xi has clearly consolidated his authority as China’s paramount leader…”",
                "How Images of the Dalai Lama Landed a Tibetan Woman in China’s Dragnet",
                "Beijing Doesn’t Want America to See Its Trade-War Pain",
                "China, Philippines Make Rival Claims in Disputed South China Sea",
                "The Atlantic: “‘You Think We’re Afraid of America?’ Chinese manufacturers seem ready for a trade war.”",
                "Man Versus Machine as China Shows Off Humanoid Robots");
        assertThat(articles.get(0).paragraphs().get(1).text()).startsWith("KUALA LUMPUR—In March");
    }

    @Test
    void should_drop_a_repeated_teaser_paragraph() throws IOException {
        List<Article> articles = split("004_80804029e5639161.txt");

        assertThat(articles).singleElement().satisfies(article -> {
            assertThat(article.title()).isEqualTo("US AI Tech in the Crosshairs: How Chinese Firms Navigate Cloud Service Loopholes");
            assertThat(article.paragraphs()).hasSize(10);
            assertThat(article.text().split("Chinese companies are increasingly accessing", -1)).hasSize(2);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_8dc2fca3479cd353.txt", "001_1338b711ae34d42c.txt", "002_1f02896a0151efbd.txt",
            "003_6936bf5dd5a49f75.txt", "004_80804029e5639161.txt"})
    void should_leave_no_chrome_handles_or_cut_links(String file) throws IOException {
        for (Article article : split(file)) {
            String all = article.title() + "\n" + article.text();
            CHROME.forEach(chrome -> assertThat(all).as(article.title()).doesNotContain(chrome));
            assertThat(HANDLE.matcher(all).find()).as("handle in " + article.title()).isFalse();
            assertThat(CUT_LINK.matcher(all).find()).as("link in " + article.title()).isFalse();
            assertThat(article.paragraphs()).isNotEmpty().allSatisfy(p ->
                    assertThat(article.text().substring(p.start(), p.end())).isEqualTo(p.text()));
            assertThat(article.paragraphs()).extracting(Article.Paragraph::text).doesNotHaveDuplicates();
        }
    }

    @Test
    void should_give_stable_ids_from_source_and_title() throws IOException {
        List<Article> first = split("000_8dc2fca3479cd353.txt");
        List<Article> again = split("000_8dc2fca3479cd353.txt");

        assertThat(first).extracting(Article::id).isEqualTo(again.stream().map(Article::id).toList()).doesNotHaveDuplicates();
        assertThat(first.get(0).id()).startsWith("catl-denies-allegations");
        assertThat(ArticleIds.of("other.txt", first.get(0).title())).isNotEqualTo(first.get(0).id());
    }
}
