package org.innkeeper.domain.channel;

import java.util.Optional;

public interface ChannelRepository {

    Optional<Channel> byApiKey(String apiKey);

    void store(Channel channel);
}
