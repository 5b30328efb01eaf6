import { useMemo } from 'preact/hooks';
import { analyzeAllowlist, summarizeAllowlistReport } from '../../../lib/allowlist/analyze-allowlist.ts';
import { groupDigits } from '../../../lib/shared/count.ts';
import { joinBase } from '../../../lib/site/paths.ts';
import { PendingNote } from '../shared/PendingNote.tsx';
import { ToolShare } from '../shared/ToolShare.tsx';
import { useSettledText } from '../shared/use-settled-text.ts';
import { flatToolState, useToolState } from '../shared/use-tool-state.ts';
import { AllowlistCoverageTable } from './parts/AllowlistCoverageTable.tsx';
import { AllowlistExamples } from './parts/AllowlistExamples.tsx';
import { AllowlistFindings } from './parts/AllowlistFindings.tsx';
import { AllowlistInputNotes } from './parts/AllowlistInputNotes.tsx';
import { AllowlistResultList } from './parts/AllowlistResultList.tsx';
import type { AllowlistToolProps } from './parts/tool-props.ts';
import { allowlistRootProps, allowlistShareProps } from './parts/tool-wiring.ts';

export interface Props extends AllowlistToolProps {
  /** Compact FAQ variant: leaves the URL alone and links to the full tool. */
  embedded?: boolean;
}

const examples = [
  { label: "Only the FAQ's three blocks", value: '192.121.110.0/24\n194.68.237.0/24\n91.198.202.0/24' },
  {
    label: 'nginx rules with a cloud range',
    value:
      'allow 192.121.110.0/24;\nallow 194.68.237.0/24;\nallow 91.198.202.0/24;\nallow 13.48.0.0/13;\nallow 51.21.0.0/16;\nallow 192.121.110.100;\ndeny all;',
  },
] as const;

const statusText = {
  empty: '',
  'drops-callbacks': 'Drops callbacks',
  'missing-blocks': 'Blocks missing',
  complete: 'Lets Resurs in',
} as const;

/** Mode 2, "Check my allowlist": gaps, too-broad entries and overlaps in a firewall's allowlist. */
/** The tool's URL parameter and its default. */
const defaults = { allowlist: '' };

export default function AllowlistGapChecker({ base, embedded = false, id = 'al-list' }: Props) {
  const tool = useToolState(flatToolState(defaults, embedded));
  const text = tool.state.allowlist;
  const setText = (value: string) => tool.setState({ allowlist: value });
  const settled = useSettledText(text);
  const toolPath = joinBase(base, '/tools/allowlist/');
  const wiring = { tool, defaults, embedded, toolPath, anchor: 'allowlist', mode: 'allowlist' };
  const report = useMemo(() => analyzeAllowlist(settled), [settled]);
  const invalid = report.entries.filter((e) => e.verdict === 'invalid');
  return (
    <div {...allowlistRootProps(wiring, summarizeAllowlistReport(report))}>
      <label class="al-label" for={`${id}-input`}>
        Your allowlist
      </label>
      <p class="al-hint" id={`${id}-hint`}>
        Paste the addresses your firewall or web server allows today: a plain list, or config lines such as{' '}
        <code>allow 1.2.3.4;</code>, <code>Require ip …</code> or <code>-s 1.2.3.0/24</code>.
      </p>
      <textarea
        id={`${id}-input`}
        class="al-textarea"
        rows={embedded ? 4 : 8}
        spellcheck={false}
        autocomplete="off"
        aria-describedby={`${id}-hint ${id}-summary`}
        data-state="allowlist"
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <AllowlistExamples examples={examples} onPick={setText} label="Example allowlists" />
      <PendingNote
        live={tool.live}
        withoutJs="The list of Resurs’ blocks and callback addresses on this page still applies."
      />
      <div class="al-bar">
        <p
          class="al-summary"
          id={`${id}-summary`}
          role="status"
          aria-live="polite"
          data-allowlist-status={report.status}
          data-tool-output
        >
          {report.status !== 'empty' && (
            <span class={`al-status al-status--${report.status}`}>{statusText[report.status]}</span>
          )}{' '}
          {summarizeAllowlistReport(report)}
        </p>
        <ToolShare {...allowlistShareProps(wiring)} what="this allowlist check" />
      </div>
      <AllowlistInputNotes info={report} />
      {report.status !== 'empty' && (
        <div data-tool-output>
          <AllowlistCoverageTable coverage={report.coverage} caption="Resurs' sources and your allowlist" />
          <AllowlistFindings
            kind="broad"
            tone="warn"
            title="Entries that allow far more than Resurs"
            items={report.broad.map((b) => b.message)}
          />
          <AllowlistFindings
            kind="overlaps"
            tone="info"
            title="Duplicates and overlaps"
            items={report.overlaps.map((o) => o.message)}
          />
          <AllowlistFindings
            kind="invalid"
            tone="warn"
            title="Entries that are not valid"
            items={invalid.map((e) => `${e.token.text} (line ${e.token.line}): ${e.headline}`)}
          />
          {!embedded && (
            <details class="al-details">
              <summary>Every entry ({groupDigits(report.entries.length)})</summary>
              <AllowlistResultList results={report.entries} label="Verdict per allowlist entry" />
            </details>
          )}
        </div>
      )}
    </div>
  );
}
