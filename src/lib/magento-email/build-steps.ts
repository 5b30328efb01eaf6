import type { CliWrapper, WordTemplate } from '../../data/magento-email.ts';
import { asyncSending, cliWrappers, emailCron, lockModes, sendingLimit } from '../../data/magento-email.ts';
import type { ShellWord } from '../shared/shell.ts';
import { renderCommand } from '../shared/shell.ts';
import type { MagentoEmailOptions } from './options.ts';
import type { Warning } from './warnings.ts';
import { lockWarning, warningTexts } from './warnings.ts';

/** Stable ids of the procedure's steps. */
export type StepId =
  | 'go-to-directory'
  | 'send-waiting'
  | 'set-mode'
  | 'set-limit'
  | 'clean-cache'
  | 'show-mode'
  | 'show-limit'
  | 'install-cron'
  | 'list-crontab'
  | 'run-cron'
  | 'undo';

/**
 * How the whole script treats a step: 'run' stops the script if the command fails; 'tolerant'
 * carries on (the failure can be harmless, e.g. cron already installed); 'comment' only prints it.
 */
export type ScriptRole = 'run' | 'tolerant' | 'comment';

/** One step of the procedure. Text marks code with `backticks`. */
export interface ProcedureStep {
  id: StepId;
  title: string;
  /** The command's words; `command` is their POSIX shell rendering. */
  words: readonly ShellWord[];
  command: string;
  why: string;
  warnings: readonly Warning[];
  inScript: ScriptRole;
}

function wrapperOf(options: MagentoEmailOptions): CliWrapper {
  return cliWrappers.find((w) => w.id === options.cli) ?? cliWrappers[0]!;
}

function expand(templates: readonly WordTemplate[], options: MagentoEmailOptions): ShellWord[] {
  return templates.map((t) =>
    typeof t === 'string' ? { kind: 'fixed', text: t } : { kind: 'user', text: options[t.field] },
  );
}

function fixed(...texts: string[]): ShellWord[] {
  return texts.map((text) => ({ kind: 'fixed', text }));
}

function directoryWord(directory: string): ShellWord {
  if (directory === '~' || directory === '~/') return { kind: 'home', rest: '' };
  if (directory.startsWith('~/')) return { kind: 'home', rest: directory.slice(2) };
  return { kind: 'user', text: directory };
}

function step(
  id: StepId,
  title: string,
  words: ShellWord[],
  why: string,
  warnings: Warning[] = [],
  inScript: ScriptRole = 'run',
): ProcedureStep {
  return { id, title, words, command: renderCommand(words), why, warnings, inScript };
}

/**
 * Builds the ordered procedure for valid options: set the value, set the limit (async), clean the
 * config cache, verify, make sure cron runs (async) or empty the queue first (sync), and how to undo.
 * Never emits --scope or --scope-code: the setting is global. Never throws.
 */
export function buildSteps(options: MagentoEmailOptions): ProcedureStep[] {
  const wrapper = wrapperOf(options);
  const lock = lockModes.find((l) => l.id === options.lock) ?? lockModes[0]!;
  const magento = (...args: string[]) => [...expand(wrapper.magento, options), ...fixed(...args)];
  const lockArgs = lock.option ? [lock.option] : [];
  const setValue = (path: string, value: string) => magento('config:set', ...lockArgs, path, value);
  const lockNote = lock.option ? ` With \`${lock.option}\` Magento writes it to ${lock.writesTo}. ${lock.admin}.` : '';
  const isAsync = options.mode === 'async';
  const steps: ProcedureStep[] = [];

  if (options.directory !== '') {
    steps.push(
      step(
        'go-to-directory',
        wrapper.inContainer ? 'Go to the project directory' : 'Go to the Magento root directory',
        [{ kind: 'fixed', text: 'cd' }, directoryWord(options.directory)],
        wrapper.directoryWhy,
      ),
    );
  }

  if (!isAsync) {
    steps.push(
      step(
        'send-waiting',
        'Send the e-mails still waiting for cron',
        magento('cron:run', `--group=${emailCron.group}`),
        'While asynchronous sending is on, only cron sends order e-mails, and Magento’s e-mail job does nothing once the setting is off. Run the default group once first, so that no e-mail is left waiting.',
      ),
    );
  }

  steps.push(
    step(
      'set-mode',
      isAsync ? 'Turn on asynchronous sending' : 'Turn off asynchronous sending',
      setValue(asyncSending.path, isAsync ? '1' : '0'),
      (isAsync
        ? 'Magento then only flags the order e-mail during the request, such as Resurs’ BOOKED callback, and cron sends it on its next run: the callback no longer waits for template rendering or the mail server.'
        : 'Magento sends the order e-mail inside the request again, as it does by default.') + lockNote,
      [warningTexts['global-scope'](), lockWarning(lock.id, lock.option)],
    ),
  );

  if (isAsync) {
    steps.push(
      step(
        'set-limit',
        'Set how many e-mails cron sends per run',
        setValue(sendingLimit.path, String(options.limit)),
        `“${sendingLimit.adminLabel}” caps how many orders, invoices, shipments or credit memos each e-mail job handles per cron run. Magento’s default is ${sendingLimit.defaultValue}; Admin shows the field only while asynchronous sending is on.`,
      ),
    );
  }

  steps.push(
    step(
      'clean-cache',
      'Clean the configuration cache',
      magento('cache:clean', 'config'),
      'Newer Magento versions clean it inside `config:set`, older ones don’t. Cleaning it again is harmless and makes sure the new value is used.',
    ),
    step(
      'show-mode',
      'Check the saved value',
      magento('config:show', asyncSending.path),
      `Prints the global value: expect ${isAsync ? '1' : '0'}.`,
      isAsync ? [] : [warningTexts['config-show-old']()],
    ),
  );

  if (isAsync) {
    steps.push(
      step(
        'show-limit',
        'Check the sending limit',
        magento('config:show', sendingLimit.path),
        `Expect ${options.limit}.`,
      ),
      step(
        'install-cron',
        'Install Magento’s crontab',
        magento('cron:install'),
        `Adds Magento’s jobs to the crontab of the user who runs it, so that cron runs them every minute. If it answers “${emailCron.alreadyInstalledMessage}”, it is installed already and the script carries on.`,
        wrapper.inContainer
          ? [warningTexts['container-cron']()]
          : wrapper.fields.includes('user')
            ? []
            : [warningTexts['cron-user']()],
        'tolerant',
      ),
      step(
        'list-crontab',
        'Look at the crontab',
        expand(wrapper.crontabList, options),
        `Magento’s lines sit between \`${emailCron.crontabMarkers[0]}\` and \`${emailCron.crontabMarkers[1]}\`. No such block, or “no crontab for …”, means cron isn’t installed for this user; the script carries on either way.`,
        [],
        'tolerant',
      ),
      step(
        'run-cron',
        'Run the default cron group once',
        magento('cron:run', `--group=${emailCron.group}`),
        `The e-mail jobs (\`${emailCron.jobs[0]}\` and three more) belong to the default group. Running it by hand shows any error now rather than a minute later.`,
      ),
    );
  }

  steps.push(
    step(
      'undo',
      isAsync ? 'To undo later: back to synchronous sending' : 'To undo later: back to asynchronous sending',
      setValue(asyncSending.path, isAsync ? '0' : '1'),
      isAsync
        ? 'Not part of this procedure (the script only prints it). Then clean the config cache again.'
        : 'Not part of this procedure (the script only prints it). For the full steps (limit, cron), pick Asynchronous above.',
      [],
      'comment',
    ),
  );
  return steps;
}

/** Warnings about the whole procedure rather than one step, most important first. Never throws. */
export function buildGeneralWarnings(options: MagentoEmailOptions): Warning[] {
  const wrapper = wrapperOf(options);
  const warnings: Warning[] = [];
  if (options.mode === 'async') warnings.push(warningTexts['cron-required'](), warningTexts['cut-off']());
  else warnings.push(warningTexts['sync-slow']());
  if (wrapper.fields.includes('user')) warnings.push(warningTexts['web-user']());
  if (wrapper.fields.includes('service')) warnings.push(warningTexts['service-name']());
  if (options.directory === '') warnings.push(warningTexts['no-directory'](wrapper.inContainer));
  return warnings;
}
