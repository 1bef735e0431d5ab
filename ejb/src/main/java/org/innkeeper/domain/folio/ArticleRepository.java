package org.innkeeper.domain.folio;

import java.util.List;
import java.util.Optional;

/** The service catalogue. */
public interface ArticleRepository {

    List<Article> articles();

    Optional<Article> article(String code);

    /** The article, or an error naming the unknown code. */
    default Article get(String code) {
        String c = code == null ? "" : code.trim().toUpperCase(java.util.Locale.ROOT);
        return article(c).orElseThrow(() -> new org.innkeeper.domain.shared.InvalidValueException("article",
                "unknown article " + code));
    }

    void store(Article article);
}
