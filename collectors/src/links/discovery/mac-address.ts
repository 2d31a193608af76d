/**
 * ifPhysAddress as operators write it: lowercase colon-separated hex ("00:e0:fc:12:34:56").
 * Null for an empty address (loopbacks, tunnels). Any length is formatted: an EUI-64 or an
 * odd-sized vendor address stays readable instead of being rejected.
 */
export function formatMacAddress(octets: Buffer): string | null {
  if (octets.length === 0) {
    return null;
  }
  return Array.from(octets, (octet) => octet.toString(16).padStart(2, '0')).join(':');
}
