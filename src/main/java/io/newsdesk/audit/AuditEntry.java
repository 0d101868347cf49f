package io.newsdesk.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/**
 * One change to the corpus, as the audit trail keeps it.
 *
 * @param id            the entry's id: its place in the trail, usable as {@code after} to page on
 * @param at            when it happened
 * @param who           a key's fingerprint, {@code jwt:<subject>}, {@code anonymous}, or the part of the service that
 *                      acted ({@code folder}, {@code feed:<name>}, {@code startup})
 * @param path          how it came: {@code api}, {@code upload}, {@code web}, {@code import}, {@code feed}, {@code folder}
 * @param action        {@code create}, {@code replace}, {@code move}, {@code delete}, {@code import-start},
 *                      {@code import-finish}, {@code import-cancel}
 * @param articleId     the article changed (null for an import job's entries)
 * @param desk          the desk it is on after the change (before, for a delete)
 * @param previousDesk  the desk it was on before a move
 * @param hashBefore    SHA-256 of its title and text before (null when it is new)
 * @param hashAfter     SHA-256 after (null when deleted)
 * @param previousTitle its title before a replace or delete, so a vandalised article can be restored
 * @param previousText  its text before a replace or delete
 * @param job           the import job, for an import's entries
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEntry(String id, Instant at, String who, String path, String action, String articleId, String desk,
                         String previousDesk, String hashBefore, String hashAfter, String previousTitle,
                         String previousText, String job) {

    AuditEntry withId(String assigned) {
        return new AuditEntry(assigned, at, who, path, action, articleId, desk, previousDesk, hashBefore, hashAfter,
                previousTitle, previousText, job);
    }
}
