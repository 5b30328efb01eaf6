/**
 * Host names Resurs cannot or will not call back: names that only resolve on a local network, and
 * tunnelling services. Sources per entry. The FAQ says names must resolve through public DNS and
 * that ngrok, LocalTunnel and similar tunnels are blocked (FAQ "Local networks / Hosts",
 * "Are you using ngrok?"; Resurs developer docs FAQ, 2026).
 */

/** A DNS suffix that never resolves through public DNS (or is reserved for examples). */
export interface LocalSuffix {
  /** Without leading dot; matches the name itself and every name below it. */
  suffix: string;
  /** Why it can't be a callback host. */
  reason: string;
  /** The defining document. */
  source: string;
  sourceUrl: string;
}

const rfc = (n: number) => `https://www.rfc-editor.org/rfc/rfc${n}`;

export const localSuffixes: readonly LocalSuffix[] = [
  {
    suffix: 'localhost',
    reason: 'such names always point to the machine that looks them up, so for Resurs they mean Resurs’ own server',
    source: 'RFC 6761 §6.3',
    sourceUrl: rfc(6761),
  },
  {
    suffix: 'local',
    reason: 'multicast DNS (Bonjour, Avahi) resolves these only on the local network',
    source: 'RFC 6762',
    sourceUrl: rfc(6762),
  },
  {
    suffix: 'internal',
    reason: 'ICANN reserves .internal for private networks, so it is never in public DNS',
    source: 'ICANN resolution 2024.07.29.06',
    sourceUrl:
      'https://www.icann.org/en/board-activities-and-meetings/materials/approved-resolutions-special-meeting-of-the-icann-board-29-07-2024-en',
  },
  {
    suffix: 'lan',
    reason: 'home and office routers use .lan for local names; it is not in public DNS',
    source: 'RFC 6762 Appendix G',
    sourceUrl: rfc(6762),
  },
  {
    suffix: 'home.arpa',
    reason: 'reserved for home networks, never in public DNS',
    source: 'RFC 8375',
    sourceUrl: rfc(8375),
  },
  {
    suffix: 'test',
    reason: 'reserved for testing, never in public DNS',
    source: 'RFC 2606 / RFC 6761 §6.2',
    sourceUrl: rfc(6761),
  },
  {
    suffix: 'example',
    reason: 'reserved for documentation examples, never in public DNS',
    source: 'RFC 2606 / RFC 6761 §6.5',
    sourceUrl: rfc(6761),
  },
  {
    suffix: 'invalid',
    reason: 'reserved as a name that never exists',
    source: 'RFC 2606 / RFC 6761 §6.4',
    sourceUrl: rfc(6761),
  },
  {
    suffix: 'onion',
    reason: 'Tor onion services are not reachable through DNS',
    source: 'RFC 7686',
    sourceUrl: rfc(7686),
  },
  {
    suffix: 'alt',
    reason: 'reserved for names outside DNS',
    source: 'RFC 9476',
    sourceUrl: rfc(9476),
  },
  {
    suffix: 'intranet',
    reason: 'commonly used for private names, not in public DNS',
    source: 'RFC 6762 Appendix G',
    sourceUrl: rfc(6762),
  },
  {
    suffix: 'corp',
    reason: 'commonly used for private names; ICANN will not delegate it',
    source: 'RFC 6762 Appendix G',
    sourceUrl: rfc(6762),
  },
  {
    suffix: 'home',
    reason: 'commonly used for private names; ICANN will not delegate it',
    source: 'RFC 6762 Appendix G',
    sourceUrl: rfc(6762),
  },
  {
    suffix: 'private',
    reason: 'commonly used for private names, not in public DNS',
    source: 'RFC 6762 Appendix G',
    sourceUrl: rfc(6762),
  },
];

/**
 * Second-level names reserved for documentation (RFC 2606 §3): they resolve, but to IANA's example
 * page, never to your shop.
 */
export const exampleDomains: readonly string[] = ['example.com', 'example.net', 'example.org'];

/** A tunnelling service that exposes a local machine under its own domain. */
export interface TunnelService {
  name: string;
  /** Domains the service hands out names under (the name itself and every name below it). */
  domains: readonly string[];
  /** What the FAQ says about it. */
  status: 'blocked-by-name' | 'blocked-as-similar';
}

/**
 * ngrok is blocked by name in the FAQ (2023) and in Resurs' current FAQ (2026); the current FAQ adds
 * "LocalTunnel and similar tunnel services". The other entries are such similar services.
 */
export const tunnelServices: readonly TunnelService[] = [
  {
    name: 'ngrok',
    domains: ['ngrok.io', 'ngrok.app', 'ngrok.dev', 'ngrok-free.app', 'ngrok-free.dev', 'ngrok.pizza'],
    status: 'blocked-by-name',
  },
  { name: 'LocalTunnel', domains: ['loca.lt', 'localtunnel.me'], status: 'blocked-by-name' },
  { name: 'Cloudflare Quick Tunnels', domains: ['trycloudflare.com'], status: 'blocked-as-similar' },
  { name: 'localhost.run', domains: ['localhost.run', 'lhr.life', 'lhr.rocks'], status: 'blocked-as-similar' },
  { name: 'Serveo', domains: ['serveo.net', 'serveousercontent.com'], status: 'blocked-as-similar' },
  { name: 'Pinggy', domains: ['pinggy.link', 'pinggy.online', 'pinggy.io'], status: 'blocked-as-similar' },
  { name: 'Visual Studio dev tunnels', domains: ['devtunnels.ms'], status: 'blocked-as-similar' },
  { name: 'LocalXpose', domains: ['loclx.io'], status: 'blocked-as-similar' },
  { name: 'Tunnelmole', domains: ['tunnelmole.net'], status: 'blocked-as-similar' },
  { name: 'PageKite', domains: ['pagekite.me'], status: 'blocked-as-similar' },
  { name: 'Expose', domains: ['sharedwithexpose.com'], status: 'blocked-as-similar' },
  { name: 'zrok', domains: ['share.zrok.io'], status: 'blocked-as-similar' },
  { name: 'bore', domains: ['bore.pub'], status: 'blocked-as-similar' },
];
