package io.newsdesk.documents;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PageFurnitureTest {

    @Test
    void page_numbers_print_stamps_and_addresses_are_furniture() {
        assertThat(PageFurniture.looksLikeFurniture("1/1", null)).isTrue();
        assertThat(PageFurniture.looksLikeFurniture("Page 3 of 12", null)).isTrue();
        assertThat(PageFurniture.looksLikeFurniture("- 7 -", null)).isTrue();
        assertThat(PageFurniture.looksLikeFurniture("12/7/26, 1:59 PM\tpdf.html", "pdf.html")).isTrue();
        assertThat(PageFurniture.looksLikeFurniture("file:///tmp/junit123/pdf.html\t1/1", null)).isTrue();
        assertThat(PageFurniture.looksLikeFurniture("https://news.example.com/story?id=4 2/3", null)).isTrue();
    }

    @Test
    void a_line_of_the_story_is_not_furniture_even_when_it_holds_a_date_or_a_number() {
        assertThat(PageFurniture.looksLikeFurniture("Lighthouse painted", "pdf.html")).isFalse();
        assertThat(PageFurniture.looksLikeFurniture("The vote on 12/7/26 was nine to two.", null)).isFalse();
        assertThat(PageFurniture.looksLikeFurniture("27 November 2023", null)).isFalse();
        assertThat(PageFurniture.looksLikeFurniture("Page 3 of the report says so", null)).isFalse();
    }

    @Test
    void edge_lines_repeated_on_most_pages_digits_aside_are_found() {
        var repeated = PageFurniture.repeated(List.of(
                List.of("THE ORKNEY COURIER", "Ferry timetable", "Page 1 of 3"),
                List.of("THE ORKNEY COURIER", "islanders said", "Page 2 of 3"),
                List.of("The Orkney Courier", "next month.", "Page 3 of 3")));
        assertThat(repeated).contains(PageFurniture.key("THE ORKNEY COURIER"), PageFurniture.key("Page 1 of 3"))
                .doesNotContain(PageFurniture.key("islanders said"));
        assertThat(PageFurniture.repeated(List.of(List.of("Only page")))).isEmpty();
    }
}
