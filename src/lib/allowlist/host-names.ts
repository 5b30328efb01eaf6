/** Classifies a callback host name: local-only, reserved for examples, a tunnel, or public. */
import {
  exampleDomains,
  type LocalSuffix,
  localSuffixes,
  type TunnelService,
  tunnelServices,
} from '../../data/local-names.ts';
import { fail, ok, type Result } from '../shared/result.ts';

/** What kind of name a host is. */
export type HostNameClass =
  | { kind: 'public' }
  | { kind: 'local-suffix'; suffix: LocalSuffix }
  | { kind: 'single-label' }
  | { kind: 'example-domain'; domain: string }
  | { kind: 'tunnel'; service: TunnelService; domain: string };

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

const isUnder = (name: string, domain: string) => name === domain || name.endsWith(`.${domain}`);

/**
 * Checks host-name syntax (RFC 1123 labels, at most 253 characters) on an ASCII (punycode) name and
 * returns it lower-cased without a trailing dot. Never throws.
 */
export function normalizeHostName(host: string): Result<string> {
  const name = host.toLowerCase().replace(/\.$/, '');
  if (name === '') return fail('The URL has no host name.');
  if (name.length > 253) return fail(`The host name has ${name.length} characters; DNS allows at most 253.`);
  const bad = name.split('.').find((label) => !LABEL.test(label));
  if (bad !== undefined) {
    return fail(
      bad === ''
        ? `${host} has an empty label (two dots in a row).`
        : `"${bad}" is not a valid label of a host name: use letters, digits and hyphens, not at the start or end, at most 63 characters.`,
    );
  }
  return ok(name);
}

/** Classifies a normalized host name (see normalizeHostName). Never throws. */
export function classifyHostName(name: string): HostNameClass {
  for (const service of tunnelServices) {
    const domain = service.domains.find((d) => isUnder(name, d));
    if (domain) return { kind: 'tunnel', service, domain };
  }
  const suffix = localSuffixes.find((s) => isUnder(name, s.suffix));
  if (suffix) return { kind: 'local-suffix', suffix };
  const example = exampleDomains.find((d) => isUnder(name, d));
  if (example) return { kind: 'example-domain', domain: example };
  if (!name.includes('.')) return { kind: 'single-label' };
  return { kind: 'public' };
}
