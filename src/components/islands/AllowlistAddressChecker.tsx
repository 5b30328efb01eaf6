import '../../styles/allowlist.css';
import { useMemo } from 'preact/hooks';
import { checkAddresses, summarizeAddressReport } from '../../lib/allowlist/check-addresses.ts';
import { AllowlistExamples } from './AllowlistExamples.tsx';
import { useToolInput } from './AllowlistHooks.ts';
import { AllowlistInputNotes } from './AllowlistInputNotes.tsx';
import { AllowlistResultList } from './AllowlistResultList.tsx';
import { AllowlistShare } from './AllowlistShare.tsx';

export interface Props {
  /** The site's base path (import.meta.env.BASE_URL), for links into the tool. */
  base: string;
  /** Compact FAQ variant: leaves the URL alone and links to the full tool. */
  embedded?: boolean;
  /** Prefix of element ids, unique on the page. */
  id?: string;
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
export default function AllowlistAddressChecker({ base, embedded = false, id = 'al-ip' }: Props) {
  const input = useToolInput('ip', embedded);
  const report = useMemo(() => checkAddresses(input.settled), [input.settled]);
  return (
    <div class={`al-tool${embedded ? ' al-tool--embedded' : ''}`} data-allowlist-mode="address">
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
        placeholder="192.121.110.100"
        value={input.text}
        onInput={(e) => input.setText(e.currentTarget.value)}
      />
      <AllowlistExamples
        examples={embedded ? examples.slice(0, 2) : examples}
        onPick={input.setText}
        label="Example addresses"
      />
      <div class="al-bar">
        <p class="al-summary" id={`${id}-summary`} role="status" aria-live="polite">
          {summarizeAddressReport(report)}
        </p>
        <AllowlistShare
          base={base}
          embedded={embedded}
          params={{ ip: input.text }}
          anchor="address"
          what="these verdicts"
        />
      </div>
      <AllowlistInputNotes info={report} tooLongForLink={!embedded && input.tooLongForLink} />
      <AllowlistResultList results={report.results} limit={embedded ? 20 : 200} label="Verdict per entry" />
    </div>
  );
}
