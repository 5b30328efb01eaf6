/*
 * The replay commands for real: a local HTTP server on 127.0.0.1 (a random free port) receives
 * what the page's commands send when bash runs them, and each request's method, path, query, body,
 * Basic Auth and digest are checked against the flow data and a digest computed here with
 * node:crypto (not with the site's code). MD5 and SHA1, with and without salt and Basic Auth.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { flowNodes, scenarios } from '../../src/data/callback-flow.ts';
import { replayBodies } from '../../src/data/callback-replay.ts';
import { expect, hydrated, test } from './test-utils.ts';

const run = promisify(execFile);
const events = flowNodes.filter((n) => n.kind === 'callback');

interface Received {
  method: string;
  url: string;
  authorization: string | undefined;
  contentType: string | undefined;
  body: string;
}

/** Starts a server on 127.0.0.1 that records every request and answers 204. */
async function startServer(): Promise<{ server: Server; port: number; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      received.push({
        method: req.method ?? '',
        url: req.url ?? '',
        authorization: req.headers.authorization,
        contentType: req.headers['content-type'],
        body,
      });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port, received };
}

const hex = (algorithm: string, text: string) =>
  createHash(algorithm === 'MD5' ? 'md5' : 'sha1')
    .update(text, 'utf8')
    .digest('hex')
    .toUpperCase();

async function openCalculator(page: Page, port: number, algorithm: string) {
  const template = `http://127.0.0.1:${port}/resurs/cb?paymentId={paymentId}&result={result}&first={param1}&digest={digest}`;
  const query = new URLSearchParams({
    template,
    paymentId: 'order-1001',
    result: 'THAWED',
    param1: "Alfa O'Neil & $(id)",
    algorithm,
    digestParams: 'paymentId,result,param1',
  });
  await page.goto(`tools/callbacks/?${query}`);
  const tool = page.locator('[data-callbacks-tool="digest"]');
  await hydrated(tool);
  return tool;
}

const salt = 'pepper-ü-42';
const values = { paymentId: 'order-1001', result: 'THAWED', param1: "Alfa O'Neil & $(id)" };

for (const algorithm of ['MD5', 'SHA1']) {
  for (const withSalt of [true, false]) {
    for (const auth of [null, { user: "shop o'user", password: 'pa:ss $word `x`' }]) {
      const label = `${algorithm}, ${withSalt ? 'with' : 'without'} salt, ${auth ? 'with' : 'without'} Basic Auth`;
      test(`every event’s command reaches a local server as documented: ${label}`, async ({ page }) => {
        test.slow();
        const { server, port, received } = await startServer();
        try {
          const tool = await openCalculator(page, port, algorithm);
          await tool.getByLabel('Salt (a secret shared with Resurs)').fill(withSalt ? salt : '');
          if (auth) {
            await tool.getByLabel('Basic Auth user (optional)').fill(auth.user);
            await tool.getByLabel('Basic Auth password').fill(auth.password);
          }
          const commands = tool.locator('[data-replay-event]');
          await expect(commands).toHaveCount(events.length);
          await expect(commands.first()).toContainText(auth ? '--user' : '--max-time 5');
          for (const event of events) {
            const command = (await tool.locator(`[data-replay-event="${event.id}"]`).textContent()) ?? '';
            expect(command).toContain('--max-time 5');
            if (withSalt) expect(command).not.toContain(salt);
            const before = received.length;
            await run('bash', ['-c', command], { timeout: 10_000 });
            expect(received.length, `${event.id} sends one request`).toBe(before + 1);
            const request = received.at(-1)!;
            const url = new URL(request.url, `http://127.0.0.1:${port}`);
            const body = replayBodies[event.id];
            expect(request.method).toBe(body ? 'POST' : 'GET');
            expect(url.pathname).toBe('/resurs/cb');
            expect(request.body).toBe(body?.json ?? '');
            expect(request.contentType).toBe(body ? body.contentType : undefined);
            const carried = new Set(event.callback!.params.map((p) => p.name));
            const sent = {
              paymentId: carried.has('paymentId') ? values.paymentId : '',
              result: carried.has('result') ? values.result : '',
              param1: carried.has('param1') ? values.param1 : '',
            };
            expect(url.searchParams.get('paymentId')).toBe(sent.paymentId);
            expect(url.searchParams.get('result')).toBe(sent.result);
            expect(url.searchParams.get('first')).toBe(sent.param1);
            const digest = hex(algorithm, sent.paymentId + sent.result + sent.param1 + (withSalt ? salt : ''));
            expect(url.searchParams.get('digest'), `${event.id} digest`).toBe(digest);
            expect(request.authorization).toBe(
              auth ? `Basic ${Buffer.from(`${auth.user}:${auth.password}`).toString('base64')}` : undefined,
            );
          }
          // Neither the salt nor the password goes into the address bar.
          if (withSalt) expect(decodeURIComponent(page.url())).not.toContain(salt);
          if (auth) {
            expect(decodeURIComponent(page.url())).not.toContain(auth.password);
            expect(new URL(page.url()).searchParams.get('replayUser')).toBe(auth.user);
          }
        } finally {
          server.close();
        }
      });
    }
  }
}

test('the scenario script replays its callbacks in the scenario’s order', async ({ page }) => {
  const { server, port, received } = await startServer();
  try {
    const tool = await openCalculator(page, port, 'SHA1');
    const scenario = scenarios.find((s) => s.id === 'frozen-annulled')!;
    await tool.getByLabel('Replay a scenario’s callbacks in order').selectOption(scenario.id);
    await expect(page).toHaveURL(/replayScenario=frozen-annulled/);
    const script = (await tool.locator(`[data-replay-script="${scenario.id}"]`).textContent()) ?? '';
    const { stdout } = await run('bash', ['-c', script], { timeout: 20_000 });
    const expected = scenario.steps.map((s) => s.node).filter((id) => events.some((e) => e.id === id));
    expect(stdout.split('\n').filter((l) => l.startsWith('--- '))).toEqual(expected.map((id) => `--- ${id}`));
    expect(received.map((r) => r.method)).toEqual(expected.map((id) => (replayBodies[id] ? 'POST' : 'GET')));
    expect(received.map((r) => r.body)).toEqual(expected.map((id) => replayBodies[id]?.json ?? ''));
  } finally {
    server.close();
  }
});

test('an https template gets no local-address note; a file: template gets a message', async ({ page }) => {
  const tool = await openCalculator(page, 1, 'MD5');
  await expect(tool.locator('.cb-replay')).toContainText('Resurs itself calls only public https://');
  await tool
    .getByLabel('URI template (as registered)')
    .fill('https://shop.example.com/cb?paymentId={paymentId}&digest={digest}');
  await expect(tool.locator('[data-replay-event="BOOKED"]')).toContainText('https://shop.example.com/cb?paymentId=');
  await expect(tool.locator('.cb-replay')).not.toContainText('Resurs itself calls only public https://');
  await tool.getByLabel('URI template (as registered)').fill('file:///etc/passwd?{digest}');
  await expect(tool.locator('[data-replay-error]')).toContainText('http:// or https://');
  await expect(tool.locator('[data-replay-event]')).toHaveCount(0);
});
