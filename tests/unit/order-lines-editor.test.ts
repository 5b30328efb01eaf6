import { describe, expect, test } from 'vitest';
import {
  defaultParams,
  type EditorAction,
  type EditorState,
  editorReducer,
  exampleState,
  initialState,
} from '../../src/lib/order-lines/editor-state.ts';
import { encodeState } from '../../src/lib/order-lines/url-codec.ts';

const run = (state: EditorState, ...actions: EditorAction[]) => actions.reduce(editorReducer, state);
const artNos = (state: EditorState) => state.spec.lines.map((l) => l.artNo);

describe('the editor', () => {
  test('adds a line with the next id, quantity 1 and unit st', () => {
    const state = run(initialState(), { type: 'add' });
    expect(state.spec.lines.at(-1)).toMatchObject({ id: '5', quantity: '1', unitMeasure: 'st', artNo: '', type: '' });
  });

  test('adds ORDER_LINE lines in Resurs Checkout', () => {
    const state = run(initialState(), { type: 'flow', flow: 'checkout' }, { type: 'add' });
    expect(state.spec.lines.at(-1)?.type).toBe('ORDER_LINE');
  });

  test('moves lines up and down, and ignores moves past either end', () => {
    const start = initialState();
    expect(artNos(run(start, { type: 'move', line: 1, by: -1 }))).toEqual(['BK-17', 'HP-200', 'FREIGHT', 'DISCOUNT']);
    expect(artNos(run(start, { type: 'move', line: 1, by: 1 }))).toEqual(['HP-200', 'FREIGHT', 'BK-17', 'DISCOUNT']);
    expect(run(start, { type: 'move', line: 0, by: -1 })).toBe(start);
    expect(run(start, { type: 'move', line: 3, by: 1 })).toBe(start);
  });

  test('removes a line', () => {
    expect(artNos(run(initialState(), { type: 'remove', line: 0 }))).toEqual(['BK-17', 'FREIGHT', 'DISCOUNT']);
  });

  test('an edit in the table rewrites the paste box in the pasted format', () => {
    const pasted = run(initialState(), {
      type: 'paste',
      text: '<paymentSpec><specLines><artNo>A</artNo></specLines></paymentSpec>',
    });
    const edited = run(pasted, { type: 'edit', line: 0, field: 'artNo', value: 'B&C' });
    expect(edited.pasteText).toBe(
      '<paymentSpec>\n  <specLines>\n    <artNo>B&amp;C</artNo>\n  </specLines>\n</paymentSpec>',
    );
  });

  test('a readable paste replaces the lines and keeps the text exactly as pasted', () => {
    const text = '[ {"artNo": "X", "sku": 1} ]';
    const state = run(initialState(), { type: 'paste', text });
    expect([artNos(state), state.pasteText, state.pasteError, state.notes]).toEqual([
      ['X'],
      text,
      '',
      ['Ignored the unknown field “sku” (line 1).'],
    ]);
  });

  test('an unreadable paste keeps both the text and the last readable lines, and goes into the link', () => {
    const start = initialState();
    const text = '[{"artNo": "X",}]';
    const state = run(start, { type: 'paste', text });
    expect(state.pasteText).toBe(text);
    expect(state.pasteError).toBe(
      'Invalid JSON at line 1, column 16: trailing comma before “}”: JSON does not allow it',
    );
    expect(state.spec).toBe(start.spec);
    expect(encodeState(state).src).toBe(text);
  });

  test('pasting orderLines switches to Resurs Checkout, with a note', () => {
    const state = run(initialState(), { type: 'paste', text: '{"orderLines": []}' });
    expect([state.flow, state.notes[0]]).toEqual([
      'checkout',
      'The flow was set to Resurs Checkout, because the payload has orderLines.',
    ]);
  });

  test('loads the state from URL parameters, reproducing an unreadable paste', () => {
    const state = run(initialState(), { type: 'load', params: { flow: 'aftershop', country: 'FI', src: '<a>' } });
    expect([state.flow, state.country, state.pasteText, state.pasteError]).toEqual([
      'aftershop',
      'FI',
      '<a>',
      'Invalid XML at line 1, column 4: <a> opened at line 1, column 1 is never closed',
    ]);
  });

  test('a link of the opening state has only default parameters', () => {
    const params = encodeState(initialState());
    expect(
      Object.entries(params).filter(([key, value]) => defaultParams()[key as keyof typeof params] !== value),
    ).toEqual([]);
  });

  test('applying a fix replaces the lines and clears the notes', () => {
    const example = exampleState('hosted-discount');
    const state = run(
      { ...example, notes: ['old'] },
      { type: 'apply', spec: { ...example.spec, lines: example.spec.lines.slice(0, 2) } },
    );
    expect([state.spec.lines.length, state.notes]).toEqual([2, []]);
  });
});
