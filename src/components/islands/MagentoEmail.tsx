import '../../styles/magento-email.css';
import { buildProcedure } from '../../lib/magento-email/build-procedure.ts';
import type { FieldName } from '../../lib/magento-email/options.ts';
import { defaultRawOptions } from '../../lib/magento-email/options.ts';
import { resolveChoices } from '../../lib/magento-email/parse-options.ts';
import { MagentoEmailForm } from './MagentoEmailForm.tsx';
import { MagentoEmailProcedure } from './MagentoEmailProcedure.tsx';
import { MagentoEmailStatus } from './MagentoEmailStatus.tsx';
import { CopyButton } from './shared/CopyButton.tsx';
import { currentUrl, useUrlState } from './shared/use-url-state.ts';

export interface Props {
  /** Prefix of the island's element ids (default 'me'). */
  id?: string;
}

/** The full Magento async e-mail command builder. Its state lives in the URL. */
export default function MagentoEmail({ id = 'me' }: Props) {
  const [raw, update] = useUrlState<FieldName>(defaultRawOptions);
  const choices = resolveChoices(raw);
  const procedure = buildProcedure(raw);
  const errors = procedure.ok ? {} : procedure.errors;
  return (
    <div class="me-tool" data-magento-email>
      <section class="me-panel me-panel--form" aria-labelledby={`${id}-form-title`}>
        <h2 id={`${id}-form-title`} class="me-panel__title">
          Your set-up
        </h2>
        <MagentoEmailForm id={id} raw={raw} choices={choices} errors={errors} onChange={update} />
      </section>
      <section class="me-panel me-panel--output" aria-labelledby={`${id}-output-title`}>
        <div class="me-panel__bar">
          <h2 id={`${id}-output-title`} class="me-panel__title">
            Your procedure
          </h2>
          <CopyButton text={currentUrl} label="Copy link" ariaLabel="Copy link to this procedure" />
        </div>
        <MagentoEmailStatus procedure={procedure} />
        <MagentoEmailProcedure procedure={procedure} titleTag="h3" />
      </section>
    </div>
  );
}
