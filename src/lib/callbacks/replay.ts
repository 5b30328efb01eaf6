import type { FlowNode, NodeId, Scenario } from '../../data/callback-flow.ts';
import { replayBodies, replayCaveats, replayUnconfirmed } from '../../data/callback-replay.ts';
import { callbackTimeoutSeconds } from '../../data/retry-schedule.ts';
import { fail, ok, type Result } from '../shared/result.ts';
import { renderCommand, type ShellWord } from '../shared/shell.ts';
import { expandUriTemplate, type ParsedTemplate, type Placeholder, parseUriTemplate } from '../shared/uri-template.ts';
import { computeDigest, type DigestAlgorithm, digestInput } from './digest.ts';
import { type DigestFields, type DigestView, maxValueLength, valueNames } from './digest-calculator.ts';

/**
 * Replay commands: for a URI template and digest configuration, the curl command that sends each
 * callback the way Resurs documents it (method, query, body, digest, Basic Auth, the 5-second
 * wait), and a script that replays a scenario's callbacks in order. Every value is single-quoted
 * for a POSIX shell; the salt never appears, only the digest computed with it.
 */

/** What the replay needs: the calculator's configuration plus optional Basic Auth. */
export interface ReplaySettings {
  template: string;
  /** The values typed for the placeholders (an event gets only those it carries). */
  values: Partial<Record<Placeholder, string>>;
  algorithm: DigestAlgorithm;
  /** The placeholders in the digest, in the order they are joined. */
  digestParams: readonly Placeholder[];
  salt: string;
  /** Basic Auth user name; '' for none. */
  user: string;
  password: string;
}

/** One event's replay. */
export interface ReplayCommand {
  event: NodeId;
  method: 'GET' | 'POST';
  url: string;
  /** The digest sent, or null when the template has no {digest}. */
  digest: string | null;
  body: string | null;
  /** The curl command, ready to paste into bash, zsh or sh. */
  command: string;
  /** Documented ambiguities and what the command assumes. */
  notes: string[];
}

/** All replays, or a message per bad setting. */
export interface ReplaySet {
  commands: ReplayCommand[];
  /** Notes about the whole set (an http:// or local address, no digest). */
  notes: string[];
}

/** Messages about the replay's settings, by setting. */
export type ReplayErrors = Partial<Record<'template' | 'user' | 'password', string>>;

/** Whether text holds a line break, tab or another control character, which a one-line command can't carry. */
function hasControlCharacter(text: string): boolean {
  return [...text].some((ch) => ch < ' ' || ch === '\u007f');
}

const loopbackOrPrivate = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|0\.0\.0\.0)$/i;

function checkTemplate(template: string): Result<{ parsed: ParsedTemplate; notes: string[] }> {
  const parsed = parseUriTemplate(template);
  if (!parsed.ok) return parsed;
  const trimmed = template.trim();
  const scheme = /^(https?):\/\/([^/?#:]*|\[[^\]]*\])/i.exec(trimmed);
  if (!scheme) return fail('A replay needs an http:// or https:// address, such as http://127.0.0.1:8080/resurs.');
  if (hasControlCharacter(template)) return fail('The template holds a line break or another control character.');
  const notes: string[] = [];
  const host = scheme[2]!;
  if (scheme[1]!.toLowerCase() === 'http' || loopbackOrPrivate.test(host)) {
    notes.push(
      'This address is fine for replaying to your own machine, but Resurs itself calls only public https:// addresses on port 443: register a public https URL.',
    );
  }
  return ok({ parsed: parsed.value, notes });
}

function checkAuth(user: string, password: string): ReplayErrors {
  const errors: ReplayErrors = {};
  if (user.includes(':')) errors.user = 'A Basic Auth user name can’t contain “:”.';
  else if (hasControlCharacter(user)) errors.user = 'The user name holds a line break or another control character.';
  if (hasControlCharacter(password)) errors.password = 'The password holds a line break or another control character.';
  if (user === '' && password !== '') errors.user = 'Enter the Basic Auth user name that goes with the password.';
  if (user.length > 500) errors.user = 'The user name is too long: at most 500 characters.';
  if (password.length > 500) errors.password = 'The password is too long: at most 500 characters.';
  return errors;
}

function carried(event: FlowNode): Set<string> {
  return new Set(event.callback?.params.map((p) => p.name) ?? []);
}

/** The request one event sends, as a curl command. Assumes checked settings. Never throws. */
function buildOne(event: FlowNode, parsed: ParsedTemplate, settings: ReplaySettings): ReplayCommand {
  const names = carried(event);
  const values: Partial<Record<Placeholder, string>> = {};
  const notes = [...(replayUnconfirmed[event.id] ?? [])];
  for (const name of parsed.placeholders) {
    if (name === 'digest') continue;
    if (names.has(name)) values[name] = settings.values[name] ?? '';
    else {
      values[name] = '';
      notes.push(
        `UNCONFIRMED: ${event.id} carries no ${name}, and the docs don’t say what Resurs puts in {${name}}; the command leaves it empty.`,
      );
    }
  }
  const hasDigest = parsed.placeholders.includes('digest');
  const digest = hasDigest
    ? computeDigest(
        digestInput(
          settings.digestParams.map((name) => values[name] ?? ''),
          settings.salt,
        ),
        settings.algorithm,
      )
    : null;
  const url = expandUriTemplate(parsed, { ...values, ...(digest === null ? {} : { digest }) });
  const body = replayBodies[event.id] ?? null;
  const method = body ? 'POST' : 'GET';
  const fixed = (text: string): ShellWord => ({ kind: 'fixed', text });
  const user = (text: string): ShellWord => ({ kind: 'user', text });
  const lines: ShellWord[][] = [
    [fixed('curl'), fixed('--max-time'), fixed(String(callbackTimeoutSeconds)), fixed('--globoff')],
    [fixed('--silent'), fixed('--show-error'), fixed('--write-out'), fixed(`\\n${event.id}: HTTP %{http_code}\\n`)],
    [fixed('--request'), fixed(method)],
  ];
  if (body) {
    lines.push([fixed('--header'), fixed(`Content-Type: ${body.contentType}`)]);
    lines.push([fixed('--data-raw'), user(body.json)]);
  }
  if (settings.user !== '') lines.push([fixed('--user'), user(`${settings.user}:${settings.password}`)]);
  lines.push([user(url)]);
  const command = lines.map(renderCommand).join(' \\\n  ');
  return { event: event.id, method, url, digest, body: body?.json ?? null, command, notes };
}

/**
 * Builds the replay of every given callback event for the settings: a message per bad setting, or
 * the commands with their notes. Never throws.
 */
export function buildReplayCommands(
  events: readonly FlowNode[],
  settings: ReplaySettings,
): Result<ReplaySet, ReplayErrors> {
  const errors: ReplayErrors = checkAuth(settings.user, settings.password);
  const template = checkTemplate(settings.template);
  if (!template.ok) errors.template = template.error;
  if (!template.ok || Object.keys(errors).length > 0) return fail(errors);
  const notes = [...template.value.notes, ...replayCaveats];
  if (!template.value.parsed.placeholders.includes('digest')) {
    notes.push('The template has no {digest}, so the commands send none.');
  }
  if (settings.user !== '') {
    notes.push(
      'The commands carry the Basic Auth password: other users of this computer may see it in the process list while curl runs.',
    );
  }
  const callbacks = events.filter((e) => e.kind === 'callback');
  return ok({ commands: callbacks.map((e) => buildOne(e, template.value.parsed, settings)), notes });
}

/**
 * A bash script that replays a scenario's callbacks in the scenario's order, one command each,
 * printing each event's name first. Never throws.
 */
export function buildReplayScript(scenario: Scenario, commands: readonly ReplayCommand[]): string {
  const steps = scenario.steps
    .map((step) => commands.find((c) => c.event === step.node))
    .filter((c): c is ReplayCommand => c !== undefined);
  const lines = [
    '#!/usr/bin/env bash',
    `# Replays the callbacks of the scenario “${scenario.title}” in the story’s order.`,
    '# Resurs doesn’t guarantee an order between different callbacks; a failed one is resent later.',
    '',
  ];
  for (const c of steps)
    lines.push(`echo ${renderCommand([{ kind: 'fixed', text: `--- ${c.event}` }])}`, c.command, '');
  return lines.join('\n');
}

/** The replay settings for the digest calculator's fields and view, the salt and Basic Auth. Never throws. */
export function replaySettingsFromCalculator(
  fields: DigestFields,
  view: Pick<DigestView, 'algorithm' | 'digestParams'>,
  salt: string,
  auth: { user: string; password: string },
): ReplaySettings {
  const values: Partial<Record<Placeholder, string>> = {};
  for (const name of valueNames) values[name] = fields[name].slice(0, maxValueLength);
  return {
    template: fields.template,
    values,
    algorithm: view.algorithm,
    digestParams: view.digestParams,
    salt,
    user: auth.user,
    password: auth.password,
  };
}
