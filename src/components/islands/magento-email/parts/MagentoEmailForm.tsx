import type { CliWrapper, WordTemplate } from '../../../../data/magento-email.ts';
import { cliWrappers, lockModes, sendingLimit } from '../../../../data/magento-email.ts';
import type { FieldName, Mode, RawOptions } from '../../../../lib/magento-email/options.ts';
import { visibleFields } from '../../../../lib/magento-email/options.ts';
import type { Choices, FieldMessages } from '../../../../lib/magento-email/parse-options.ts';
import { MagentoEmailChoice } from './MagentoEmailChoice.tsx';
import { MagentoEmailTextField } from './MagentoEmailTextField.tsx';

export interface Props {
  /** Unique per page, for element ids. */
  id: string;
  raw: RawOptions;
  choices: Choices;
  errors: FieldMessages;
  onChange: (patch: Partial<RawOptions>) => void;
  /** The embedded variant: CLI as a select; no lock or limit (they stay at their defaults). */
  compact?: boolean;
}

const placeholder = (t: WordTemplate) => (typeof t === 'string' ? t : `<${t.field}>`);
const preview = (w: CliWrapper) => w.magento.map(placeholder).join(' ');

const modeOptions = [
  { value: 'async' as Mode, label: 'Asynchronous', detail: 'The fix: cron sends the e-mails, callbacks stop waiting.' },
  { value: 'sync' as Mode, label: 'Synchronous', detail: 'To revert: back to Magento’s default.' },
];

/** The options form. Fields appear only when they apply to the chosen mode and CLI. */
export function MagentoEmailForm({ id, raw, choices, errors, onChange, compact }: Props) {
  const wrapper = cliWrappers.find((w) => w.id === choices.cli) ?? cliWrappers[0]!;
  const shown = new Set<FieldName>(visibleFields(choices.mode, choices.cli));
  return (
    <div class={`me-form ${compact ? 'me-form--compact' : ''}`}>
      <MagentoEmailChoice
        id={`${id}-mode`}
        legend="Sending mode"
        value={choices.mode}
        options={compact ? modeOptions.map((o) => ({ value: o.value, label: o.label })) : modeOptions}
        onChange={(mode) => onChange({ mode })}
        state="mode"
        notice={choices.notices.mode}
        layout={compact ? 'row' : 'stack'}
      />
      {compact ? (
        <div class="me-field">
          <label class="me-label" for={`${id}-cli`}>
            How you run Magento’s CLI
          </label>
          <select
            id={`${id}-cli`}
            class="me-input"
            value={choices.cli}
            data-state="cli"
            onChange={(event) => onChange({ cli: event.currentTarget.value })}
          >
            {cliWrappers.map((w) => (
              <option key={w.id} value={w.id}>
                {preview(w)}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <MagentoEmailChoice
          id={`${id}-cli`}
          legend="How you run Magento’s CLI"
          value={choices.cli}
          options={cliWrappers.map((w) => ({
            value: w.id,
            label: w.label,
            detail: w.label === preview(w) ? undefined : <code>{preview(w)}</code>,
          }))}
          onChange={(cli) => onChange({ cli })}
          state="cli"
          notice={choices.notices.cli}
          layout="grid"
        />
      )}
      {shown.has('user') && (
        <MagentoEmailTextField
          id={`${id}-user`}
          label="Run as user"
          help="The user your web server and PHP run as. It differs between hosts (`www-data` is common on Debian and Ubuntu)."
          placeholder="for example www-data"
          value={raw.user}
          onInput={(user) => onChange({ user })}
          state="user"
          error={errors.user}
          code
        />
      )}
      {shown.has('service') && (
        <MagentoEmailTextField
          id={`${id}-service`}
          label="PHP service name"
          help="The service that runs PHP in your compose file; `docker compose config --services` lists them."
          placeholder="for example php-fpm"
          value={raw.service}
          onInput={(service) => onChange({ service })}
          state="service"
          error={errors.service}
          code
        />
      )}
      <MagentoEmailTextField
        id={`${id}-dir`}
        label={`${wrapper.directoryLabel} (optional)`}
        help={`${wrapper.directoryHelp} Start with \`/\` or \`~/\`; leave it empty to run the commands where you are.`}
        placeholder={wrapper.inContainer ? 'for example ~/projects/shop' : 'for example /var/www/magento'}
        value={raw.dir}
        onInput={(dir) => onChange({ dir })}
        state="dir"
        error={errors.dir}
        code
      />
      {!compact && (
        <MagentoEmailChoice
          id={`${id}-lock`}
          legend="Locking"
          value={choices.lock}
          options={lockModes.map((l) => ({
            value: l.id,
            label: l.label,
            detail: `Writes to ${l.writesTo}. ${l.admin}. ${l.commit}.`,
          }))}
          onChange={(lock) => onChange({ lock })}
          state="lock"
          notice={choices.notices.lock}
        />
      )}
      {!compact && shown.has('limit') && (
        <MagentoEmailTextField
          id={`${id}-limit`}
          label="Sending limit per cron run"
          help={`Magento’s default is ${sendingLimit.defaultValue} (Admin: “${sendingLimit.adminLabel}”).`}
          value={raw.limit}
          onInput={(limit) => onChange({ limit })}
          state="limit"
          error={errors.limit}
          inputMode="numeric"
        />
      )}
    </div>
  );
}
