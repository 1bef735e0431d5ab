package org.innkeeper.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.innkeeper.domain.channel.ApiKeys;
import org.innkeeper.domain.channel.Channel;
import org.innkeeper.domain.channel.ChannelRepository;

@ApplicationScoped
public class JpaChannelRepository implements ChannelRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Channel> byApiKey(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            return Optional.empty();
        }
        return em.createQuery("select c from Channel c where c.apiKeyHash = :hash", Channel.class)
                .setParameter("hash", ApiKeys.hash(apiKey))
                .getResultStream().findFirst();
    }

    @Override
    public void store(Channel channel) {
        em.persist(channel);
    }
}
