import { useMemo } from 'preact/hooks';
import { checkCallbackUrl, type UrlVerdict } from '../../../lib/allowlist/check-callback-url.ts';
import { countOf } from '../../../lib/shared/count.ts';
import { joinBase } from '../../../lib/site/paths.ts';
import { PendingNote } from '../shared/PendingNote.tsx';
import { ToolShare } from '../shared/ToolShare.tsx';
import { useSettledText } from '../shared/use-settled-text.ts';
import { flatToolState, useToolState } from '../shared/use-tool-state.ts';
import { AllowlistCheckItem } from './parts/AllowlistCheckItem.tsx';
import { AllowlistExamples } from './parts/AllowlistExamples.tsx';
import type { AllowlistToolProps } from './parts/tool-props.ts';
import { allowlistRootProps, allowlistShareProps } from './parts/tool-wiring.ts';

export interface Props extends AllowlistToolProps {
  /** FAQ variant: leaves the URL alone, folds the commands away, links to the full tool. */
  embedded?: boolean;
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
/** The tool's URL parameter and its default. */
const defaults = { url: '' };

export default function AllowlistUrlChecklist({ base, embedded = false, id = 'al-url', subtitleTag = 'h3' }: Props) {
  const Subtitle = subtitleTag;
  const tool = useToolState(flatToolState(defaults, embedded));
  const text = tool.state.url;
  const setText = (value: string) => tool.setState({ url: value });
  const settled = useSettledText(text);
  const toolPath = joinBase(base, '/tools/allowlist/');
  const wiring = { tool, defaults, embedded, toolPath, anchor: 'callback-url', mode: 'url' };
  const report = useMemo(() => checkCallbackUrl(settled), [settled]);
  const browserChecks = report.checks.filter((c) => c.status !== 'manual');
  const manualChecks = report.checks.filter((c) => c.status === 'manual');
  // Inside an FAQ answer, passed checks fold away so the answer stays readable.
  const shownChecks = embedded ? browserChecks.filter((c) => c.status !== 'pass') : browserChecks;
  const foldedChecks = embedded ? browserChecks.filter((c) => c.status === 'pass') : [];
  const empty = settled.trim() === '';
  const verdictLine = empty ? '' : `${verdictWords[report.verdict].text}. ${report.headline}`;
  return (
    <div {...allowlistRootProps(wiring, verdictLine)}>
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
        data-state="url"
        placeholder="https://shop.example.se/resurs/callback?paymentId={paymentId}"
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <AllowlistExamples
        examples={embedded ? examples.slice(0, 3) : examples}
        onPick={setText}
        label="Example callback URLs"
      />
      <PendingNote
        live={tool.live}
        withoutJs="The checklist in the answers (public address, https, TLS 1.2, no redirects) still applies."
      />
      <div class="al-bar">
        <p class="al-summary" id={`${id}-verdict`} role="status" aria-live="polite" data-tool-output>
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
        <ToolShare {...allowlistShareProps(wiring)} what="this checklist" />
      </div>
      <div data-tool-output>
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
                <summary>{countOf(foldedChecks.length, 'check')} passed</summary>
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
    </div>
  );
}
