// People using johto in a real browser.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  axeViolations, login, reflowViolations, startBrowser, startIdentityProvider, startJohto, vnuErrors,
} from './harness.mjs';

describe('stories in chromium', () => {
  let johto;
  let browser;

  before(async () => {
    johto = await startJohto();
    browser = await startBrowser();
  });

  after(async () => {
    await browser?.close();
    await johto?.stop();
  });

  it('a manager logs in, sees their start page and logs out', async () => {
    const page = await browser.newPage();
    await login(page, johto.base, 'manager.fi@espoo.example');
    assert.equal(await page.locator('h1').textContent(), 'Hei, Maija Mäkinen!');
    assert.equal(await page.getAttribute('html', 'lang'), 'fi');
    await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
    await page.waitForURL(`${johto.base}/fi/`);
    assert.equal(await page.locator('h1').textContent(), 'Johtamisen kehittämisen palvelu kunta-alalle');
    await page.close();
  });

  it('a wrong password shows a message beside the field and keeps the e-mail', async () => {
    const page = await browser.newPage();
    await page.goto(`${johto.base}/sv/login`);
    await page.getByLabel('E-post', { exact: true }).fill('manager.sv@espoo.example');
    await page.getByLabel('Lösenord', { exact: true }).fill('not the password');
    await page.getByRole('button', { name: 'Logga in', exact: true }).click();
    await page.locator('.error-summary').waitFor();
    assert.match(await page.locator('#email-error').textContent(), /E-postadressen eller lösenordet är fel/);
    assert.equal(await page.getByLabel('E-post', { exact: true }).inputValue(), 'manager.sv@espoo.example');
    assert.equal(await page.getByLabel('Lösenord', { exact: true }).inputValue(), '');
    await page.close();
  });

  it('a newcomer asks for an account and the HR developer approves it', async () => {
    const page = await browser.newPage();
    await page.goto(`${johto.base}/sv/account/request`);
    await page.getByLabel('Namn', { exact: true }).fill('Ebba Ek');
    await page.getByLabel('E-post i arbetet').fill('ebba.ek@espoo.example');
    await page.getByLabel('Organisation').selectOption({ label: 'Esbo stad' });
    await page.getByRole('button', { name: 'Skicka begäran' }).click();
    await page.getByText('Tack! Din begäran har tagits emot.').waitFor();

    const hr = await browser.newPage();
    await login(hr, johto.base, 'hr-developer.sv@espoo.example', 'sv');
    await hr.getByRole('link', { name: 'Begäranden om användarkonto' }).first().click();
    await hr.getByRole('button', { name: 'Godkänn: Ebba Ek' }).click();
    await hr.getByText('Begäran har godkänts.').waitFor();
    assert.equal(await hr.getByRole('button', { name: 'Godkänn: Ebba Ek' }).count(), 0);
    await hr.close();
    await page.close();
  });

  it('the language switch keeps the reader on the same page', async () => {
    const page = await browser.newPage();
    await page.goto(`${johto.base}/fi/accessibility`);
    await page.getByRole('link', { name: 'På svenska' }).click();
    await page.waitForURL(`${johto.base}/sv/accessibility`);
    assert.equal(await page.getAttribute('html', 'lang'), 'sv');
    assert.equal(await page.locator('h1').textContent(), 'Tillgänglighetsutlåtande');
    await page.close();
  });

  it('a manager watches a video, fills in a checklist tool, finishes a part and sees progress', async () => {
    const page = await browser.newPage();
    await login(page, johto.base, 'manager.sv@espoo.example', 'sv');
    await page.getByRole('link', { name: 'Akademin' }).click();
    await page.getByRole('link', { name: 'Samspel' }).click();
    await page.getByRole('link', { name: 'Att ta upp saker' }).click();
    const video = page.locator('video');
    await video.waitFor();
    assert.equal(await page.locator('video track[kind="captions"]').count(), 1);
    const cues = await page.evaluate(async () => {
      const track = document.querySelector('video').textTracks[0];
      track.mode = 'hidden';
      for (let i = 0; i < 50 && (!track.cues || track.cues.length === 0); i++) {
        await new Promise((r) => setTimeout(r, 100));
      }
      return track.cues ? Array.from(track.cues).map((c) => c.text) : [];
    });
    assert.ok(cues[0]?.startsWith('En svår sak blir inte lättare'), `captions loaded: ${JSON.stringify(cues)}`);
    assert.ok(await page.getByText('Beskriv handlingar, inte personen.').first().isVisible());
    await page.getByRole('button', { name: 'Markera som slutförd' }).click();
    await page.getByText('Delen har markerats som slutförd.').waitFor();
    assert.equal(await page.locator('h1').textContent(), 'Förbered ett responssamtal');
    await page.getByLabel('Jag är beredd att lyssna').check();
    await page.getByLabel('Egna anteckningar').fill('Samtal på torsdag.');
    await page.getByRole('button', { name: 'Spara svaren' }).click();
    await page.getByText('Dina svar har sparats.').waitFor();
    assert.ok(await page.getByLabel('Jag är beredd att lyssna').isChecked());
    assert.equal(await page.getByLabel('Egna anteckningar').inputValue(), 'Samtal på torsdag.');
    assert.ok(await page.getByRole('button', { name: 'Skriv ut' }).isVisible(), 'the print button appears with JavaScript');
    await page.getByRole('link', { name: 'Samspel' }).click();
    assert.equal(await page.locator('ol.parts li').first().locator('.meta').textContent().then((t) => t.includes('Slutförd')), true);
    await page.getByRole('link', { name: 'Akademin' }).first().click();
    await page.getByText('Du har slutfört en del.').first().waitFor();
    await page.close();
  });

  it('an editor creates a theme in Finnish and Swedish and publishes it', async () => {
    const page = await browser.newPage();
    await login(page, johto.base, 'content-editor.fi@kt.example', 'fi');
    await page.getByRole('link', { name: 'Akatemian sisällöt' }).click();
    await page.getByLabel('Otsikko').fill('Palautuminen');
    await page.getByLabel('Tiivistelmä').fill('Lepo ja palautuminen työpäivän aikana.');
    await page.getByRole('button', { name: 'Luo teema' }).click();
    await page.getByText('Teema on luotu luonnokseksi.').waitFor();
    await page.getByLabel('Osan tyyppi').selectOption('theory');
    await page.getByLabel('Otsikko').last().fill('Mikrotauot');
    await page.getByLabel('Kesto minuutteina').fill('2');
    await page.getByRole('button', { name: 'Lisää osa' }).click();
    await page.getByText('Osa on lisätty.').waitFor();
    await page.getByLabel('Teksti', { exact: true }).fill('Lyhyt tauko tunnin välein auttaa jaksamaan.');
    await page.getByRole('button', { name: 'Tallenna', exact: true }).first().click();
    await page.getByText('Muutokset on tallennettu.').waitFor();
    // In Swedish, beside the Finnish original.
    await page.getByRole('link', { name: 'ruotsi' }).click();
    assert.ok(await page.getByText('Lyhyt tauko tunnin välein auttaa jaksamaan.').isVisible());
    await page.getByLabel('Otsikko').fill('Mikropauser');
    await page.getByLabel('Teksti', { exact: true }).fill('En kort paus varje timme hjälper en att orka.');
    await page.getByRole('button', { name: 'Tallenna', exact: true }).first().click();
    await page.getByText('Muutokset on tallennettu.').waitFor();
    await page.getByRole('link', { name: 'Palautuminen' }).click();
    await page.getByRole('button', { name: 'Julkaise' }).click();
    await page.getByText('Teemaa ei voi vielä julkaista').waitFor();
    await page.getByRole('link', { name: 'ruotsi' }).click();
    await page.getByLabel('Otsikko').first().fill('Återhämtning');
    await page.getByLabel('Tiivistelmä').fill('Vila och återhämtning under arbetsdagen.');
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    await page.getByText('Muutokset on tallennettu.').waitFor();
    await page.getByRole('button', { name: 'Julkaise' }).click();
    await page.getByText('Teema on julkaistu.').waitFor();

    const reader = await browser.newPage();
    await login(reader, johto.base, 'manager.sv@espoo.example', 'sv');
    await reader.goto(`${johto.base}/sv/academy`);
    await reader.getByRole('link', { name: 'Återhämtning' }).click();
    await reader.getByRole('link', { name: 'Mikropauser' }).click();
    assert.ok(await reader.getByText('En kort paus varje timme hjälper en att orka.').isVisible());
    await reader.close();
    await page.close();
  });

  it('an editor attaches a worksheet to a tool and a manager downloads it', async () => {
    const page = await browser.newPage();
    await login(page, johto.base, 'content-editor.sv@kt.example', 'sv');
    await page.goto(`${johto.base}/sv/academy/edit`);
    await page.getByRole('link', { name: 'Samspel' }).first().click();
    await page.getByRole('link', { name: 'Förbered ett responssamtal' }).click();
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< >>\n%%EOF\n');
    await page.getByLabel('Välj fil').setInputFiles({ name: 'Arbetsblad.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByRole('button', { name: 'Skicka filen' }).click();
    await page.getByText('Filen har sparats i delen.').waitFor();
    // A file whose content is not what its name says is refused beside the field.
    await page.getByLabel('Välj fil').setInputFiles({ name: 'virus.pdf', mimeType: 'application/pdf', buffer: Buffer.from('MZ\x90\x00 not a pdf') });
    await page.getByRole('button', { name: 'Skicka filen' }).click();
    assert.match(await page.locator('#file-error').textContent(), /Filens innehåll är inte av en tillåten typ/);
    await page.close();

    const reader = await browser.newPage();
    await login(reader, johto.base, 'manager.sv@espoo.example', 'sv');
    await reader.goto(`${johto.base}/sv/academy/vuorovaikutus`);
    await reader.getByRole('link', { name: 'Förbered ett responssamtal' }).click();
    const [download] = await Promise.all([
      reader.waitForEvent('download'),
      reader.getByRole('link', { name: /Ladda ner filen: Arbetsblad.pdf/ }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'Arbetsblad.pdf');
    await reader.close();
  });

  it('a manager in the queue of a full workshop gets the seat when the first cancels', async () => {
    const waiting = await browser.newPage();
    await login(waiting, johto.base, 'manager.sv@espoo.example', 'sv');
    await waiting.goto(`${johto.base}/sv/events`);
    await waiting.getByRole('link', { name: 'Workshop: återkopplingssamtal som övning' }).click();
    await waiting.getByText('Du står i kö på plats 1.').first().waitFor();
    assert.ok(await waiting.getByText('Länken visas för anmälda med bekräftad plats.').isVisible());

    const first = await browser.newPage();
    await login(first, johto.base, 'manager.fi@espoo.example', 'fi');
    await first.goto(`${johto.base}/fi/events`);
    await first.getByRole('link', { name: 'Työpaja: palautekeskustelu harjoituksena' }).click();
    await first.getByRole('button', { name: 'Peru ilmoittautuminen' }).click();
    await first.getByText('Ilmoittautumisesi on peruttu.').waitFor();
    await first.close();

    await waiting.reload();
    await waiting.getByText('Du är anmäld. Din plats är bekräftad.').first().waitFor();
    assert.ok(await waiting.getByRole('link', { name: 'https://webinar.example/johto/tyopaja' }).isVisible());
    await waiting.close();
  });

  it('a coordinator creates an event in Finnish and Swedish and a manager registers', async () => {
    const page = await browser.newPage();
    await login(page, johto.base, 'coordinator.fi@kt.example', 'fi');
    await page.goto(`${johto.base}/fi/events`);
    await page.getByRole('link', { name: 'Uusi tapahtuma' }).click();
    await page.getByLabel('Tapahtuman tyyppi').selectOption('brunch');
    await page.locator('#title_fi').fill('Työelämäbrunssi: hybridityö');
    await page.locator('#title_sv').fill('Arbetslivsbrunch: hybridarbete');
    await page.getByLabel('Päivämäärä').first().fill('2031-05-20');
    const when = page.getByRole('group', { name: /^Aika/ });
    await when.getByLabel('Alkaa').fill('09:00');
    await when.getByLabel('Päättyy').fill('10:30');
    await page.getByLabel('Paikka', { exact: true }).fill('Kuntatalo, Helsinki');
    await page.getByLabel('Paikkoja').fill('40');
    await page.getByRole('button', { name: 'Tallenna' }).click();
    await page.getByText('Tapahtuma on luotu luonnokseksi.').waitFor();
    await page.getByRole('button', { name: 'Julkaise tapahtuma' }).click();
    await page.getByText('Tapahtuma on julkaistu.').waitFor();
    await page.close();

    const reader = await browser.newPage();
    await login(reader, johto.base, 'manager.sv@espoo.example', 'sv');
    await reader.goto(`${johto.base}/sv/events`);
    await reader.getByRole('link', { name: 'Arbetslivsbrunch: hybridarbete' }).click();
    assert.ok(await reader.getByText('20.5.2031 09.00–10.30').isVisible());
    await reader.getByRole('button', { name: 'Anmäl dig' }).click();
    await reader.getByText('Din anmälan är bekräftad.').waitFor();
    await reader.close();
  });

  it('a coordinator creates a cohort and its forum in Swedish and a participant registers from My programme', async () => {
    const page = await browser.newPage();
    await login(page, johto.base, 'coordinator.sv@kt.example', 'sv');
    await page.goto(`${johto.base}/sv/coaching`);
    await page.getByRole('link', { name: 'Ny coachningsgrupp' }).click();
    await page.getByLabel('Kod').fill('EKJ6');
    await page.locator('#name_fi').fill('EKJ-johtamisvalmennus 6');
    await page.locator('#name_sv').fill('EKJ-ledarskapscoachning 6');
    await page.getByLabel('Börjar').fill('2031-11-01');
    await page.getByLabel('Slutar').fill('2032-10-31');
    await page.getByRole('button', { name: 'Skapa coachningsgruppen' }).click();
    await page.getByText('Coachningsgruppen har skapats.').waitFor();
    assert.equal(await page.locator('h1').textContent(), 'EKJ6: EKJ-ledarskapscoachning 6');
    await page.getByRole('link', { name: 'Nytt ledarskapsforum' }).click();
    await page.locator('#title_fi').fill('Tulevaisuuden palvelut ja johtajuus');
    await page.locator('#title_sv').fill('Framtida tjänster och ledarskap');
    await page.getByLabel('Datum').fill('2031-12-03');
    await page.getByLabel('Börjar').fill('09:00');
    await page.getByLabel('Slutar').fill('15:30');
    await page.getByLabel('Plats', { exact: true }).fill('Kommunernas hus, Helsingfors');
    await page.getByLabel('Föreläsare').fill('Aino Lehtinen, Tampereen yliopisto');
    await page.getByRole('button', { name: 'Skapa ledarskapsforumet' }).click();
    await page.getByText('Ledarskapsforumet har skapats som utkast.').waitFor();
    await page.goto(`${johto.base}/fi/coaching/EKJ6`);
    assert.ok(await page.getByRole('link', { name: 'Tulevaisuuden palvelut ja johtajuus' }).isVisible());
    await page.close();

    const participant = await browser.newPage();
    await login(participant, johto.base, 'manager.sv@espoo.example', 'sv');
    await participant.getByRole('link', { name: 'Min coachning' }).first().click();
    await participant.getByRole('heading', { name: 'Nästa ledarskapsforum' }).waitFor();
    await participant.getByRole('button', { name: 'Anmäl dig' }).click();
    await participant.getByText('Din anmälan är bekräftad.').waitFor();
    await participant.goto(`${johto.base}/sv/programme`);
    await participant.getByText('Du har anmält dig.').waitFor();
    await participant.close();
  });

  it('a manager downloads an event for the calendar and subscribes to a personal feed', async () => {
    const page = await browser.newPage();
    await login(page, johto.base, 'manager.fi@espoo.example', 'fi');
    await page.goto(`${johto.base}/fi/events`);
    await page.getByRole('link', { name: 'Julkaisuwebinaari: Sisäinen viestintä' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Lisää kalenteriin (ICS)' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'johto-event.ics');
    const ics = readFileSync(await download.path(), 'utf8');
    assert.match(ics, /^BEGIN:VCALENDAR/);
    assert.match(ics, /SUMMARY:Julkaisuwebinaari: Sisäinen viestintä/);

    await page.goto(`${johto.base}/fi/events`);
    await page.getByRole('button', { name: 'Luo syötteen osoite' }).click();
    const address = await page.getByLabel('Syötteen osoite').inputValue();
    // A calendar program fetches the secret address without a session.
    const path = new URL(address).pathname;
    const feed = await fetch(`${johto.base}${path}`);
    assert.equal(feed.status, 200);
    assert.match(await feed.text(), /SUMMARY:Julkaisuwebinaari: Sisäinen viestintä/);
    await page.getByRole('button', { name: 'Uusi syötteen osoite' }).click();
    assert.notEqual(await page.getByLabel('Syötteen osoite').inputValue(), address);
    assert.equal((await fetch(`${johto.base}${path}`)).status, 404, 'renewing ends the old address');
    await page.close();
  });

  it('a coordinator downloads the registrations as CSV and shares the slides with those who had a seat', async () => {
    const page = await browser.newPage();
    await login(page, johto.base, 'coordinator.fi@kt.example', 'fi');
    await page.goto(`${johto.base}/fi/events`);
    await page.getByRole('link', { name: 'Julkaisuwebinaari: Sisäinen viestintä' }).click();
    await page.getByRole('link', { name: 'Ilmoittautuneet' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Lataa luettelo (CSV)' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'registrations.csv');
    const lines = readFileSync(await download.path(), 'utf8').trim().split(/\r?\n/);
    assert.match(lines[0], /^Nimi,Sähköposti,Tila/);
    assert.ok(lines.some((l) => l.startsWith('Maija Mäkinen,manager.fi@espoo.example,Vahvistettu')), lines.join('\n'));

    await page.goBack();
    await page.getByRole('link', { name: 'Tallenne ja materiaalit' }).click();
    await page.getByLabel('Nimi').fill('Diat');
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< >>\n%%EOF\n');
    await page.getByLabel('Tiedosto').setInputFiles({ name: 'diat.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByRole('button', { name: 'Lisää materiaali' }).click();
    await page.getByText('Materiaali on lisätty.').waitFor();
    await page.close();

    const seated = await browser.newPage();
    await login(seated, johto.base, 'manager.fi@espoo.example', 'fi');
    await seated.goto(`${johto.base}/fi/events`);
    await seated.getByRole('link', { name: 'Julkaisuwebinaari: Sisäinen viestintä' }).click();
    const [slides] = await Promise.all([
      seated.waitForEvent('download'),
      seated.getByRole('link', { name: 'Diat' }).click(),
    ]);
    assert.equal(slides.suggestedFilename(), 'diat.pdf');
    await seated.close();
  });

  it('a peer group hands in its task with a file, the coach approves it from the queue, and a participant assesses their leadership in Swedish', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< >>\n%%EOF\n');
    const page = await browser.newPage();
    await login(page, johto.base, 'manager.fi@espoo.example', 'fi');
    await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Oma valmennukseni' }).click();
    await page.getByRole('link', { name: 'Vertaisryhmän tehtävä: hankkeiden tilannekuva' }).click();
    assert.equal(await page.getByLabel('Työ', { exact: true }).inputValue() !== '', true, 'the group\'s draft is there');
    await page.getByLabel('Lisää tiedosto').setInputFiles({ name: 'tilannekuva.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.getByRole('button', { name: 'Palauta', exact: true }).click();
    await page.getByText('Työ on palautettu valmentajalle.').waitFor();
    assert.ok(await page.getByRole('link', { name: 'tilannekuva.pdf' }).count() > 0);

    const coach = await browser.newPage();
    await login(coach, johto.base, 'coach.fi@fcg.example', 'fi');
    await coach.getByRole('link', { name: 'Palautettavat' }).click();
    await coach.locator('tr', { hasText: 'hankkeiden tilannekuva' }).getByRole('link').first().click();
    await coach.getByLabel('Palaute', { exact: true }).fill('Selkeä tilannekuva, hyvä työnjako.');
    await coach.getByLabel('Hyväksytty').check();
    await coach.getByRole('button', { name: 'Lähetä palaute' }).click();
    await coach.getByText('Palaute on annettu').waitFor();
    await coach.close();

    await page.reload();
    await page.getByText('Selkeä tilannekuva, hyvä työnjako.').waitFor();
    assert.match(await page.locator('.state').first().textContent(), /Hyväksytty/);
    await page.close();

    const sv = await browser.newPage();
    await login(sv, johto.base, 'manager.sv@espoo.example', 'sv');
    await sv.goto(`${johto.base}/sv/coaching/EKJ4/assessment`);
    await sv.getByRole('link', { name: 'Ändra svaren' }).first().click();
    const statements = sv.locator('fieldset.statement');
    const count = await statements.count();
    assert.equal(count, 18);
    for (let i = 0; i < count; i++) await statements.nth(i).getByLabel('4', { exact: true }).check();
    await sv.getByLabel('Kommentar (frivillig)').first().fill('Kunderna hörs ännu för lite.');
    await sv.getByRole('button', { name: 'Spara värderingen' }).click();
    await sv.getByText('Självvärderingen har sparats.').waitFor();
    assert.ok(await sv.getByText('Kunderna hörs ännu för lite.').count() > 0);
    await sv.close();
  });

  it('the certifier grants the certificates of those who meet the criteria, and anyone checks one in Finnish and Swedish', async () => {
    const coordinator = await browser.newPage();
    await login(coordinator, johto.base, 'coordinator.fi@kt.example', 'fi');
    await coordinator.goto(`${johto.base}/fi/coaching/EKJ4/certificates`);
    await coordinator.getByLabel('Johtamisfoorumeja vähintään').fill('1');
    for (const label of ['Kaikki välitehtävät hyväksytty', 'Sertifikaattityö hyväksytty', 'Alku- ja loppuitsearviointi tehty', 'Oma organisaatio mukana kehittävässä arvioinnissa']) {
      await coordinator.getByLabel(label).uncheck();
    }
    await coordinator.getByRole('button', { name: 'Tallenna ehdot' }).click();
    await coordinator.getByText('Ehdot on tallennettu.').waitFor();
    await coordinator.close();

    const certifier = await browser.newPage();
    await login(certifier, johto.base, 'certifier.fi@kuntaliitto.example', 'fi');
    await certifier.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Sertifikaatit' }).click();
    // Other stories make cohorts of their own: EKJ4's section is the one with its heading.
    await certifier.getByRole('region', { name: /^EKJ4:/ }).getByRole('link', { name: 'Sertifikaattien ehdot ja myöntäminen' }).click();
    assert.match(await certifier.url(), /EKJ4\/certificates$/);
    await certifier.getByLabel('Myöntämispäivä').fill('2026-12-03');
    await certifier.getByRole('button', { name: 'Myönnä kaikille ehdot täyttäville' }).click();
    await certifier.getByText('Sertifikaatit on myönnetty').waitFor();
    const code = (await certifier.locator('td a').first().textContent()).trim();
    assert.match(code, /^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await certifier.close();

    const anyone = await browser.newPage();
    await anyone.goto(`${johto.base}/fi/`);
    await anyone.getByLabel('Tunniste').fill(code.toLowerCase());
    await anyone.getByRole('button', { name: 'Tarkista' }).click();
    await anyone.getByText('Voimassa').waitFor();
    assert.match(await anyone.locator('dl.facts').textContent(), /EKJ4/);
    await anyone.getByRole('link', { name: 'På svenska' }).click();
    await anyone.getByText('Giltigt').waitFor();
    assert.equal(await anyone.getAttribute('html', 'lang'), 'sv');
    const pdf = await fetch(`${johto.base}/sv/certificates/${code}.pdf`);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    await anyone.close();
  });

  it('an HR developer applies for sparring, a reviewer scores, and the coordinator closes the round and freezes its decision', async () => {
    const hr = await browser.newPage();
    await login(hr, johto.base, 'hr-developer.fi@espoo.example', 'fi');
    await hr.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Sparraus' }).click();
    await hr.getByRole('link', { name: 'KunTeko-sparraus 2019' }).click();
    const round = new URL(hr.url()).pathname;
    await hr.getByRole('link', { name: 'Hae sparrausta' }).click();
    await hr.getByLabel('Mitä haluatte kehittää').fill('Kotihoidon tiimien työnjako ja vuorosuunnittelu.');
    await hr.getByLabel('Työpaikka').fill('Espoon kotihoito, Leppävaara');
    await hr.getByLabel('Kehittämiseen osallistuvan henkilöstön määrä').fill('42');
    await hr.getByLabel('2 päivää').check();
    await hr.getByLabel('Yhteyshenkilö', { exact: true }).fill('Helena Hakija');
    await hr.getByLabel('Yhteyshenkilön sähköposti').fill('hr-developer.fi@espoo.example');
    await hr.getByRole('button', { name: 'Lähetä hakemus' }).click();
    await hr.getByText('Hakemus on tallennettu').waitFor();
    const application = new URL(hr.url()).pathname;
    await hr.close();

    const coordinator = await browser.newPage();
    await login(coordinator, johto.base, 'coordinator.fi@kt.example', 'fi');
    await coordinator.goto(`${johto.base}${round}`);
    await coordinator.getByRole('link', { name: 'Espoon kaupunki' }).click();
    assert.equal(new URL(coordinator.url()).pathname, application);
    for (const reviewer of ['coordinator.fi@kt.example', 'coordinator.sv@kt.example']) {
      await coordinator.getByLabel('Arvioijan sähköposti').fill(reviewer);
      await coordinator.getByRole('button', { name: 'Nimeä arvioija' }).click();
      await coordinator.getByText('Arvioija on nimetty.').waitFor();
    }
    const criteria = coordinator.locator('fieldset.statement');
    assert.ok(await criteria.count() > 0, 'the reviewer scores against the rubric');
    for (let i = 0; i < await criteria.count(); i++) await criteria.nth(i).getByRole('radio').nth(4).check();
    await coordinator.getByRole('button', { name: 'Tallenna pisteet' }).click();
    await coordinator.getByText('Arviosi on tallennettu.').waitFor();

    await coordinator.goto(`${johto.base}${round}`);
    const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(new Date());
    const yesterday = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(new Date(Date.now() - 86400000));
    const opens = coordinator.getByRole('group', { name: /Haku alkaa/ });
    await opens.getByLabel('Päivämäärä').fill(yesterday);
    await opens.getByLabel('Kellonaika').fill('00:00');
    const closes = coordinator.getByRole('group', { name: /Haku päättyy/ });
    await closes.getByLabel('Päivämäärä').fill(today);
    await closes.getByLabel('Kellonaika').fill('00:00');
    await coordinator.getByRole('button', { name: 'Tallenna aukiolo' }).click();
    await coordinator.getByText('Hakukierroksen aukiolo on muutettu.').waitFor();
    await coordinator.getByRole('link', { name: 'Jakotaulu' }).click();
    await coordinator.getByRole('button', { name: 'Lukitse päätös' }).click();
    await coordinator.getByText('Päätös on lukittu').waitFor();
    await coordinator.getByText('tulos on sama').waitFor();
    assert.match(await coordinator.locator('table').first().textContent(), /Espoon kaupunki/);
    await coordinator.close();
  });

  it('a visitor narrows the progress arena by facets, a manager submits a solution in Swedish, and the coordinator publishes it', async () => {
    const visitor = await browser.newPage();
    await visitor.goto(`${johto.base}/sv/solutions`);
    const heading = visitor.locator('#results');
    const all = Number((await heading.textContent()).replace(/\D/g, ''));
    // htmx updates the list as a box is ticked, and the address keeps the choice.
    await visitor.getByRole('group', { name: 'Sektor' }).getByLabel(/Kultur och fritid/).check();
    await visitor.waitForURL(/sector=culture/);
    const culture = Number((await visitor.locator('#results').textContent()).replace(/\D/g, ''));
    assert.ok(culture > 0 && culture < all, `${culture} of ${all}`);
    await visitor.getByRole('group', { name: 'Sektor' }).getByLabel(/Fostran och utbildning/).check();
    await visitor.waitForURL(/sector=education/);
    const two = Number((await visitor.locator('#results').textContent()).replace(/\D/g, ''));
    assert.ok(two > culture, 'a second value in one facet widens it');
    await visitor.getByRole('group', { name: 'Tema' }).getByLabel(/Arbetsvälbefinnande/).check();
    await visitor.waitForURL(/topic=wellbeing/);
    const three = Number((await visitor.locator('#results').textContent()).replace(/\D/g, ''));
    assert.ok(three > 0 && three < two, 'a theme narrows the two sectors');
    await visitor.locator('.cards h3 a').first().click();
    await visitor.waitForURL(/\/sv\/solutions\/\d+$/);
    await visitor.getByRole('heading', { name: 'Vad som gjordes' }).waitFor();

    const manager = await browser.newPage();
    await login(manager, johto.base, 'manager.sv@espoo.example', 'sv');
    await manager.goto(`${johto.base}/sv/solutions/new`);
    const swedish = manager.getByRole('group', { name: 'På svenska' });
    await swedish.getByLabel('Rubrik').fill('Gemensamma morgonmöten i hemvården');
    await swedish.getByLabel('Vad problemet var').fill('Informationen nådde inte alla skift.');
    await swedish.getByLabel('Vad som gjordes').fill('Ett kort morgonmöte varje dag klockan åtta.');
    await manager.getByLabel('Sektor').selectOption('social-health');
    await manager.getByLabel('Tema').selectOption('collaboration');
    await manager.getByRole('button', { name: 'Skicka för moderering' }).click();
    await manager.getByText('Lösningen har skickats för moderering.').waitFor();
    const path = new URL(manager.url()).pathname;
    await manager.close();

    const coordinator = await browser.newPage();
    await login(coordinator, johto.base, 'coordinator.fi@kt.example', 'fi');
    await coordinator.goto(`${johto.base}/fi/solutions/moderation`);
    await coordinator.getByRole('link', { name: 'Gemensamma morgonmöten i hemvården' }).click();
    await coordinator.getByRole('button', { name: 'Hyväksy ja julkaise' }).click();
    await coordinator.getByText('Ratkaisun tila on muutettu.').waitFor();
    await coordinator.close();

    await visitor.goto(`${johto.base}/sv/solutions?q=morgonm%C3%B6tet`);
    await visitor.getByRole('link', { name: 'Gemensamma morgonmöten i hemvården' }).click();
    assert.equal(new URL(visitor.url()).pathname, path.replace('/fi/', '/sv/'));
    await visitor.close();
  });

  it('a manager downloads everything johto holds about them', async () => {
    const page = await browser.newPage();
    await login(page, johto.base, 'manager.sv@espoo.example', 'sv');
    await page.goto(`${johto.base}/sv/profile`);
    await page.getByRole('link', { name: 'Se och ladda ner dina uppgifter' }).click();
    await page.getByRole('heading', { name: 'Uppgifter som sparats om dig', level: 1 }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Ladda ner alla mina uppgifter (ZIP)' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'johto-my-data.zip');
    const zip = readFileSync(await download.path());
    assert.equal(zip.subarray(0, 2).toString('latin1'), 'PK', 'a ZIP file');
    assert.ok(zip.includes('users.id.json') && zip.includes('user_roles.user_id.json'), 'the account and roles are in it');
    await page.close();
  });

  it('people sign in through their organisation\'s identity provider, in Finnish and Swedish', async () => {
    const secret = 'selaintestin-salaisuus';
    const idp = await startIdentityProvider(johto.base, secret, {
      maija: { email: 'manager.fi@espoo.example', email_verified: true, name: 'Maija Mäkinen' },
      sv: { email: 'manager.sv@espoo.example', email_verified: true, name: 'Manager SV' },
      vahvistamaton: { email: 'vahvistamaton@espoo.example', email_verified: false, name: 'Vahvistamaton' },
    });
    const htmlDir = mkdtempSync(join(tmpdir(), 'johto-sso-'));
    const pages = new Map();
    const violations = [];
    const inspect = async (page, label) => {
      const file = join(htmlDir, `page-${pages.size}.html`);
      writeFileSync(file, `<!DOCTYPE html>\n${(await page.content()).replace(/^<!DOCTYPE html>/i, '')}`);
      pages.set(file, label);
      violations.push(...await axeViolations(page, label));
      violations.push(...await reflowViolations(page, label));
    };
    try {
      // An administrator adds the provider for Espoo.
      // axe-core is added to the pages as a script of its own: CSP is bypassed for it.
      const adminContext = await browser.newContext({ bypassCSP: true });
      const admin = await adminContext.newPage();
      await login(admin, johto.base, 'administrator.fi@kt.example');
      await admin.goto(`${johto.base}/fi/admin/sso`);
      await admin.getByLabel('Nimi suomeksi').fill('Espoon tunnistus');
      await admin.getByLabel('Nimi ruotsiksi').fill('Esbo identifiering');
      await admin.getByLabel('Myöntäjän osoite (issuer)').fill(idp.issuer);
      await admin.getByLabel('Asiakastunnus (client id)').fill('johto');
      await admin.getByLabel('Asiakassalaisuus (client secret)').fill(secret);
      await admin.getByLabel('Sähköpostin verkkotunnukset').fill('espoo.example');
      await admin.getByLabel('Organisaatiot').selectOption({ label: 'Espoon kaupunki' });
      await admin.getByRole('button', { name: 'Tallenna' }).click();
      await admin.getByText('Tunnistuspalvelu on tallennettu.').waitFor();
      assert.ok(!(await admin.content()).includes(secret), 'the secret is not shown');
      await inspect(admin, 'fi identity providers');
      await adminContext.close();

      for (const [lang, account, greeting, button, logout, endSession] of [
        ['fi', 'Maija Mäkinen', 'Hei, Maija Mäkinen!', 'Kirjaudu: Espoon tunnistus', 'Kirjaudu ulos', 'Kirjaudu ulos myös: Espoon tunnistus'],
        ['sv', 'Manager SV', null, 'Logga in: Esbo identifiering', 'Logga ut', 'Logga ut också från: Esbo identifiering'],
      ]) {
        const context = await browser.newContext({ bypassCSP: true });
        const page = await context.newPage();
        await page.goto(`${johto.base}/${lang}/login`);
        await inspect(page, `${lang} login with a provider`);
        await page.getByRole('link', { name: button }).click();
        await page.getByRole('button', { name: new RegExp(account) }).click();
        await page.waitForURL(`${johto.base}/${lang}/`);
        if (greeting) assert.equal(await page.locator('h1').textContent(), greeting);
        await page.getByRole('button', { name: logout, exact: true }).click();
        const end = page.getByRole('link', { name: endSession });
        await end.waitFor();
        assert.match(await end.getAttribute('href'), /^http:\/\/127\.0\.0\.1:\d+\/session\/end\?id_token_hint=/);
        await inspect(page, `${lang} signed out`);
        // The provider's own sign-out, confirmed on its page, comes back to johto.
        await end.click();
        await page.getByRole('button', { name: /sign me out/i }).click();
        await page.waitForURL(`${johto.base}/${lang}/`);
        // An address the provider does not vouch for is refused on a page of its own.
        await page.goto(`${johto.base}/${lang}/login`);
        await page.getByRole('link', { name: button }).click();
        await page.getByRole('button', { name: /Vahvistamaton/ }).click();
        await page.locator('h1').waitFor();
        await page.waitForURL(/\/oidc\/callback/);
        assert.match(await page.locator('main').textContent(), lang === 'fi' ? /ei vahvistanut/ : /bekräftade inte/);
        await inspect(page, `${lang} refused`);
        await context.close();
      }
      assert.deepEqual(violations, [], violations.join('\n'));
      const errors = vnuErrors(pages);
      assert.deepEqual(errors, [], errors.join('\n'));
    } finally {
      await idp.stop();
      rmSync(htmlDir, { recursive: true, force: true });
    }
  });

  it('the skip link moves focus to the content', async () => {
    const page = await browser.newPage();
    await page.goto(`${johto.base}/fi/`);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Siirry sisältöön');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'main');
    await page.close();
  });
});
