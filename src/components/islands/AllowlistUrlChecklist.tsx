import '../../styles/allowlist.css';
import { useMemo } from 'preact/hooks';
import { checkCallbackUrl, type UrlVerdict } from '../../lib/allowlist/check-callback-url.ts';
import { AllowlistCheckItem } from './AllowlistCheckItem.tsx';
import { AllowlistExamples } from './AllowlistExamples.tsx';
import { useToolInput } from './AllowlistHooks.ts';
import { AllowlistShare } from './AllowlistShare.tsx';

export interface Props {
  /** The site's base path (import.meta.env.BASE_URL), for links into the tool. */
  base: string;
  /** FAQ variant: leaves the URL alone, folds the commands away, links to the full tool. */
  embedded?: boolean;
  /** Prefix of element ids, unique on the page. */
  id?: string;
  /** Element for the two sub-titles: h3 on the tool page, h4 inside an FAQ question. */
  subtitleTag?: 'h3' | 'h4';
}

const examples = [
  { label: 'A good template', value: 'https://shop.example.se/resurs/callback?paymentId={paymentId}&digest={digest}' },
  { label: 'A local test server', value: 'http://my-dev.localhost:8080/callback?paymentId={paymentId}' },
  { label: 'ngrok', value: 'https://abc123.ngrok-free.app/callback?paymentId={paymentId}' },
  { label: 'A private address', value: 'https://172.20.0.5/callback?paymentId={paymentId}' },
] as const;

const verdictWords: Record<UrlVerdict, { icon: string; text: string }> = {
  reachable: { icon: '✓', text: 'Reachable, as far as a browser can tell' },
  unreachable: { icon: '✗', text: 'Resurs can’t reach it' },
  'check-manually': { icon: '?', text: 'Check by hand' },
  invalid: { icon: '!', text: 'Not a URL Resurs can use' },
};

/** Mode 3, "Can Resurs reach my callback URL?": a checklist with commands for what a browser can't see. */
export default function AllowlistUrlChecklist({ base, embedded = false, id = 'al-url', subtitleTag = 'h3' }: Props) {
  const Subtitle = subtitleTag;
  const input = useToolInput('url', embedded);
  const report = useMemo(() => checkCallbackUrl(input.settled), [input.settled]);
  const browserChecks = report.checks.filter((c) => c.status !== 'manual');
  const manualChecks = report.checks.filter((c) => c.status === 'manual');
  // Inside an FAQ answer, passed checks fold away so the answer stays readable.
  const shownChecks = embedded ? browserChecks.filter((c) => c.status !== 'pass') : browserChecks;
  const foldedChecks = embedded ? browserChecks.filter((c) => c.status === 'pass') : [];
  const empty = input.settled.trim() === '';
  return (
    <div class={`al-tool${embedded ? ' al-tool--embedded' : ''}`} data-allowlist-mode="url">
      <label class="al-label" for={`${id}-input`}>
        Callback URL or URI template
      </label>
      <p class="al-hint" id={`${id}-hint`}>
        The URL you register with Resurs; placeholders such as <code>{'{paymentId}'}</code> and{' '}
        <code>{'{digest}'}</code> are fine.
      </p>
      <input
        id={`${id}-input`}
        class="al-input"
        type="text"
        inputMode="url"
        spellcheck={false}
        autocomplete="off"
        aria-describedby={`${id}-hint ${id}-verdict`}
        placeholder="https://shop.example.se/resurs/callback?paymentId={paymentId}"
        value={input.text}
        onInput={(e) => input.setText(e.currentTarget.value)}
      />
      <AllowlistExamples
        examples={embedded ? examples.slice(0, 3) : examples}
        onPick={input.setText}
        label="Example callback URLs"
      />
      <div class="al-bar">
        <p class="al-summary" id={`${id}-verdict`} role="status" aria-live="polite">
          {empty ? (
            'Enter a callback URL to check it.'
          ) : (
            <span class={`al-verdict al-verdict--${report.verdict}`} data-verdict={report.verdict}>
              <strong>
                <span aria-hidden="true">{verdictWords[report.verdict].icon}</span> {verdictWords[report.verdict].text}.
              </strong>{' '}
              {report.headline}
            </span>
          )}
        </p>
        <AllowlistShare
          base={base}
          embedded={embedded}
          params={{ url: input.text }}
          anchor="callback-url"
          what="this checklist"
        />
      </div>
      {browserChecks.length > 0 && (
        <>
          <Subtitle class="al-subtitle">What the browser checked</Subtitle>
          <ol class="al-checklist">
            {shownChecks.map((c) => (
              <AllowlistCheckItem key={c.id} check={c} />
            ))}
          </ol>
          {foldedChecks.length > 0 && (
            <details class="al-details">
              <summary>
                {foldedChecks.length} {foldedChecks.length === 1 ? 'check' : 'checks'} passed
              </summary>
              <ol class="al-checklist">
                {foldedChecks.map((c) => (
                  <AllowlistCheckItem key={c.id} check={c} />
                ))}
              </ol>
            </details>
          )}
        </>
      )}
      {manualChecks.length > 0 && (
        <>
          <Subtitle class="al-subtitle">What a browser can’t check: run these</Subtitle>
          <ol class="al-checklist">
            {manualChecks.map((c) => (
              <AllowlistCheckItem key={c.id} check={c} compact={embedded} />
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
