import { cliWrappers, lockModes } from '../../data/magento-email.ts';
import type { CliId, FieldName, LockId, MagentoEmailOptions, Mode, RawOptions } from './options.ts';
import { cliIds, defaultRawOptions, lockIds, modes, visibleFields } from './options.ts';
import { validateDirectory, validateLimit, validateService, validateUser } from './validate-fields.ts';

/** Messages keyed by the field they belong beside. */
export type FieldMessages = Partial<Record<FieldName, string>>;

/**
 * `errors` block the procedure; `notices` explain a value that was replaced (an unknown choice
 * in a link) and do not.
 */
export type ParsedOptions =
  | { ok: true; value: MagentoEmailOptions; notices: FieldMessages }
  | { ok: false; errors: FieldMessages; notices: FieldMessages };

function shorten(text: string): string {
  const flat = text.replace(/[\p{Cc}\p{Cf}]/gu, '?');
  return flat.length > 24 ? `${flat.slice(0, 24)}…` : flat;
}

function pickChoice<T extends string>(
  raw: string,
  allowed: readonly T[],
  fallback: T,
  labelOf: (id: T) => string,
): { value: T; notice?: string } {
  if ((allowed as readonly string[]).includes(raw)) return { value: raw as T };
  return {
    value: fallback,
    notice: `The link asked for “${shorten(raw)}”, which isn’t one of the choices; showing “${labelOf(fallback)}” instead.`,
  };
}

/** The choices in effect for a raw state: unknown values replaced by the defaults. */
export interface Choices {
  mode: Mode;
  cli: CliId;
  lock: LockId;
  /** Why a choice was replaced, keyed by field. */
  notices: FieldMessages;
}

/** Resolves the three choices (mode, CLI, lock), replacing unknown values with the defaults. Never throws. */
export function resolveChoices(raw: RawOptions): Choices {
  const notices: FieldMessages = {};
  const mode = pickChoice<Mode>(raw.mode, modes, defaultRawOptions.mode as Mode, (m) =>
    m === 'async' ? 'Asynchronous' : 'Synchronous',
  );
  const cli = pickChoice<CliId>(
    raw.cli,
    cliIds,
    defaultRawOptions.cli as CliId,
    (id) => cliWrappers.find((w) => w.id === id)?.label ?? id,
  );
  const lock = pickChoice<LockId>(
    raw.lock,
    lockIds,
    defaultRawOptions.lock as LockId,
    (id) => lockModes.find((l) => l.id === id)?.label ?? id,
  );
  if (mode.notice) notices.mode = mode.notice;
  if (cli.notice) notices.cli = cli.notice;
  if (lock.notice) notices.lock = lock.notice;
  return { mode: mode.value, cli: cli.value, lock: lock.value, notices };
}

/**
 * Validates the form's raw strings into options. Only the fields that apply to the chosen mode and
 * CLI are checked, so a leftover value in a hidden field never blocks. Never throws.
 */
export function parseOptions(raw: RawOptions): ParsedOptions {
  const { notices, ...choice } = resolveChoices(raw);
  const errors: FieldMessages = {};
  const shown = visibleFields(choice.mode, choice.cli);
  const directory = validateDirectory(raw.dir);
  if (!directory.ok) errors.dir = directory.error;
  const user = shown.includes('user') ? validateUser(raw.user) : ({ ok: true, value: '' } as const);
  if (!user.ok) errors.user = user.error;
  const service = shown.includes('service') ? validateService(raw.service) : ({ ok: true, value: '' } as const);
  if (!service.ok) errors.service = service.error;
  const limit = shown.includes('limit') ? validateLimit(raw.limit) : ({ ok: true, value: 0 } as const);
  if (!limit.ok) errors.limit = limit.error;

  if (!directory.ok || !user.ok || !service.ok || !limit.ok) return { ok: false, errors, notices };
  return {
    ok: true,
    value: {
      mode: choice.mode,
      cli: choice.cli,
      directory: directory.value,
      user: user.value,
      service: service.value,
      lock: choice.lock,
      limit: limit.value,
    },
    notices,
  };
}
