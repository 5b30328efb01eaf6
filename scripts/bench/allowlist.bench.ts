// Allowlist tool: compute (CPU) time to check 10,000 pasted addresses (target: under 200 ms), measured
// in Node on the same lib code the island runs. Median of several runs after a warm-up.
// Standalone: npx node -e "import('./scripts/bench/allowlist.bench.ts').then(async (m) => console.log(await m.default()))"
import { analyzeAllowlist } from '../../src/lib/allowlist/analyze-allowlist.ts';
import { checkAddresses } from '../../src/lib/allowlist/check-addresses.ts';
import { checkCallbackUrl } from '../../src/lib/allowlist/check-callback-url.ts';
import { median, timeMedian } from './measure.ts';
import type { BenchFigure } from './types.ts';

const COUNT = 10_000;

/** A realistic paste: mostly plain IPv4, some blocks, mapped IPv6, ports, IPv6 and junk. */
export function samplePaste(count = COUNT): string {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const a = (i * 7919) % 256;
    const b = (i * 104729) % 256;
    const kind = i % 10;
    if (kind < 5) lines.push(`${(i % 223) + 1}.${a}.${b}.${i % 256}`);
    else if (kind === 5) lines.push(`192.121.110.${i % 256}`);
    else if (kind === 6) lines.push(`::ffff:51.21.${a}.${b}`);
    else if (kind === 7) lines.push(`${a}.${b}.0.0/${16 + (i % 17)}`);
    else if (kind === 8) lines.push(`[2001:db8::${i.toString(16)}]:443`);
    else lines.push(i % 20 === 9 ? `010.${a}.1.1` : `13.50.187.${i % 256}:443`);
  }
  return lines.join('\n');
}

/**
 * Median CPU time (user + system) of `run`, after a warm-up. CPU time is the compute the issue
 * budgets; wall-clock time on a shared machine also counts other processes' turns.
 */
function cpuTime(run: () => unknown, repeats = 7): number {
  run();
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    samples.push((used.user + used.system) / 1000);
  }
  return median(samples);
}

/** Median wall-clock time of `run`, after a warm-up. */
const wallTime = (run: () => unknown, repeats = 7) => timeMedian(run, { warmups: 1, repeats });

export default async function allowlist(): Promise<BenchFigure[]> {
  const paste = samplePaste();
  const group = 'allowlist tool (median of 7 runs)';
  const check = () => checkAddresses(paste);
  return [
    {
      group,
      metric: `check ${COUNT.toLocaleString('en')} pasted addresses, CPU (target < 200 ms)`,
      value: cpuTime(check),
      unit: 'ms',
    },
    {
      group,
      metric: `check ${COUNT.toLocaleString('en')} pasted addresses, wall clock`,
      value: wallTime(check),
      unit: 'ms',
    },
    {
      group,
      metric: `analyse a ${COUNT.toLocaleString('en')}-entry allowlist, CPU`,
      value: cpuTime(() => analyzeAllowlist(paste)),
      unit: 'ms',
    },
    {
      group,
      metric: 'check one callback URL, CPU',
      value: cpuTime(() => checkCallbackUrl('https://shop.example.se/cb?paymentId={paymentId}'), 21),
      unit: 'ms',
    },
  ];
}
