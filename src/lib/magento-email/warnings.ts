import { configShowCaveat, lockedErrorMessage } from '../../data/magento-email.ts';
import type { LockId } from './options.ts';

/** Why a warning is shown; stable ids for tests and styling. */
export type WarningId =
  | 'cron-required'
  | 'cut-off'
  | 'global-scope'
  | 'locked-earlier'
  | 'lock-kept'
  | 'sync-slow'
  | 'web-user'
  | 'service-name'
  | 'no-directory'
  | 'container-cron'
  | 'cron-user'
  | 'config-show-old';

/** A caution ('warning') or a piece of context ('note'). Text marks code with `backticks`. */
export interface Warning {
  id: WarningId;
  level: 'warning' | 'note';
  text: string;
}

/** The texts of every warning, in one place. Parameterised ones are functions. */
export const warningTexts = {
  'cron-required': (): Warning => ({
    id: 'cron-required',
    level: 'warning',
    text: 'Asynchronous mode sends nothing until cron runs. Without a working cron job, customers get no order e-mails at all.',
  }),
  'cut-off': (): Warning => ({
    id: 'cut-off',
    level: 'warning',
    text:
      'Magento only picks up orders created from one day before the setting was saved (the e-mail job starts at the save time minus one day). ' +
      'Older orders whose e-mails were never sent stay unsent. Resurs’ docs describe this as orders not e-mailed within 24 hours being dropped (Magento 2.4.3): check against your version.',
  }),
  'global-scope': (): Warning => ({
    id: 'global-scope',
    level: 'note',
    text:
      'The setting is global: Magento shows it only in Default Config and its e-mail job reads only the default value. ' +
      'That is why no command here has `--scope` or `--scope-code`: a website or store value would have no effect.',
  }),
  'locked-earlier': (): Warning => ({
    id: 'locked-earlier',
    level: 'warning',
    text:
      'If this value was locked earlier (with `--lock-env`, `--lock-config` or the old `--lock`), this command fails with ' +
      `“${lockedErrorMessage.text}” Then choose the lock that was used before, under Locking.`,
  }),
  'lock-kept': (option: string): Warning => ({
    id: 'lock-kept',
    level: 'note',
    text: `From now on a plain \`config:set\` on this value fails (“${lockedErrorMessage.text}”): add \`${option}\` to every later change, the undo step included.`,
  }),
  'sync-slow': (): Warning => ({
    id: 'sync-slow',
    level: 'note',
    text: 'Synchronous sending renders and sends the e-mail inside the request again, so slow templates or a slow mail server can make BOOKED callbacks slow again.',
  }),
  'web-user': (): Warning => ({
    id: 'web-user',
    level: 'note',
    text: 'The web-server user differs between hosts: `www-data` is only a common convention (Debian, Ubuntu). Use the user your PHP runs as.',
  }),
  'service-name': (): Warning => ({
    id: 'service-name',
    level: 'note',
    text: 'The PHP service’s name differs between set-ups: use the one from your compose file (`docker compose config --services` lists them).',
  }),
  'no-directory': (inContainer: boolean): Warning => ({
    id: 'no-directory',
    level: 'note',
    text: inContainer
      ? 'No directory given: run the commands from your project directory.'
      : 'No directory given: run the commands from the Magento root, the folder that holds `bin/magento`.',
  }),
  'container-cron': (): Warning => ({
    id: 'container-cron',
    level: 'warning',
    text:
      'This writes the crontab inside the container, which only helps if a cron daemon runs there. ' +
      'Many set-ups run `cron:run` from the host or from a separate container instead: check how yours runs cron.',
  }),
  'cron-user': (): Warning => ({
    id: 'cron-user',
    level: 'note',
    text: 'It installs the crontab of the user you are logged in as: run it as the user that owns the Magento files (usually the web-server user).',
  }),
  'config-show-old': (): Warning => ({
    id: 'config-show-old',
    level: 'note',
    text: `Older Magento versions print “${configShowCaveat.text}” when the value is 0 (issue #23290, fixed in 2.4.x): that also means 0.`,
  }),
} as const;

/** The warning for the chosen lock on the set step. Never throws. */
export function lockWarning(lock: LockId, option: string | null): Warning {
  return lock === 'none' || option === null ? warningTexts['locked-earlier']() : warningTexts['lock-kept'](option);
}
