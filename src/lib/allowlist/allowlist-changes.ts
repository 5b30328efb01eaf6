/**
 * "What changed": for an allowlist made from an older version of Resurs' lists (or pasted as it is
 * today), exactly the rules to add and the rules to remove to match the newest version, in each
 * snippet syntax. Added and removed entries come from the versions in src/lib/network/history.ts.
 */
import { callbackPort } from '../../data/network.ts';
import { currentVersion, findVersion, type NetworkVersion, networkVersions } from '../network/history.ts';
import { countOf } from '../shared/count.ts';
import { rangesOverlap } from '../shared/ip-range.ts';
import { fail, ok, type Result } from '../shared/result.ts';
import { analyzeAllowlist } from './analyze-allowlist.ts';
import { targetsOfVersion } from './resurs-ranges.ts';
import { awsIpRange, type RuleTarget, ruleLine, type SnippetId } from './snippets.ts';

/** Where the old allowlist came from: a version's date, or "paste" for a pasted allowlist. */
export const PASTE = 'paste';

/** The rules that bring an allowlist up to the newest version. */
export interface AllowlistChanges {
  /** Sources the allowlist is missing (the minimal set: a source inside an owned block needs no rule). */
  add: readonly RuleTarget[];
  /** Entries of an older version that the newest no longer lists (the sources may not say why). */
  remove: readonly RuleTarget[];
  /** The version compared with the newest, or null for a pasted allowlist. */
  from: NetworkVersion | null;
}

/** The versions an allowlist can have been made from: all but the newest, newest first. */
export const olderVersions: readonly NetworkVersion[] = networkVersions.slice(0, -1).reverse();

const cidrsOf = (targets: readonly RuleTarget[]) => new Set(targets.map((t) => t.cidr));

/** The rules between two versions' minimal sets (what the snippets of each would allow). Never throws. */
export function changesBetween(from: NetworkVersion, to: NetworkVersion = currentVersion): AllowlistChanges {
  const before = targetsOfVersion(from).minimal;
  const after = targetsOfVersion(to).minimal;
  const had = cidrsOf(before);
  const has = cidrsOf(after);
  return {
    add: after.filter((t) => !had.has(t.cidr)),
    remove: before.filter((t) => !has.has(t.cidr)),
    from,
  };
}

/** The changes since the version of `date` (a `?from=` value, untrusted). Never throws. */
export function changesSinceVersion(date: string): Result<AllowlistChanges> {
  const version = findVersion(date);
  if (!version) {
    const known = networkVersions.map((v) => v.date).join(', ');
    // Cut by code points, so a long value never ends in half an emoji.
    const shown = Array.from(date.slice(0, 80)).slice(0, 40).join('');
    return fail(`There is no version "${shown}". Resurs' lists have versions of ${known}.`);
  }
  return ok(changesBetween(version));
}

/**
 * The changes a pasted allowlist needs: the parts of the newest sources it leaves out, and its
 * entries that equal an older version's entry the newest no longer lists (and that let in none of
 * the newest sources). Other entries are left alone: they may serve other traffic. `versions` is the
 * history searched for such entries. Never throws.
 */
export function changesForAllowlist(
  text: string,
  versions: readonly NetworkVersion[] = networkVersions,
): Result<AllowlistChanges> {
  const report = analyzeAllowlist(text);
  const valid = report.entries.filter((e) => e.entry !== null);
  if (valid.length === 0) return fail('Paste the addresses your allowlist holds: no valid entry yet.');
  const current = targetsOfVersion(currentVersion);
  const add = report.coverage
    .filter((c) => c.coverage !== 'full' && (c.target.kind === 'owned-block' || c.target.insideBlock === null))
    .flatMap((c) =>
      c.missing.map((cidr) => ({
        kind: c.target.kind,
        cidr,
        display: cidr === c.target.cidr ? c.target.display : cidr,
        label: c.target.label,
        list: c.target.list,
      })),
    );
  const listed = cidrsOf(current.all);
  const dropped = versions
    .flatMap((v) => targetsOfVersion(v).all)
    .filter((t, i, all) => !listed.has(t.cidr) && all.findIndex((o) => o.cidr === t.cidr) === i);
  const remove = dropped.filter(
    (old) =>
      !current.minimal.some((t) => rangesOverlap(t.range, old.range)) &&
      valid.some(
        (e) =>
          e.entry?.range.family === old.range.family &&
          e.entry.range.start === old.range.start &&
          e.entry.range.end === old.range.end,
      ),
  );
  return ok({ add, remove, from: null });
}

/** The text to apply for one syntax: lines to add and lines to remove (empty when none). */
export interface ChangeLines {
  add: string;
  remove: string;
  /** How to apply them, in one sentence. */
  usage: string;
}

const usage: Record<SnippetId, string> = {
  iptables: 'Run as root, then save with iptables-save (or netfilter-persistent save).',
  nftables:
    'Save as resurs-changes.nft and load with nft -f resurs-changes.nft; the names are those of the nftables snippet above.',
  ufw: 'Run as root.',
  nginx:
    'Edit the location block of the nginx snippet: add the lines before "deny all;", delete the others; then nginx -t and reload.',
  apache:
    'Edit the <Location> block of the Apache snippet: add the lines, delete the others; then apachectl configtest and reload.',
  aws: 'Run with the AWS CLI, with your security group id.',
};

const awsCommand = (verb: 'authorize' | 'revoke', targets: readonly RuleTarget[]) =>
  `SECURITY_GROUP_ID=sg-0123456789abcdef0
aws ec2 ${verb}-security-group-ingress \\
  --group-id "$SECURITY_GROUP_ID" \\
  --ip-permissions '${JSON.stringify(
    [
      {
        IpProtocol: 'tcp',
        FromPort: callbackPort,
        ToPort: callbackPort,
        IpRanges: targets.map((t) => (verb === 'authorize' ? awsIpRange(t) : { CidrIp: t.cidr })),
      },
    ],
    null,
    2,
  )}'
`;

const removeLine: Record<Exclude<SnippetId, 'aws'>, (t: RuleTarget) => string> = {
  iptables: (t) => `iptables -D INPUT -p tcp -s ${t.cidr} --dport ${callbackPort} -j ACCEPT`,
  nftables: (t) => `delete element inet filter resurs_sources { ${t.kind === 'owned-block' ? t.cidr : t.display} }`,
  ufw: (t) => `ufw delete allow proto tcp from ${t.cidr} to any port ${callbackPort}`,
  nginx: (t) => `allow ${t.cidr};`,
  apache: (t) => `Require ip ${t.cidr}`,
};

const addLines = (syntax: Exclude<SnippetId, 'aws'>, targets: readonly RuleTarget[]) =>
  syntax === 'nftables'
    ? `add element inet filter resurs_sources {\n${targets.map((t) => `  ${ruleLine.nftables(t)}`).join('\n')}\n}`
    : targets.map(ruleLine[syntax]).join('\n');

/** The lines that apply `changes` in one syntax, each part ending in a newline. Never throws. */
export function buildChangeLines(syntax: SnippetId, changes: Pick<AllowlistChanges, 'add' | 'remove'>): ChangeLines {
  const { add, remove } = changes;
  if (syntax === 'aws') {
    return {
      add: add.length > 0 ? awsCommand('authorize', add) : '',
      remove: remove.length > 0 ? awsCommand('revoke', remove) : '',
      usage: usage.aws,
    };
  }
  return {
    add: add.length > 0 ? `${addLines(syntax, add)}\n` : '',
    remove: remove.length > 0 ? `${remove.map(removeLine[syntax]).join('\n')}\n` : '',
    usage: usage[syntax],
  };
}

/** A one-sentence summary of the changes, for the live region. Never throws. */
export function summarizeChanges(changes: AllowlistChanges): string {
  const what = changes.from ? `the list of ${changes.from.date}` : 'your allowlist';
  const { add, remove } = changes;
  if (add.length === 0 && remove.length === 0)
    return `Nothing to change: ${what} already matches the list of ${currentVersion.date}.`;
  const parts = [
    add.length > 0 ? `add ${countOf(add.length, 'rule')}` : '',
    remove.length > 0 ? `remove ${remove.length} no longer listed` : '',
  ].filter(Boolean);
  return `To go from ${what} to the list of ${currentVersion.date}: ${parts.join(' and ')}.`;
}
