/** Small Markdown builders shared by the answer renderer and the component replacements. */

/** A table cell's text: pipes escaped, line breaks and runs of space folded. Never throws. */
function cell(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
}

/** A GitHub-flavoured Markdown table; a row shorter than the header gets empty cells. Never throws. */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${headers.map((_, i) => cell(cells[i] ?? '')).join(' | ')} |`;
  return [line(headers), `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}

/** A Markdown link; brackets in the text and parentheses or spaces in the URL are escaped. Never throws. */
export function markdownLink(text: string, url: string): string {
  const label = text.replace(/([[\]\\])/g, '\\$1');
  const target = url.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${label}](${target})`;
}
