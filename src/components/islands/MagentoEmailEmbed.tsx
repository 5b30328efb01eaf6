import '../../styles/magento-email.css';
import { useState } from 'preact/hooks';
import { buildProcedure } from '../../lib/magento-email/build-procedure.ts';
import type { RawOptions } from '../../lib/magento-email/options.ts';
import { defaultRawOptions } from '../../lib/magento-email/options.ts';
import { resolveChoices } from '../../lib/magento-email/parse-options.ts';
import { encodeState } from '../../lib/magento-email/url-state.ts';
import { joinBase } from '../../lib/site/paths.ts';
import { MagentoEmailForm } from './MagentoEmailForm.tsx';
import { MagentoEmailProcedure } from './MagentoEmailProcedure.tsx';
import { MagentoEmailStatus } from './MagentoEmailStatus.tsx';

export interface Props {
  /** The site's base path; defaults to the build's BASE_URL. */
  base?: string;
}

/**
 * The compact builder inside the FAQ answer. It never writes the page URL (the FAQ page holds
 * other tools); "Open in the full tool" carries the current input instead.
 */
export default function MagentoEmailEmbed({ base = import.meta.env.BASE_URL }: Props) {
  const [raw, setRaw] = useState<RawOptions>(defaultRawOptions);
  const update = (patch: Partial<RawOptions>) => setRaw((prev) => ({ ...prev, ...patch }));
  const choices = resolveChoices(raw);
  const procedure = buildProcedure(raw);
  const query = encodeState(raw);
  const fullTool = joinBase(base, `/tools/magento-email/${query ? `?${query}` : ''}`);
  return (
    <aside class="me-embed" aria-labelledby="me-embed-title" data-magento-email-embed>
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
      <MagentoEmailStatus procedure={procedure} />
      <MagentoEmailProcedure
        procedure={procedure}
        titleTag="p"
        compact
        actions={
          <a class="button button--secondary button--small" href={fullTool}>
            Open in the full tool
          </a>
        }
      />
      <p class="me-embed__more">
        The full tool adds locking (<code>--lock-env</code>, <code>--lock-config</code>), the sending limit and a link
        you can send.
      </p>
    </aside>
  );
}
