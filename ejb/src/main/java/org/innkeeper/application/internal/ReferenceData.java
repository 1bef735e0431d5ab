package org.innkeeper.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.innkeeper.application.dto.ChannelPrincipal;
import org.innkeeper.domain.channel.ApiKeys;
import org.innkeeper.domain.hotel.Hotel;
import org.innkeeper.domain.rate.RatePlan;
import org.innkeeper.domain.room.RoomType;
import org.innkeeper.infrastructure.persistence.SalesSnapshots;
import org.innkeeper.infrastructure.persistence.SetupVersion;

/**
 * The hotel, its room types and rate plans and the channels' keys, kept in memory for the hot read paths (a
 * channel's every call, searches), instead of reading them again on every request. Each call reads the
 * {@link SetupVersion} in the caller's transaction, one row by its key, and reads the data again when the number
 * moved: a change through any server on the same database is seen by the next request here, never later.
 *
 * <p>The entities held are detached, fully loaded copies shared by all threads: <b>read only</b>. A service that
 * changes them, or hands them to an entity it stores, loads its own through the repositories.
 */
@ApplicationScoped
public class ReferenceData {

    /** What is held, and the number it was read at. */
    public record Setup(long version, Hotel hotel, List<RoomType> roomTypes, List<RatePlan> ratePlans,
                        Map<String, ChannelPrincipal> channelsByKeyHash) {

        public Hotel requireHotel() {
            if (hotel == null) {
                throw new IllegalStateException("the hotel is not set up");
            }
            return hotel;
        }

        public List<RatePlan> activeRatePlans() {
            return ratePlans.stream().filter(RatePlan::active).toList();
        }

        public Optional<ChannelPrincipal> channelForApiKey(String apiKey) {
            return apiKey == null || apiKey.isBlank() ? Optional.empty()
                    : Optional.ofNullable(channelsByKeyHash.get(ApiKeys.hash(apiKey)));
        }
    }

    @PersistenceContext
    EntityManager em;
    @jakarta.persistence.PersistenceUnit
    jakarta.persistence.EntityManagerFactory emf;

    @jakarta.inject.Inject
    SalesSnapshots snapshots;

    private final AtomicReference<Setup> held = new AtomicReference<>();

    /** The reference data as of the caller's transaction, read again if it changed since it was last read. */
    public Setup current() {
        return at(SetupVersion.read(em));
    }

    /**
     * The same for a caller outside any transaction (a channel's API key check): the number as committed, read in
     * one statement without an entity manager.
     */
    public Setup committed() {
        return at(snapshots.committedSetupVersion());
    }

    /** The reference data of the number the caller read (in its own snapshot, {@link SalesSnapshots}). */
    public Setup at(long version) {
        Setup setup = held.get();
        if (setup != null && setup.version() == version) {
            return setup;
        }
        Setup loaded = load();
        held.accumulateAndGet(loaded, (kept, fresh) -> kept == null || fresh.version() >= kept.version() ? fresh : kept);
        return loaded;
    }

    /**
     * Reads everything in an entity manager of its own, cleared before it is closed, so the entities are detached
     * at once and never flushed with (or changed through) the caller's. The number is read first: what follows is
     * as new as it or newer, so at worst the data is read once more.
     */
    private Setup load() {
        EntityManager own = emf.createEntityManager();
        try {
            long version = SetupVersion.read(own);
            Hotel hotel = own.find(Hotel.class, Hotel.THE_HOTEL);
            List<RoomType> types = own.createQuery("select t from RoomType t order by t.sortOrder, t.code", RoomType.class)
                    .getResultList();
            List<RatePlan> plans = own.createQuery(
                    "select p from RatePlan p left join fetch p.parent order by p.sortOrder, p.code", RatePlan.class)
                    .getResultList();
            Map<String, ChannelPrincipal> channels = own.createQuery(
                    "select c.apiKeyHash, c.code, c.name, c.requestsPerSecond from Channel c", Object[].class)
                    .getResultStream()
                    .collect(Collectors.toUnmodifiableMap(row -> (String) row[0],
                            row -> new ChannelPrincipal((String) row[1], (String) row[2], (Integer) row[3])));
            own.clear();
            return new Setup(version, hotel, List.copyOf(types), List.copyOf(plans), channels);
        } finally {
            own.close();
        }
    }
}
