import { useMemo } from 'preact/hooks';
import { checkAddresses, summarizeAddressReport } from '../../../lib/allowlist/check-addresses.ts';
import { joinBase } from '../../../lib/site/paths.ts';
import { PendingNote } from '../shared/PendingNote.tsx';
import { ToolShare } from '../shared/ToolShare.tsx';
import { useSettledText } from '../shared/use-settled-text.ts';
import { flatToolState, useToolState } from '../shared/use-tool-state.ts';
import { AllowlistExamples } from './parts/AllowlistExamples.tsx';
import { AllowlistInputNotes } from './parts/AllowlistInputNotes.tsx';
import { AllowlistResultList } from './parts/AllowlistResultList.tsx';
import type { AllowlistToolProps } from './parts/tool-props.ts';
import { allowlistRootProps, allowlistShareProps } from './parts/tool-wiring.ts';

export interface Props extends AllowlistToolProps {
  /** Compact FAQ variant: leaves the URL alone and links to the full tool. */
  embedded?: boolean;
}

const examples = [
  { label: 'Callback sources', value: '192.121.110.100\n13.50.187.51' },
  {
    label: 'A firewall log line',
    value:
      '[UFW BLOCK] IN=eth0 OUT= SRC=51.21.206.32 DST=203.0.113.7 LEN=60 PROTO=TCP SPT=51514 DPT=443\n::ffff:192.121.110.5 - - "GET /resurs/callback?paymentId=1 HTTP/1.1" 200',
  },
  { label: 'Blocks and ranges', value: '192.121.110.0/25\n192.121.110.0/23\n51.21.0.0/16\n192.121.110.5/24' },
  { label: 'Tricky forms', value: '010.1.1.1\n127.1\nfe80::1%eth0\n172.20.1.5\n[2001:db8::1]:443' },
] as const;

/** Mode 1, "Is this address Resurs?": one verdict per pasted address, block or range. */
/** The tool's URL parameter and its default. */
const defaults = { ip: '' };

export default function AllowlistAddressChecker({ base, embedded = false, id = 'al-ip' }: Props) {
  const tool = useToolState(flatToolState(defaults, embedded));
  const text = tool.state.ip;
  const setText = (value: string) => tool.setState({ ip: value });
  const settled = useSettledText(text);
  const toolPath = joinBase(base, '/tools/allowlist/');
  const wiring = { tool, defaults, embedded, toolPath, anchor: 'address', mode: 'address' };
  const report = useMemo(() => checkAddresses(settled), [settled]);
  return (
    <div {...allowlistRootProps(wiring, summarizeAddressReport(report))}>
      <label class="al-label" for={`${id}-input`}>
        Addresses, blocks or log lines
      </label>
      <p class="al-hint" id={`${id}-hint`}>
        One or many, separated by new lines, commas or spaces: IPv4, IPv6, CIDR blocks, ranges, addresses with a port,
        or whole firewall and web-server log lines.
      </p>
      <textarea
        id={`${id}-input`}
        class="al-textarea"
        rows={embedded ? 3 : 6}
        spellcheck={false}
        autocomplete="off"
        aria-describedby={`${id}-hint ${id}-summary`}
        data-state="ip"
        placeholder="192.121.110.100"
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <AllowlistExamples
        examples={embedded ? examples.slice(0, 2) : examples}
        onPick={setText}
        label="Example addresses"
      />
      <PendingNote live={tool.live} withoutJs="The tables of Resurs’ addresses on this page still apply." />
      <div class="al-bar">
        <p class="al-summary" id={`${id}-summary`} role="status" aria-live="polite" data-tool-output>
          {summarizeAddressReport(report)}
        </p>
        <ToolShare {...allowlistShareProps(wiring)} what="these verdicts" />
      </div>
      <div data-tool-output>
        <AllowlistInputNotes info={report} />
        <AllowlistResultList results={report.results} limit={embedded ? 20 : 200} label="Verdict per entry" />
      </div>
    </div>
  );
}
