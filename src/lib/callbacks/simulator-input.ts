import Big from 'big.js';
import { fail, ok, type Result } from '../shared/result.ts';
import { isDurationUnit, parseDuration, parseNonNegative } from './duration.ts';
import type { DeliveryQuestion, EndpointProblem } from './retry-simulation.ts';

/** The simulator's fields as typed (or as read from the URL): all untrusted strings. */
export interface SimulatorFields {
  problem: string;
  /** How long the problem lasts, in `unit`. */
  duration: string;
  unit: string;
  /** '1' when the endpoint never recovers. */
  never: string;
  /** For 'slow': seconds until the endpoint answers. */
  answer: string;
  /** For 'redirect' and 'status'. */
  status: string;
}

/** A message per field that needs fixing. */
export type SimulatorErrors = Partial<Record<keyof SimulatorFields, string>>;

/** The problems the simulator knows, in the order it offers them. */
export const endpointProblems: readonly EndpointProblem[] = ['down', 'slow', 'redirect', 'status'];

/** Whether an HTTP status is a redirect (3xx), which Resurs does not follow. Never throws. */
export function isRedirectStatus(status: number): boolean {
  return status >= 300 && status < 400;
}

/**
 * The fields to change when a person picks another problem: a redirect needs a 3xx status (302
 * stands in), an error status must not be one (500 stands in); otherwise the status stays. Never throws.
 */
export function chooseProblemFields(
  problem: string,
  status: string,
): Pick<SimulatorFields, 'problem'> & Partial<Pick<SimulatorFields, 'status'>> {
  const redirect = isRedirectStatus(Number(status));
  if (problem === 'redirect' && !redirect) return { problem, status: '302' };
  if (problem === 'status' && redirect) return { problem, status: '500' };
  return { problem };
}

function parseStatus(text: string, problem: EndpointProblem): Result<number> {
  const trimmed = text.trim();
  if (!/^\d{3}$/.test(trimmed))
    return fail(`Enter a three-digit HTTP status, such as ${problem === 'redirect' ? 302 : 500}.`);
  const status = Number(trimmed);
  if (status < 100 || status > 599) return fail('An HTTP status lies between 100 and 599.');
  if (problem === 'redirect' && !isRedirectStatus(status))
    return fail('A redirect has a 3xx status, such as 301, 302 or 303.');
  return ok(status);
}

/**
 * Validates the simulator's fields. Returns the question, or a message for each bad field (the
 * fields the chosen problem doesn't use are not checked). Never throws.
 */
export function parseSimulatorFields(fields: SimulatorFields): Result<DeliveryQuestion, SimulatorErrors> {
  const errors: SimulatorErrors = {};
  const problem = endpointProblems.find((p) => p === fields.problem);
  if (!problem) {
    errors.problem = `Unknown problem “${fields.problem.slice(0, 40)}”: choose one of the options.`;
    return fail(errors);
  }
  let durationSeconds: Big | null = null;
  if (fields.never !== '1') {
    if (!isDurationUnit(fields.unit)) {
      errors.unit = `Unknown unit “${fields.unit.slice(0, 20)}”: choose seconds, minutes, hours or days.`;
    } else {
      const duration = parseDuration(fields.duration, fields.unit, 'The duration');
      if (duration.ok) durationSeconds = duration.value;
      else errors.duration = duration.error;
    }
  }
  let answerSeconds = new Big(0);
  if (problem === 'slow') {
    const answer = parseNonNegative(fields.answer, 'The answer time');
    if (answer.ok) answerSeconds = answer.value;
    else errors.answer = answer.error;
  }
  let status = 0;
  if (problem === 'redirect' || problem === 'status') {
    const parsed = parseStatus(fields.status, problem);
    if (parsed.ok) status = parsed.value;
    else errors.status = parsed.error;
  }
  if (Object.keys(errors).length > 0) return fail(errors);
  return ok({ problem, durationSeconds, answerSeconds, status });
}
