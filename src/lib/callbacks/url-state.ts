import type { NodeId, Scenario } from '../../data/callback-flow.ts';
import { cutText } from '../site/text.ts';
import { type FlowGraph, isNodeId } from './flow-graph.ts';
import { type ScenarioPosition, scenarioAt } from './scenario.ts';

/** Longest URL value quoted back in a message. */
const quoteLimit = 40;

/** A URL value, shortened for quoting in a message (Preact escapes it; this only keeps it short). Never throws. */
export function quote(value: string): string {
  const clean = [...value].filter((ch) => ch >= ' ' && ch !== '\u007f').join('');
  return `“${clean.length > quoteLimit ? `${clean.slice(0, quoteLimit)}…` : clean}”`;
}

/** The flow explorer's URL parameters, as read: untrusted strings ('' when absent). */
export interface FlowParams {
  node: string;
  scenario: string;
  step: string;
}

/** What the explorer shows for a set of URL parameters. */
export interface FlowView {
  /** The box whose details are shown: the chosen node, else the scenario's current step. */
  selected: NodeId | null;
  scenario: Scenario | null;
  position: ScenarioPosition | null;
  /** Messages about parameters that could not be used; empty when all were fine. */
  messages: string[];
}

/**
 * Resolves the explorer's URL parameters against the flow. Unknown nodes and scenarios are
 * ignored with a message; a step that is not a number or is out of range is clamped with a
 * message. Never throws.
 */
export function resolveFlowParams(params: FlowParams, graph: FlowGraph, scenarios: readonly Scenario[]): FlowView {
  const messages: string[] = [];
  let scenario: Scenario | null = null;
  if (params.scenario !== '') {
    scenario = scenarios.find((s) => s.id === params.scenario) ?? null;
    if (!scenario) {
      messages.push(
        `The link names the scenario ${quote(params.scenario)}, which doesn’t exist. Choose one from the list.`,
      );
    }
  }
  let position: ScenarioPosition | null = null;
  if (scenario) {
    const total = scenario.steps.length;
    let step = 1;
    if (params.step !== '') {
      if (!/^\d{1,6}$/.test(params.step.trim())) {
        messages.push(`The step ${quote(params.step)} isn’t a whole number; showing step 1.`);
      } else {
        step = Number(params.step.trim());
        if (step < 1) {
          messages.push(`There is no step ${step}; showing step 1.`);
          step = 1;
        } else if (step > total) {
          messages.push(`Step ${step} is past the end: “${scenario.title}” has ${total} steps. Showing step ${total}.`);
          step = total;
        }
      }
    }
    position = scenarioAt(graph, scenario, step);
  } else if (params.step !== '' && params.scenario === '') {
    messages.push('The link gives a step but no scenario; choose a scenario to step through.');
  }
  let node: NodeId | null = null;
  if (params.node !== '') {
    if (isNodeId(graph, params.node)) node = params.node;
    else
      messages.push(
        `The link names the step ${quote(params.node)}, which isn’t in the diagram. Select one in the diagram.`,
      );
  }
  return { selected: node ?? position?.current ?? null, scenario, position, messages };
}

/** The salt as the digest calculator holds it. */
export interface SaltState {
  salt: string;
  /** The user ticked "include the salt in links". */
  include: boolean;
  /** The link was made with a salt that was left out of it. */
  omitted: boolean;
}

/** The longest salt read from a URL. */
export const maxSaltLength = 500;

/** The salt's URL parameters: `salt` (written only on purpose) and `saltOmitted` ('1' or ''). */
export interface SaltParams {
  salt: string;
  saltOmitted: string;
}

/**
 * The salt from its URL parameters (absent ones are absent): `salt=` (included on purpose, cut to
 * {@link maxSaltLength}), `saltOmitted=1` (left out: start empty), or neither (the default salt).
 * Never throws.
 */
export function saltFromParams(params: Partial<SaltParams>, defaultSalt: string): SaltState {
  if (params.salt !== undefined) return { salt: cutText(params.salt, maxSaltLength), include: true, omitted: false };
  if (params.saltOmitted === '1') return { salt: '', include: false, omitted: true };
  return { salt: defaultSalt, include: false, omitted: false };
}

/**
 * The salt's URL parameters, for the defaults `{ salt: defaultSalt, saltOmitted: '' }` (equal values
 * are left out of the URL): the salt only when the user included it on purpose. A salt left out is
 * flagged with `saltOmitted=1` so that whoever opens the link knows to type it (and stays flagged
 * until someone types one); the default (the documentation's example) and an empty salt give
 * nothing away and are written as they are. Never throws.
 */
export function saltToParams(state: SaltState, defaultSalt: string): SaltParams {
  const unchanged = { salt: defaultSalt, saltOmitted: '' };
  if (state.salt === defaultSalt) return unchanged;
  // Still waiting for the salt the link left out: keep saying so.
  if (state.omitted && state.salt === '') return { ...unchanged, saltOmitted: '1' };
  if (state.include || state.salt === '') return { salt: state.salt, saltOmitted: '' };
  return { ...unchanged, saltOmitted: '1' };
}
