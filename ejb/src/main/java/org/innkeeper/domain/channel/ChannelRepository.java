package org.innkeeper.domain.channel;

public interface ChannelRepository {

    void store(Channel channel);
}
