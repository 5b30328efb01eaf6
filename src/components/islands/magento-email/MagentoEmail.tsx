import { buildProcedure } from '../../../lib/magento-email/build-procedure.ts';
import { defaultRawOptions, type RawOptions } from '../../../lib/magento-email/options.ts';
import { resolveChoices } from '../../../lib/magento-email/parse-options.ts';
import { PendingNote } from '../shared/PendingNote.tsx';
import { ToolShare } from '../shared/ToolShare.tsx';
import { flatToolState, useToolState } from '../shared/use-tool-state.ts';
import { MagentoEmailForm } from './parts/MagentoEmailForm.tsx';
import { MagentoEmailProcedure } from './parts/MagentoEmailProcedure.tsx';
import { MagentoEmailStatus } from './parts/MagentoEmailStatus.tsx';

export interface Props {
  /** Prefix of the island's element ids (default 'me'). */
  id?: string;
}

/** The full Magento async e-mail command builder. Its state lives in the URL. */
export default function MagentoEmail({ id = 'me' }: Props) {
  const tool = useToolState(flatToolState(defaultRawOptions));
  const raw = tool.state;
  const update = (patch: Partial<RawOptions>) => tool.setState((previous) => ({ ...previous, ...patch }));
  const choices = resolveChoices(raw);
  const procedure = buildProcedure(raw);
  const errors = procedure.ok ? {} : procedure.errors;
  return (
    <div class="me-tool" data-magento-email {...tool.rootProps}>
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
          <ToolShare
            params={tool.params}
            defaults={defaultRawOptions}
            embedded={false}
            what="this procedure"
            live={tool.live}
          />
        </div>
        <PendingNote
          live={tool.live}
          example="Example procedure for the default set-up (bin/magento, no locking)."
          withoutJs="The steps in the answer about slow callbacks in Magento 2 still apply."
        />
        <div data-tool-output>
          <MagentoEmailStatus procedure={procedure} />
          <MagentoEmailProcedure procedure={procedure} titleTag="h3" />
        </div>
      </section>
    </div>
  );
}
