package org.innkeeper.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.innkeeper.domain.folio.Article;
import org.innkeeper.domain.folio.ArticleRepository;

@ApplicationScoped
public class JpaArticleRepository implements ArticleRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<Article> articles() {
        return em.createQuery("select a from Article a order by a.systemArticle desc, a.department, a.code",
                Article.class).getResultList();
    }

    @Override
    public Optional<Article> article(String code) {
        return Optional.ofNullable(em.find(Article.class, code));
    }

    @Override
    public void store(Article article) {
        em.persist(article);
    }
}
