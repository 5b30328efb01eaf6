import { buildProcedure } from '../../../lib/magento-email/build-procedure.ts';
import { defaultRawOptions, type RawOptions } from '../../../lib/magento-email/options.ts';
import { resolveChoices } from '../../../lib/magento-email/parse-options.ts';
import { joinBase } from '../../../lib/site/paths.ts';
import { PendingNote } from '../shared/PendingNote.tsx';
import { embedMarkers, fullToolLink, ToolShare } from '../shared/ToolShare.tsx';
import { flatToolState, useToolState } from '../shared/use-tool-state.ts';
import { MagentoEmailForm } from './parts/MagentoEmailForm.tsx';
import { MagentoEmailProcedure } from './parts/MagentoEmailProcedure.tsx';
import { MagentoEmailStatus, procedureSummary } from './parts/MagentoEmailStatus.tsx';

export interface Props {
  /** The site's base path; defaults to the build's BASE_URL. */
  base?: string;
}

/**
 * The compact builder inside the FAQ answer. It never writes the page URL (the FAQ page holds
 * other tools); "Open in the full tool" carries the current input instead.
 */
export default function MagentoEmailEmbed({ base = import.meta.env.BASE_URL }: Props) {
  const tool = useToolState(flatToolState(defaultRawOptions, true));
  const raw = tool.state;
  const update = (patch: Partial<RawOptions>) => tool.setState((previous) => ({ ...previous, ...patch }));
  const choices = resolveChoices(raw);
  const procedure = buildProcedure(raw);
  const toolPath = joinBase(base, '/tools/magento-email/');
  return (
    <aside
      class="me-embed"
      aria-labelledby="me-embed-title"
      data-magento-email-embed
      {...embedMarkers(
        true,
        tool.changed,
        procedureSummary(procedure),
        fullToolLink(toolPath, tool.params, defaultRawOptions).href,
      )}
    >
      <div {...tool.rootProps}>
        <p id="me-embed-title" class="me-embed__title">
          <span class="eyebrow">Tool</span>
          Build these commands for your set-up
        </p>
        <MagentoEmailForm
          id="me-embed"
          raw={raw}
          choices={choices}
          errors={procedure.ok ? {} : procedure.errors}
          onChange={update}
          compact
        />
        <PendingNote
          live={tool.live}
          example="Example commands for the default set-up (bin/magento)."
          withoutJs="The commands in this answer still apply."
        />
        <div data-tool-output>
          <MagentoEmailStatus procedure={procedure} />
          <MagentoEmailProcedure
            procedure={procedure}
            titleTag="p"
            compact
            actions={
              <ToolShare
                params={tool.params}
                defaults={defaultRawOptions}
                embedded
                toolPath={toolPath}
                what="this procedure"
                live={tool.live}
              />
            }
          />
        </div>
        <p class="me-embed__more">
          The full tool adds locking (<code>--lock-env</code>, <code>--lock-config</code>), the sending limit and a link
          you can send.
        </p>
      </div>
    </aside>
  );
}
