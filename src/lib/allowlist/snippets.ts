/**
 * Firewall and web-server rules that allow exactly Resurs' sources to port 443, generated from the
 * network data (owned blocks plus the callback sources outside them). Each generator returns text
 * that its tool accepts as it is (checked with iptables, nft, ufw, nginx, apache2 and aws in tests).
 */
import { callbackPort } from '../../data/network.ts';
import { fail, ok, type Result } from '../shared/result.ts';
import { minimalResursSources, type ResursTarget } from './resurs-ranges.ts';

/** The snippets on offer, in tab order (`?snippet=`). */
export const snippetIds = ['iptables', 'nftables', 'ufw', 'nginx', 'apache', 'aws'] as const;

/** One of snippetIds. */
export type SnippetId = (typeof snippetIds)[number];

/** A generated snippet. */
export interface Snippet {
  id: SnippetId;
  /** Tab label. */
  label: string;
  /** Where it goes, in one sentence. */
  usage: string;
  code: string;
}

/** Options the user can set. */
export interface SnippetOptions {
  /** Callback path for the nginx and Apache snippets; must pass sanitizeCallbackPath. */
  path: string;
}

/** Default callback path used in the nginx and Apache snippets. */
export const DEFAULT_CALLBACK_PATH = '/resurs/callback/';

/** Whether a string is one of the snippet ids. Never throws. */
export function isSnippetId(value: string): value is SnippetId {
  return (snippetIds as readonly string[]).includes(value);
}

/**
 * Accepts a URL path for a location block: starts with "/", only unreserved characters and "/",
 * at most 200 characters, so that it can go into nginx and Apache config unquoted. Never throws.
 */
export function sanitizeCallbackPath(input: string): Result<string> {
  const path = input.trim();
  if (path === '') return ok(DEFAULT_CALLBACK_PATH);
  if (!path.startsWith('/')) return fail('The path must start with "/", e.g. /resurs/callback/.');
  if (path.length > 200) return fail('The path is longer than 200 characters.');
  if (!/^[A-Za-z0-9._~/-]+$/.test(path)) {
    return fail('Use only letters, digits, "/", "-", ".", "_" and "~" in the path (no query string or placeholders).');
  }
  return ok(path);
}

const sources = minimalResursSources;

/** The part of a Resurs source a rule needs: its CIDR, how it is written, and where it is listed. */
export type RuleTarget = Pick<ResursTarget, 'kind' | 'cidr' | 'display' | 'label' | 'list'>;

/** The comment a rule carries: what the source is and the date of its list. Never throws. */
export function ruleComment(target: RuleTarget): string {
  return target.kind === 'owned-block'
    ? `Resurs Bank ${target.label} (FAQ ${target.list.date})`
    : `Resurs Bank callback source ${target.label} (docs ${target.list.date})`;
}

function header(comment: string, lines: string[]): string {
  const lists = [...new Set(sources.map((s) => `${s.list.title} (${s.list.date})`))];
  return [...lines, `Sources: ${lists.join('; ')}.`, 'Resurs calls over IPv4 only, so no IPv6 rules are needed.']
    .map((line) => `${comment} ${line}`)
    .join('\n');
}

/** The rule (or set element, or directive) that allows one source, per syntax; AWS takes JSON instead. */
export const ruleLine: Record<Exclude<SnippetId, 'aws'>, (target: RuleTarget) => string> = {
  iptables: (s) => `iptables -I INPUT -p tcp -s ${s.cidr} --dport ${callbackPort} -j ACCEPT  # ${ruleComment(s)}`,
  nftables: (s) => `${s.kind === 'owned-block' ? s.cidr : s.display}, # ${ruleComment(s)}`,
  ufw: (s) => `ufw allow proto tcp from ${s.cidr} to any port ${callbackPort} comment '${ruleComment(s)}'`,
  nginx: (s) => `allow ${s.cidr};  # ${ruleComment(s)}`,
  // Apache allows comments only on lines of their own.
  apache: (s) => `# ${ruleComment(s)}\nRequire ip ${s.cidr}`,
};

/** One `IpRanges` item of the AWS `--ip-permissions` value. Never throws. */
export function awsIpRange(target: RuleTarget): { CidrIp: string; Description: string } {
  return { CidrIp: target.cidr, Description: ruleComment(target) };
}

const indent = (text: string, spaces: number) =>
  text
    .split('\n')
    .map((line) => `${' '.repeat(spaces)}${line}`)
    .join('\n');

function iptables(): string {
  const rules = sources.map(ruleLine.iptables);
  return `${header('#', ['Allow HTTPS (TCP 443) from Resurs Bank.', '-I puts each rule first in INPUT, ahead of DROP or REJECT rules.'])}\n${rules.join('\n')}\n`;
}

function nftables(): string {
  const elements = sources.map((s) => indent(ruleLine.nftables(s), 6));
  return `${header('#', [
    'Allow HTTPS (TCP 443) from Resurs Bank. Load with: nft -f resurs.nft',
    "Written for Debian's default ruleset (table inet filter, chain input); adjust the names to yours.",
    'nft -f appends the rule: if your input chain ends in an explicit drop rule, insert it before that rule.',
  ])}
table inet filter {
  set resurs_sources {
    type ipv4_addr
    flags interval
    elements = {
${elements.join('\n')}
    }
  }
  chain input {
    type filter hook input priority filter;
    ip saddr @resurs_sources tcp dport ${callbackPort} accept comment "Resurs Bank"
  }
}
`;
}

function ufw(): string {
  const rules = sources.map(ruleLine.ufw);
  return `${header('#', ['Allow HTTPS (TCP 443) from Resurs Bank.'])}\n${rules.join('\n')}\n`;
}

function nginx(path: string): string {
  const rules = sources.map((s) => indent(ruleLine.nginx(s), 4));
  return `${header('#', [
    'Only Resurs Bank may call the callback path. Put this in the server block that serves HTTPS (443).',
    'Behind a load balancer or proxy, set set_real_ip_from and real_ip_header first,',
    "or nginx sees the proxy's address instead of Resurs'.",
  ])}
location ${path} {
${rules.join('\n')}
    deny all;
    # Keep your existing directives for this path here (proxy_pass, fastcgi_pass, try_files ...).
}
`;
}

function apache(path: string): string {
  const rules = sources.map((s) => indent(ruleLine.apache(s), 4));
  return `${header('#', [
    'Only Resurs Bank may call the callback path (Apache 2.4, mod_authz_host).',
    'Put this in the <VirtualHost *:443> of your shop. Several "Require ip" lines mean "any of them".',
    "Behind a load balancer or proxy, enable mod_remoteip first, or Apache sees the proxy's address.",
  ])}
<Location "${path}">
${rules.join('\n')}
</Location>
`;
}

/** The `--ip-permissions` value for the AWS CLI (also valid in CloudFormation's SecurityGroupIngress shape). Never throws. */
export function buildAwsIpPermissions(): unknown[] {
  return [
    {
      IpProtocol: 'tcp',
      FromPort: callbackPort,
      ToPort: callbackPort,
      IpRanges: sources.map(awsIpRange),
    },
  ];
}

function aws(): string {
  const json = JSON.stringify(buildAwsIpPermissions(), null, 2);
  return `${header('#', [
    'Allow HTTPS (TCP 443) from Resurs Bank in an EC2 security group (AWS CLI).',
    'Replace the group id with yours: aws ec2 describe-security-groups lists them.',
  ])}
SECURITY_GROUP_ID=sg-0123456789abcdef0
aws ec2 authorize-security-group-ingress \\
  --group-id "$SECURITY_GROUP_ID" \\
  --ip-permissions '${json}'
`;
}

const builders: Record<SnippetId, { label: string; usage: string; build: (o: SnippetOptions) => string }> = {
  iptables: {
    label: 'iptables',
    usage: 'Run as root; save with iptables-save (or netfilter-persistent save) to keep the rules after a reboot.',
    build: iptables,
  },
  nftables: {
    label: 'nftables',
    usage: 'Save as resurs.nft and load with nft -f resurs.nft, or merge into /etc/nftables.conf.',
    build: nftables,
  },
  ufw: { label: 'ufw', usage: 'Run as root on Ubuntu or Debian with ufw enabled.', build: ufw },
  nginx: {
    label: 'nginx',
    usage: 'Inside the server block for port 443; test with nginx -t, then reload.',
    build: (o) => nginx(o.path),
  },
  apache: {
    label: 'Apache 2.4',
    usage: 'Inside the <VirtualHost *:443>; test with apachectl configtest, then reload.',
    build: (o) => apache(o.path),
  },
  aws: {
    label: 'AWS security group',
    usage: 'Run with the AWS CLI v1 or v2, with credentials allowed to change the group.',
    build: aws,
  },
};

/** Builds one snippet. Falls back to the default path if `options.path` is not a safe path. Never throws. */
export function buildSnippet(id: SnippetId, options: SnippetOptions = { path: DEFAULT_CALLBACK_PATH }): Snippet {
  const path = sanitizeCallbackPath(options.path);
  const { label, usage, build } = builders[id];
  return { id, label, usage, code: build({ path: path.ok ? path.value : DEFAULT_CALLBACK_PATH }) };
}
