import ipaddr from 'ipaddr.js';

/**
 * Which IP addresses the fetcher may connect to: public unicast only.
 *
 * Everything else (loopback, RFC 1918, link-local and cloud metadata, CGNAT, multicast, reserved, ULA …) is refused,
 * and so are IPv6 addresses that merely wrap such an IPv4 address (IPv4-mapped/compatible, NAT64, 6to4, Teredo).
 */
export type AddressVerdict =
  | { allowed: true; /** Normalised address to connect to (IPv4-mapped IPv6 unwrapped to IPv4). */ connectTo: string }
  | { allowed: false; /** ipaddr.js range name, e.g. `loopback`, `6to4 → private`. */ range: string };

const IPV4_COMPATIBLE = ipaddr.parseCIDR('::/96');
/** The well-known NAT64 prefix; the local-use 64:ff9b:1::/48 stays refused as a whole. */
const NAT64_WELL_KNOWN = ipaddr.parseCIDR('64:ff9b::/96');

/**
 * @param allowedPrivateAddresses test-only exceptions: exact addresses that may be reached although not public.
 */
export function judgeAddress(address: string, allowedPrivateAddresses: readonly string[] = []): AddressVerdict {
  if (!ipaddr.isValid(address)) return { allowed: false, range: 'invalid' };
  const parsed = ipaddr.parse(address);
  const connectTo = normalizeAddress(parsed);
  if (allowedPrivateAddresses.some((allowed) => ipaddr.isValid(allowed) && normalizeAddress(ipaddr.parse(allowed)) === connectTo)) {
    return { allowed: true, connectTo };
  }
  const refusedRange = parsed.kind() === 'ipv4' ? refusedIPv4Range(parsed as ipaddr.IPv4) : refusedIPv6Range(parsed as ipaddr.IPv6);
  return refusedRange === null ? { allowed: true, connectTo } : { allowed: false, range: refusedRange };
}

/** Characters any IP literal ipaddr.js accepts is made of (hex digits, dots, colons, `0x`, zone `%`). */
const IP_LITERAL_CHARACTERS = /^[0-9a-fx.:%]+$/i;

/**
 * True for a string that is an IP address literal (IPv6 without brackets). Host names with other letters are
 * answered without ipaddr.js, whose validity check throws and catches internally (slow on the request path).
 */
export function isIpLiteral(host: string): boolean {
  return IP_LITERAL_CHARACTERS.test(host) && ipaddr.isValid(host);
}

function normalizeAddress(address: ipaddr.IPv4 | ipaddr.IPv6): string {
  if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress()) {
    return (address as ipaddr.IPv6).toIPv4Address().toString();
  }
  return address.toString();
}

function refusedIPv4Range(address: ipaddr.IPv4): string | null {
  const range = address.range();
  return range === 'unicast' ? null : range;
}

function refusedIPv6Range(address: ipaddr.IPv6): string | null {
  const range = address.range();
  const parts = address.parts;
  switch (range) {
    case 'unicast':
      return address.match(IPV4_COMPATIBLE) ? refusedEmbedded('ipv4Compatible', [lastIPv4(parts)]) : null;
    case 'ipv4Mapped':
    case 'rfc6145':
      return refusedEmbedded(range, [lastIPv4(parts)]);
    case 'rfc6052':
      return address.match(NAT64_WELL_KNOWN) ? refusedEmbedded(range, [lastIPv4(parts)]) : range;
    case '6to4':
      return refusedEmbedded(range, [ipv4FromWords(parts[1], parts[2])]);
    case 'teredo':
      // Teredo carries the server address in clear and the client address with every bit inverted (RFC 4380).
      return refusedEmbedded(range, [ipv4FromWords(parts[2], parts[3]), ipv4FromWords(~(parts[6] ?? 0), ~(parts[7] ?? 0))]);
    default:
      return range;
  }
}

function refusedEmbedded(wrapper: string, embedded: ipaddr.IPv4[]): string | null {
  for (const address of embedded) {
    const range = refusedIPv4Range(address);
    if (range !== null) return `${wrapper} → ${range}`;
  }
  return null;
}

function lastIPv4(parts: number[]): ipaddr.IPv4 {
  return ipv4FromWords(parts[6], parts[7]);
}

function ipv4FromWords(high: number | undefined, low: number | undefined): ipaddr.IPv4 {
  const h = (high ?? 0) & 0xffff;
  const l = (low ?? 0) & 0xffff;
  return new ipaddr.IPv4([h >> 8, h & 0xff, l >> 8, l & 0xff]);
}
