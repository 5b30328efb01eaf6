/** Props of PendingNote. */
export interface Props {
  /** Whether the tool has hydrated; the note renders nothing then. */
  live: boolean;
  /** What the server-rendered output is, e.g. "Example verdict for the lines shown." ('' if it shows no verdict). */
  example?: string;
  /** What works without JavaScript, e.g. "The rules below still apply." */
  withoutJs: string;
  /**
   * Once live, keep the example's sentence (still true while the input is the example's). For a tool
   * that hydrates when a person presses it (`client:needed`): removing the sentence then would move
   * everything below it under the pointer between its press and its release, and lose the click.
   */
  keepExample?: boolean;
}

/**
 * What a tool says before its script has run. Global CSS picks the sentence: without JavaScript,
 * that the tool needs it and what still works; before hydration, that the output is the example's;
 * once the person has changed a field (the page script marks the tool `data-edited`), that the
 * check waits for the script (the stale output is hidden), or that the script did not load.
 */
export function PendingNote({ live, example = '', withoutJs, keepExample = false }: Props) {
  const showExample = Boolean(example) && (!live || keepExample);
  if (live && !showExample) return null;
  return (
    // Not indexed by search: it describes the page's state, not the answer.
    <p class="tool-pending" data-tool-pending data-pagefind-ignore>
      {!live && (
        <span class="tool-pending__nojs">
          <strong>This tool needs JavaScript.</strong> Without it, what it shows is the example the page opened with and
          does not follow what you type. {withoutJs}
        </span>
      )}
      {showExample && <span class="tool-pending__example">{example}</span>}
      {!live && (
        <span class="tool-pending__edited">You changed the input: it is checked as soon as the tool has loaded.</span>
      )}
      {!live && (
        <span class="tool-pending__failed">
          The tool’s script has not loaded (a slow or blocked connection?). What you typed is kept; reload the page to
          try again.
        </span>
      )}
    </p>
  );
}
