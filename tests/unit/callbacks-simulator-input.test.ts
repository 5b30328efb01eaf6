import { describe, expect, test } from 'vitest';
import { chooseProblemFields, isRedirectStatus } from '../../src/lib/callbacks/simulator-input.ts';

describe('isRedirectStatus', () => {
  test.each([
    // The 3xx boundaries.
    [299, false],
    [300, true],
    [302, true],
    [399, true],
    [400, false],
    // Not a number at all.
    [Number.NaN, false],
  ])('calls %d a redirect: %s', (status, expected) => {
    expect(isRedirectStatus(status)).toBe(expected);
  });
});

describe('chooseProblemFields', () => {
  test.each([
    // A redirect needs a 3xx status: 302 stands in for anything else.
    ['redirect', '500', { problem: 'redirect', status: '302' }],
    ['redirect', '', { problem: 'redirect', status: '302' }],
    // A 3xx status is kept for a redirect.
    ['redirect', '301', { problem: 'redirect' }],
    // An error status must not be a redirect: 500 stands in.
    ['status', '302', { problem: 'status', status: '500' }],
    // Any other status is kept.
    ['status', '503', { problem: 'status' }],
    // The other problems leave the status alone.
    ['down', '302', { problem: 'down' }],
    ['slow', '500', { problem: 'slow' }],
  ])('picks %s with status %j', (problem, status, expected) => {
    expect(chooseProblemFields(problem, status)).toEqual(expected);
  });
});
