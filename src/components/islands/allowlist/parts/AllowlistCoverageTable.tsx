import type { Coverage, TargetCoverage } from '../../../../lib/allowlist/analyze-allowlist.ts';

export interface Props {
  coverage: readonly TargetCoverage[];
  caption: string;
}

const words: Record<Coverage, { icon: string; text: string }> = {
  full: { icon: '✓', text: 'Allowed' },
  partial: { icon: '◐', text: 'Partly allowed' },
  none: { icon: '✗', text: 'Not allowed' },
};

/** Every Resurs source and whether the allowlist lets it in (`data-coverage`). */
export function AllowlistCoverageTable({ coverage, caption }: Props) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the table scrolls sideways on phones; keyboard users must reach it.
    <section class="table-scroll" tabIndex={0} aria-label={caption}>
      <table class="al-coverage">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Resurs source</th>
            <th scope="col">Listed in</th>
            <th scope="col">Your allowlist</th>
          </tr>
        </thead>
        <tbody>
          {coverage.map((c) => (
            <tr key={c.target.cidr} data-target={c.target.display} data-coverage={c.coverage}>
              <th scope="row">
                <code>{c.target.display}</code>
                <span class="al-coverage__label">
                  {c.target.kind === 'owned-block'
                    ? `Owned block, ${c.target.label}`
                    : `Callback source "${c.target.label}"`}
                </span>
              </th>
              <td>
                {c.target.list.title}, {c.target.list.date}
              </td>
              <td>
                <span class={`al-badge al-badge--coverage-${c.coverage}`}>
                  <span aria-hidden="true">{words[c.coverage].icon}</span> {words[c.coverage].text}
                </span>
                {c.coverage === 'partial' && <span class="al-coverage__missing"> Missing: {c.missing.join(', ')}</span>}
                {c.coverage === 'none' && c.target.kind === 'callback-source' && (
                  <span class="al-coverage__missing"> Callbacks from this address are dropped.</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
