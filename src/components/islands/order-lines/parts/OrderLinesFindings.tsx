import { findingId } from '../../../../lib/order-lines/finding-marks.ts';
import { verdictHeadline } from '../../../../lib/order-lines/headline.ts';
import type { Finding, FindingTarget, OrderLine, Verdict } from '../../../../lib/order-lines/types.ts';
import { groupDigits } from '../../../../lib/shared/count.ts';

/** Props of OrderLinesFindings. */
export interface Props {
  idPrefix: string;
  verdict: Verdict;
  findings: readonly Finding[];
  lines: readonly OrderLine[];
  /** Why the pasted text could not be read (verdict "invalid"). */
  pasteError: string;
  /** Notes: ignored fields, link problems, silent re-computations. */
  notes: readonly string[];
  /** How many findings to list before "show all". */
  limit: number;
  onShowAll: () => void;
  onGoTo: (target: FindingTarget) => void;
}

function where(target: FindingTarget, lines: readonly OrderLine[]): string {
  if (target.kind === 'spec') return `paymentSpec · ${target.field}`;
  const artNo = lines[target.line]?.artNo.trim() ?? '';
  const label = artNo ? ` (artNo ${artNo.length > 24 ? `${artNo.slice(0, 24)}…` : artNo})` : '';
  return `Line ${target.line + 1}${label} · ${target.field}`;
}

/** Props of OrderLinesVerdictLink. */
export interface VerdictLinkProps {
  verdict: Verdict;
  findings: readonly Finding[];
  /** The id of the findings heading to jump to. */
  target: string;
}

/** A one-line verdict beside the input, linking to the findings (the live region is the summary below). */
export function OrderLinesVerdictLink({ verdict, findings, target }: VerdictLinkProps) {
  const headline = verdictHeadline(verdict, findings);
  return (
    <p class={`ol-jump ol-jump--${verdict}`} data-tool-output>
      <span aria-hidden="true">{headline.icon} </span>
      {headline.text} <a href={`#${target}`}>See what Resurs will do</a>
    </p>
  );
}

/** The verdict (a live region carrying data-verdict) and every finding with what Resurs does and the fix. */
export function OrderLinesFindings(props: Props) {
  const { idPrefix, verdict, findings, lines, pasteError, notes, limit } = props;
  const headline = verdictHeadline(verdict, findings);
  return (
    <div class="ol-findings">
      <div class={`ol-summary ol-summary--${verdict}`} data-verdict={verdict} role="status" aria-live="polite">
        <span class="ol-summary__icon" aria-hidden="true">
          {headline.icon}
        </span>
        <p class="ol-summary__text">
          <strong>{headline.text}</strong>
          {verdict === 'invalid' && <span class="ol-summary__detail">{pasteError}</span>}
        </p>
      </div>
      {verdict !== 'invalid' && findings.length > 0 && (
        <ol class="ol-finding-list">
          {findings.slice(0, limit).map((finding, index) => (
            <li
              key={index}
              id={findingId(idPrefix, index)}
              class={`ol-finding ol-finding--${finding.severity}`}
              data-rule={finding.rule}
              data-severity={finding.severity}
            >
              <p class="ol-finding__head">
                <span class="ol-badge">{finding.severity === 'error' ? 'Error' : 'Warning'}</span>
                <button type="button" class="ol-link-button" onClick={() => props.onGoTo(finding.target)}>
                  {where(finding.target, lines)}
                </button>
                <code class="ol-finding__rule">{finding.rule}</code>
              </p>
              <p>{finding.problem}</p>
              <p>
                <span class="ol-finding__label">What Resurs does: </span>
                {finding.resurs}
              </p>
              <p>
                <span class="ol-finding__label">Fix: </span>
                {finding.fix}
              </p>
            </li>
          ))}
        </ol>
      )}
      {verdict !== 'invalid' && findings.length > limit && (
        <button type="button" class="button button--secondary button--small" onClick={props.onShowAll}>
          Show all {groupDigits(findings.length)} findings
        </button>
      )}
      {notes.length > 0 && (
        <div class="ol-notes">
          <p class="ol-field__label">Notes</p>
          <ul>
            {notes.slice(0, 50).map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
