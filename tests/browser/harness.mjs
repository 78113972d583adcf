// Starts johto on a throwaway database and Debian's chromium, for the browser tests.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const DEMO_PASSWORD = 'johto-demo-2026';
const ROOT = resolve(import.meta.dirname, '..', '..');

async function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

/** Starts `johto serve` on a fresh data folder; resolves when it answers /readyz. */
export async function startJohto() {
  const bin = process.env.JOHTO_BIN ?? join(ROOT, 'target', 'debug', 'johto');
  const data = mkdtempSync(join(tmpdir(), 'johto-browser-'));
  const port = await freePort();
  // The embedded SQLite default, with its demo data, whatever the caller's environment.
  const base = `http://127.0.0.1:${port}`;
  // Its own address, for the links it writes and the identity provider's answers.
  const env = { ...process.env, JOHTO_LOG: 'warn', JOHTO_PUBLIC_URL: base };
  delete env.JOHTO_DATABASE_URL;
  const child = spawn(bin, ['serve', '--bind', `127.0.0.1:${port}`, '--data', data], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
  });
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`johto exited early:\n${output}`);
    try {
      const r = await fetch(`${base}/readyz`);
      if (r.ok) break;
    } catch { /* not yet listening */ }
    await new Promise((r) => setTimeout(r, 100));
    if (i === 299) throw new Error(`johto did not become ready:\n${output}`);
  }
  return {
    base,
    data,
    output: () => output,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
      rmSync(data, { recursive: true, force: true });
    },
  };
}

/**
 * A real OpenID Connect provider (npm's oidc-provider, tests/tools/oidc_provider.mjs)
 * whose one client is johto at `base`, with these people to sign in as.
 */
export async function startIdentityProvider(base, clientSecret, accounts) {
  const config = {
    client_id: 'johto',
    client_secret: clientSecret,
    redirect_uris: [`${base}/oidc/callback`],
    post_logout_redirect_uris: [`${base}/fi/`, `${base}/sv/`],
    accounts,
  };
  const child = spawn(process.execPath, [join(ROOT, 'tests', 'tools', 'oidc_provider.mjs'), JSON.stringify(config)], {
    stdio: ['pipe', 'pipe', 'ignore'],
  });
  const issuer = await new Promise((ok, fail) => {
    let text = '';
    child.stdout.on('data', (d) => {
      text += d;
      if (text.includes('\n')) ok(JSON.parse(text.split('\n')[0]).issuer);
    });
    child.once('exit', (code) => fail(new Error(`the identity provider exited: ${code}`)));
  });
  return {
    issuer,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r() : child.once('exit', r)));
    },
  };
}

/** Debian's chromium, headless, never a downloaded browser. */
export async function startBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/** Logs a page in through the login form, as a person would. */
export async function login(page, base, email, lang = 'fi') {
  await page.goto(`${base}/${lang}/login`);
  await page.getByLabel(lang === 'sv' ? 'E-post' : 'Sähköposti', { exact: true }).fill(email);
  await page.getByLabel(lang === 'sv' ? 'Lösenord' : 'Salasana', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: lang === 'sv' ? 'Logga in' : 'Kirjaudu', exact: true }).click();
  await page.waitForURL(`${base}/${lang}/`);
}

/**
 * What overflows on the page as it is laid out now (WCAG 2.1 1.4.10 Reflow): the page
 * wider than the window, or a heading, paragraph, list item, table cell, label or
 * other block whose text does not fit in its box. A region that scrolls on its own
 * (`overflow-x: auto`, such as a wide table's) holds its overflow and is not counted.
 */
export async function overflows(page) {
  return page.evaluate(() => {
    const found = [];
    const root = document.documentElement;
    const width = root.clientWidth;
    if (root.scrollWidth > width + 1) found.push(`the page is ${root.scrollWidth}px wide in a ${width}px window`);
    const scrolls = (el) => {
      for (let at = el.parentElement; at; at = at.parentElement) {
        const x = getComputedStyle(at).overflowX;
        if (x === 'auto' || x === 'scroll') return true;
      }
      return false;
    };
    const blocks = 'h1,h2,h3,h4,h5,h6,p,li,td,th,dt,dd,label,legend,figcaption,summary,blockquote,button,.bar,nav ul';
    for (const el of document.querySelectorAll(blocks)) {
      if (el.closest('.visually-hidden') || el.getClientRects().length === 0 || scrolls(el)) continue;
      const box = el.getBoundingClientRect();
      const name = `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} «${(el.textContent ?? '').trim().slice(0, 40)}»`;
      if (el.scrollWidth > el.clientWidth + 1) found.push(`${name} holds ${el.scrollWidth}px in ${el.clientWidth}px`);
      else if (box.right > width + 1) found.push(`${name} reaches ${Math.round(box.right)}px in a ${width}px window`);
    }
    return found;
  });
}

const AXE = readFileSync(resolve(import.meta.dirname, 'node_modules/axe-core/axe.min.js'), 'utf8');
const VNU = resolve(import.meta.dirname, 'node_modules/vnu-jar/build/dist/vnu.jar');

/** What axe-core (WCAG 2.0/2.1 A and AA) finds on the page as it is now. */
export async function axeViolations(page, label) {
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(async () =>
    // eslint-disable-next-line no-undef
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  return result.violations.map((v) =>
    `${label}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** What overflows on the page at 1280 and at 320 CSS px (then back to 1280). */
export async function reflowViolations(page, label) {
  const found = [];
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 720 });
    for (const o of await overflows(page)) found.push(`${label} at ${width}px: ${o}`);
  }
  await page.setViewportSize({ width: 1280, height: 720 });
  return found;
}

/** The Nu HTML Checker's errors in these files (a map of file to label). */
export function vnuErrors(files) {
  let output;
  try {
    output = execFileSync('java', ['-jar', VNU, '--format', 'json', '--errors-only', ...files.keys()], {
      encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024,
    });
  } catch (e) {
    output = e.stderr || e.stdout;
  }
  const messages = output.trim() ? JSON.parse(output).messages : [];
  return messages
    .filter((m) => m.type === 'error')
    .map((m) => `${files.get(decodeURIComponent(m.url.replace('file:', '')))}: ${m.message} «${m.extract ?? ''}»`);
}
