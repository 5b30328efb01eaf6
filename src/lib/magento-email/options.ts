import type { CliId, LockId } from '../../data/magento-email.ts';
import { cliWrappers, lockModes, sendingLimit } from '../../data/magento-email.ts';

/** Asynchronous sending (the fix for slow callbacks) or synchronous (to revert). */
export type Mode = 'async' | 'sync';

export type { CliId, LockId };

/** The modes, in the order the form offers them. */
export const modes: readonly Mode[] = ['async', 'sync'];

/** The CLI wrappers' ids, in the order the form offers them. */
export const cliIds: readonly CliId[] = cliWrappers.map((w) => w.id);

/** The lock options' ids, in the order the form offers them. */
export const lockIds: readonly LockId[] = lockModes.map((l) => l.id);

/** Validated options: everything the procedure depends on. */
export interface MagentoEmailOptions {
  mode: Mode;
  cli: CliId;
  /** Absolute path, `~` or `~/…`, or '' for "run from where you are". */
  directory: string;
  /** The user for `sudo -u` ('' unless cli is 'sudo'). */
  user: string;
  /** The Docker Compose service ('' unless cli is 'docker'). */
  service: string;
  lock: LockId;
  /** Whole number; only used when mode is 'async'. */
  limit: number;
}

/** The form's state as strings, exactly as typed or as read from the URL: never trusted. */
export interface RawOptions {
  mode: string;
  cli: string;
  dir: string;
  user: string;
  service: string;
  lock: string;
  limit: string;
}

/** The names of the form's fields, which are also the URL's query parameters. */
export type FieldName = keyof RawOptions;

/** The default form state: asynchronous, plain bin/magento, no lock, Magento's default limit. */
export const defaultRawOptions: RawOptions = {
  mode: 'async',
  cli: 'bin',
  dir: '',
  user: '',
  service: '',
  lock: 'none',
  limit: sendingLimit.defaultValue,
};

/** Which fields the form shows for a mode and CLI; never throws. */
export function visibleFields(mode: Mode, cli: CliId): FieldName[] {
  const wrapper = cliWrappers.find((w) => w.id === cli);
  const fields: FieldName[] = ['mode', 'cli', 'dir'];
  if (wrapper?.fields.includes('user')) fields.push('user');
  if (wrapper?.fields.includes('service')) fields.push('service');
  fields.push('lock');
  if (mode === 'async') fields.push('limit');
  return fields;
}
