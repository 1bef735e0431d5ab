package org.innkeeper.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.innkeeper.domain.channel.Channel;
import org.innkeeper.domain.channel.ChannelRepository;

@ApplicationScoped
public class JpaChannelRepository implements ChannelRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public void store(Channel channel) {
        em.persist(channel);
    }
}
