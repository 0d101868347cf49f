package io.newsdesk.documents;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UploadFileNameTest {

    @Test
    void only_the_files_own_name_is_kept() {
        assertThat(DocumentArticles.fileName("../../etc/passwd.txt")).isEqualTo("passwd.txt");
        assertThat(DocumentArticles.fileName("C:\\Users\\desk\\Minutes May.docx")).isEqualTo("Minutes May.docx");
        assertThat(DocumentArticles.fileName(" report\u200b.pdf ")).isEqualTo("report.pdf");
    }

    @Test
    void a_missing_or_empty_name_is_upload_and_a_long_one_keeps_its_extension() {
        assertThat(DocumentArticles.fileName(null)).isEqualTo("upload");
        assertThat(DocumentArticles.fileName("folder/")).isEqualTo("upload");
        assertThat(DocumentArticles.fileName("..")).isEqualTo("upload");
        String longName = DocumentArticles.fileName("n".repeat(600) + ".pdf");
        assertThat(longName).hasSize(200).endsWith("n.pdf");
    }
}
