// Every page an anonymous visitor or a person of each role can reach, in Finnish and
// Swedish, passes axe-core (WCAG 2.0/2.1 A and AA) and the Nu HTML Checker, and reflows
// (WCAG 2.1 1.4.10): at 1280 and at 320 CSS px nothing overflows its box or the window.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { axeViolations, login, reflowViolations, startBrowser, startJohto, vnuErrors } from './harness.mjs';

/** Pages visited at the most for one identity in one language. */
const MAX_PAGES = 70;
/** Pages of one pattern visited at the most: every template is checked, not every row. */
const PER_PATTERN = 4;
const WORDS = new Set(['edit', 'parts', 'history', 'text', 'new', 'organisations', 'people', 'requests', 'password', 'account',
  'tasks', 'works', 'grid', 'assessment', 'summary', 'evaluation', 'surveys', 'rounds', 'answer', 'results', 'queue',
  'certificates', 'certificate', 'ekj-report', 'mine', 'report', 'sparring', 'applications', 'allocation', 'decision', 'apply']);

/** `/fi/academy/etajohtaminen/12?lang=sv` → `/fi/academy/*` + `/N?lang` */
function pattern(href) {
  const [path, query] = href.split('?');
  const segments = path.split('/').map((seg, i) => {
    if (/\d/.test(seg)) return 'N';
    if (i >= 3 && !WORDS.has(seg)) return '*';
    return seg;
  });
  return `${segments.join('/')}${query ? `?${query.split('=')[0]}` : ''}`;
}

const IDENTITIES = [
  ['anonymous', null],
  ['manager', 'manager'],
  ['hr_developer', 'hr-developer'],
  ['content_editor', 'content-editor'],
  ['coordinator', 'coordinator'],
  ['coach', 'coach'],
  ['evaluator', 'evaluator'],
  ['certifier', 'certifier'],
  ['administrator', 'administrator'],
];
/** Deep pages that a role works in, visited early so the crawl surely reaches them. */
const WORKPLACES = {
  // The demo's sparring round of 2018 is the first it makes: its board, decision and report.
  coordinator: ['/coaching/EKJ4/tasks', '/coaching/EKJ4/tasks/grid', '/sparring', '/sparring/new',
    '/sparring/1/allocation', '/sparring/1/decision', '/sparring/1/report', '/events/new',
    '/events?region=pohjanmaa', '/solutions/moderation', '/solutions/campaigns/new',
    '/solutions/moderation?state=hidden', '/newsletters/manage', '/newsletters/new',
    '/newsletters/subscribers', '/newsletters/1/edit', '/newsletters/22/edit', '/newsletters/1/preview/sv',
    '/statistics?from=2017&to=2018&organisation=3&group=1'],
  // A list narrowed in two facets, with its choices to take away.
  anonymous: ['/solutions?sector=education&sector=culture&year=2018', '/solutions?q=ty%C3%B6hyvinvointi&sort=relevance',
    '/newsletters', '/newsletters/1', '/newsletters/unsubscribe/not-a-secret', '/privacy',
    // Past years are public; this year's figures are refused beside the field.
    '/statistics?from=2018', '/statistics?from=2099'],
  // The demo's course ahead, in Tampere.
  manager: ['/events?region=pirkanmaa', '/solutions/new', '/solutions/mine', '/profile/data'],
  hr_developer: ['/sparring', '/statistics?from=2018'],
  coach: ['/coaching/queue', '/coaching/EKJ4/tasks'],
  evaluator: ['/evaluation'],
  certifier: ['/certificates', '/coaching/EKJ3/certificates'],
  administrator: ['/admin/audit?subject=manager.fi%40espoo.example', '/admin/sso', '/admin/erasure', '/admin/erasure/1'],
};
const DOMAIN = {
  manager: 'espoo.example', 'hr-developer': 'espoo.example', 'content-editor': 'kt.example',
  coordinator: 'kt.example', coach: 'fcg.example', evaluator: 'keva.example',
  certifier: 'kuntaliitto.example', administrator: 'kt.example',
};

describe('accessibility and valid HTML of every reachable page', () => {
  let johto;
  let browser;
  const htmlDir = mkdtempSync(join(tmpdir(), 'johto-vnu-'));
  const checked = new Map(); // file -> "identity lang path"
  let axePages = 0;
  let reflowPages = 0;

  before(async () => {
    johto = await startJohto();
    browser = await startBrowser();
  });

  after(async () => {
    await browser?.close();
    await johto?.stop();
    rmSync(htmlDir, { recursive: true, force: true });
  });

  async function check(page, response, label, violations) {
    const html = await response.text();
    const file = join(htmlDir, `page-${checked.size}.html`);
    writeFileSync(file, html);
    checked.set(file, label);
    violations.push(...await axeViolations(page, label));
    axePages += 1;
    await reflows(page, label, violations);
  }

  async function reflows(page, label, violations) {
    violations.push(...await reflowViolations(page, label));
    reflowPages += 1;
  }

  for (const [identity, role] of IDENTITIES) {
    for (const lang of ['fi', 'sv']) {
      it(`${identity} in ${lang}`, async () => {
        const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 720 } });
        const page = await context.newPage();
        if (role) await login(page, johto.base, `${role}.${lang}@${DOMAIN[role]}`, lang);
        const violations = [];
        // Pages reached through a form rather than a link start the queue too.
        const queue = role ? [`/${lang}/`, `/${lang}/search?q=${lang === 'sv' ? 'teamet' : 'tiimin'}`] : [`/${lang}/`];
        queue.push(...(WORKPLACES[role ?? 'anonymous'] ?? []).map((p) => `/${lang}${p}`));
        const seen = new Set(queue);
        const perPattern = new Map();
        let visited = 0;
        while (queue.length > 0 && visited < MAX_PAGES) {
          const path = queue.shift();
          visited += 1;
          const response = await page.goto(`${johto.base}${path}`);
          if (process.env.CRAWL_LOG) console.log(`# visited ${identity} ${lang} ${path}`);
          assert.ok(response.status() < 500, `${path} answered ${response.status()}`);
          // A link to a document (a certificate's PDF) opens it, which is no page of ours.
          if (!(response.headers()['content-type'] ?? '').startsWith('text/html')) continue;
          await check(page, response, `${identity} ${lang} ${path}`, violations);
          // Links that download a file (calendars, CSV) lead to no page.
          const links = await page.$$eval('a[href]:not([download])', (as) => as.map((a) => a.getAttribute('href')));
          for (const href of links) {
            if (!href.startsWith(`/${lang}/`) || seen.has(href)) continue;
            seen.add(href);
            const key = pattern(href);
            const count = perPattern.get(key) ?? 0;
            if (count >= PER_PATTERN) continue;
            perPattern.set(key, count + 1);
            queue.push(href);
          }
        }
        // A form shown again with errors is a page of its own.
        if (!role) {
          const r = await page.goto(`${johto.base}/${lang}/account/request`);
          assert.ok(r.ok());
          await page.getByRole('button', { name: lang === 'sv' ? 'Skicka begäran' : 'Lähetä pyyntö' }).click();
          await page.locator('.error-summary').waitFor();
          const html = await page.content();
          const file = join(htmlDir, `page-${checked.size}.html`);
          writeFileSync(file, `<!DOCTYPE html>\n${html.replace(/^<!DOCTYPE html>/i, '')}`);
          checked.set(file, `${identity} ${lang} request form with errors`);
          violations.push(...await axeViolations(page, `${identity} ${lang} form errors`));
          axePages += 1;
          await reflows(page, `${identity} ${lang} request form with errors`, violations);
        }
        await context.close();
        assert.deepEqual(violations, [], violations.join('\n'));
      });
    }
  }

  it('the Nu HTML Checker finds no errors in any of those pages', () => {
    assert.ok(checked.size > 30, `only ${checked.size} pages were collected`);
    const errors = vnuErrors(checked);
    console.log(`# axe-core checked ${axePages} pages; vnu checked ${checked.size} pages; reflow checked ${reflowPages} pages at 1280 and 320 px`);
    assert.deepEqual(errors, [], errors.join('\n'));
  });
});
