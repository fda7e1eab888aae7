package cn.anju.evidence;

import java.util.Optional;

/**
 * The city's housing registry of leases and property deeds. An adapter: the demo city's reference
 * data here, the housing authority's service in production. Throws when the registry cannot be
 * reached: the process retries, then raises an incident.
 */
public interface HousingRegistry {

    Optional<RegisteredHousing> find(String number);
}
