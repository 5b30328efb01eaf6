import { sendingLimit } from '../../data/magento-email.ts';
import { groupDigits } from '../shared/count.ts';
import type { Result } from '../shared/result.ts';
import { findForbiddenCharacter } from './forbidden-characters.ts';

/** Longest text accepted in a field: PATH_MAX on Linux is 4096 bytes; names are far shorter. */
const maxLength = { dir: 4096, name: 256 } as const;

/** Checks shared by every text field; returns an error message or null. */
function checkText(text: string, what: string, max: number): string | null {
  if (text.length > max)
    return `The ${what} is ${groupDigits(text.length)} characters long; the limit is ${groupDigits(max)}.`;
  const bad = findForbiddenCharacter(text);
  if (bad) return `The ${what} contains ${bad}. Remove it: it can't be part of a shell command.`;
  if (text.trim() !== text) return `The ${what} starts or ends with a space. Remove it (a copy-paste leftover?).`;
  return null;
}

/**
 * Parses the optional directory: '' (run from the current folder), an absolute path, `~` or `~/…`.
 * Returns the text unchanged when valid. Never throws.
 */
export function validateDirectory(text: string): Result<string> {
  if (text === '') return { ok: true, value: '' };
  const problem = checkText(text, 'directory', maxLength.dir);
  if (problem) return { ok: false, error: problem };
  if (/^~[^/]/.test(text)) {
    return {
      ok: false,
      error:
        'Write another user’s home folder in full (for example `/home/name/magento`): only `~` and `~/` are expanded.',
    };
  }
  if (!text.startsWith('/') && text !== '~' && !text.startsWith('~/')) {
    return {
      ok: false,
      error: 'Enter the full path, starting with `/` (for example `/var/www/magento`), or `~/` for your home folder.',
    };
  }
  return { ok: true, value: text };
}

/** Parses the user for `sudo -u`. Any printable name is allowed (it is quoted); returns it unchanged. Never throws. */
export function validateUser(text: string): Result<string> {
  if (text === '') {
    return {
      ok: false,
      error:
        'Enter the user your web server and PHP run as. It varies between hosts (`www-data` is common on Debian and Ubuntu): check yours.',
    };
  }
  const problem = checkText(text, 'user name', maxLength.name);
  if (problem) return { ok: false, error: problem };
  if (text.startsWith('-'))
    return { ok: false, error: 'A user name can’t start with “-”: sudo would read it as an option.' };
  return { ok: true, value: text };
}

/** Parses the Docker Compose service name. Any printable name is allowed (it is quoted); returns it unchanged. Never throws. */
export function validateService(text: string): Result<string> {
  if (text === '') {
    return {
      ok: false,
      error:
        'Enter the name of the PHP service in your compose file. It varies between set-ups: `docker compose config --services` lists them.',
    };
  }
  const problem = checkText(text, 'service name', maxLength.name);
  if (problem) return { ok: false, error: problem };
  if (text.startsWith('-')) {
    return { ok: false, error: 'A service name can’t start with “-”: docker compose would read it as an option.' };
  }
  return { ok: true, value: text };
}

/** Parses the sending limit: a whole number within the tool's range (spaces around it are ignored). Never throws. */
export function validateLimit(text: string): Result<number> {
  const trimmed = text.trim();
  const range = `${sendingLimit.min} to ${groupDigits(sendingLimit.max)}`;
  if (trimmed === '') {
    return {
      ok: false,
      error: `Enter how many e-mails cron may send per run: a whole number from ${range} (Magento’s default is ${sendingLimit.defaultValue}).`,
    };
  }
  if (!/^\d+$/.test(trimmed)) {
    const shown = trimmed.length > 20 ? `${trimmed.slice(0, 20)}…` : trimmed;
    return { ok: false, error: `“${shown}” isn’t a whole number. Enter a whole number from ${range}.` };
  }
  const value = Number(trimmed);
  if (value < sendingLimit.min || value > sendingLimit.max) {
    return {
      ok: false,
      error: `Enter a whole number from ${range}; ${trimmed.length > 12 ? 'that one' : trimmed} is out of range.`,
    };
  }
  return { ok: true, value };
}
