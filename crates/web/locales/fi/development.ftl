# KunTeko: sparraus

nav-sparring = Sparraus
sparring-title = Sparraus
sparring-intro = Työpaikat voivat hakea maksutonta sparrausta, yhden tai kaksi päivää kehittämistyönsä tueksi. Sparraajat on valittu julkisella kilpailutuksella; organisaatio valitsee sparraajansa listalta. Päiviä haetaan kierroksittain, ja hakemuksia on enemmän kuin päiviä voidaan myöntää.
sparring-round-new = Uusi hakukierros
sparring-round-create = Avaa hakukierros
sparring-round-created = Hakukierros on avattu.
sparring-rounds = Hakukierrokset
sparring-no-rounds = Hakukierroksia ei ole vielä.
sparring-status-open = haku auki
sparring-status-closed = haku päättynyt
sparring-status-decided = päätös tehty
sparring-to-review = Arvioitavat hakemukset
sparring-our-applications = Organisaatiomme hakemukset
sparring-our-application = Organisaatiomme hakemus
sparring-application = Hakemus
sparring-application-view = Näytä hakemus
sparring-application-edit = Muokkaa hakemusta
sparring-application-save = Tallenna muutokset
sparring-apply = Hae sparrausta
sparring-apply-send = Lähetä hakemus
sparring-apply-intro = Organisaatio voi jättää kierrokselle yhden hakemuksen, jota voi muokata haun päättymiseen asti. Saat vastaanottokuittauksen sähköpostiin.
sparring-applied = Hakemus on tallennettu, ja kuittaus lähtee sähköpostiin.
sparring-closed = Haku ei ole auki.
sparring-days-asked = Haetut päivät
sparring-days-granted = Myönnetyt päivät
sparring-days-proposed = Päiviä ehdotuksessa
sparring-days-left = Jäljellä
sparring-days-held = Toteutuneet sparrauspäivät
sparring-days-asked-n = { $count ->
    [one] yksi päivä
   *[other] { $count } päivää
}
sparring-days-granted-n = { $count ->
    [one] myönnetty yksi päivä
   *[other] myönnetty { $count } päivää
}
sparring-field-name-fi = Nimi suomeksi
sparring-field-name-sv = Nimi ruotsiksi
sparring-field-pool = Jaettavia päiviä
sparring-hint-pool = Kierroksen koko päivämäärä.
sparring-field-max = Päiviä enintään organisaatiota kohden
sparring-field-opens = Haku alkaa
sparring-field-closes = Haku päättyy
sparring-field-kinds = Ketkä voivat hakea
sparring-field-floors = Alueiden vähimmäispäivät (vapaaehtoinen)
sparring-hint-floors = Rivi kutakin aluetta kohden: alue: päivät, esimerkiksi lappi: 4. Alueet:
sparring-field-sparrers = Sparraajat
sparring-hint-sparrers = Rivi kutakin sparraajaa kohden: nimi; yritys; osaamisalueet.
sparring-field-published = Arvonnan julkaistu arvo
sparring-hint-published = Julkaise arvo ennen haun päättymistä (esimerkiksi verkkosivulla). Tasapisteet ratkaistaan arvonnalla, jonka siemen lasketaan hakemuksista ja tästä arvosta, joten kuka tahansa voi toistaa sen.
sparring-field-contact-name = Yhteyshenkilö
sparring-field-contact-email = Yhteyshenkilön sähköposti
sparring-field-reconsideration = Oikaisuvaatimuksen aika (päivää)
sparring-hint-reconsideration = Tavallisesti 30 päivää päätöksen tiedoksisaannista.
sparring-sparrers = Sparraajat
sparring-no-sparrers = Sparraajia ei ole vielä lisätty.
sparring-rubric = Arviointikriteerit
sparring-no-rubric = Arviointikriteerejä ei ole vielä.
sparring-weight-n = paino { $weight }
sparring-criterion-add = Lisää arviointikriteeri
sparring-criterion-added = Kriteeri on lisätty.
sparring-schedule = Aukiolo
sparring-schedule-save = Tallenna aukiolo
sparring-rescheduled = Hakukierroksen aukiolo on muutettu.
sparring-field-criterion-fi = Kriteeri suomeksi
sparring-field-criterion-sv = Kriteeri ruotsiksi
sparring-field-weight = Paino
sparring-field-anchors-fi = Arvosanojen 1–5 kuvaukset suomeksi
sparring-field-anchors-sv = Arvosanojen 1–5 kuvaukset ruotsiksi
sparring-hint-anchors = Viisi riviä: mitä arvosanat 1, 2, 3, 4 ja 5 tarkoittavat.
sparring-applications = Hakemukset
sparring-applications-n = { $count ->
    [one] Yksi hakemus
   *[other] { $count } hakemusta
}
sparring-no-applications = Hakemuksia ei ole vielä.
sparring-score = Pisteet
sparring-reviewers = Arvioijat
sparring-no-reviewers = Arvioijia ei ole vielä nimetty; jokaisella hakemuksella pitää olla vähintään kaksi.
sparring-field-reviewer = Arvioijan sähköposti
sparring-hint-reviewer = Nimeä jokaiselle hakemukselle vähintään kaksi arvioijaa.
sparring-reviewer-assign = Nimeä arvioija
sparring-reviewer-assigned = Arvioija on nimetty.
sparring-your-review = Arviosi
sparring-field-comment = Kommentti (vapaaehtoinen)
sparring-score-save = Tallenna pisteet
sparring-abstain = Pidättäydyn arvioimasta
sparring-recuse = Olen esteellinen
sparring-hint-review = Pidättäytyminen jättää pisteesi pois keskiarvosta. Esteellisenä et enää näe hakemusta.
sparring-reviewed = Arviosi on tallennettu.
review-status-assigned = odottaa arviota
review-status-scored = arvioitu
review-status-abstained = pidättäytyi
review-status-recused = esteellinen
sparring-board = Jakotaulu
sparring-board-intro = Hakemukset pisteiden mukaan. Tukikelpoiset ja arvioidut hakemukset saavat hakemansa päivät (enintään organisaatiokohtaisen rajan) järjestyksessä, kunnes päivät loppuvat; alueiden vähimmäispäivät jaetaan ensin. Tasapisteet ratkaistaan julkaistun arvon arvonnalla.
sparring-what-if = kokeilu
sparring-what-if-pool = Kokeile toisella päivämäärällä
sparring-what-if-show = Näytä
sparring-threshold = Pienimmät pisteet, joilla myönnettiin päiviä
sparring-seed = Arvonnan siemen
sparring-rank = Sija
sparring-region = Alue
sparring-kind = Organisaation laji
sparring-ineligible = ei tukikelpoinen
sparring-freeze = Lukitse päätös
sparring-freeze-hint = Lukittu päätös tallentaa syötteet, niiden tiivisteen, säännön version, pisteet, siemenen ja tuloksen, varaa päivät ja lähettää jokaiselle hakijalle päätöskirjeen. Päätöstä ei voi lukita kahdesti.
sparring-frozen = Päätös on lukittu, ja päätöskirjeet lähtevät.
sparring-decision = Päätös
sparring-decided-by = Päättäjä
sparring-rule = Jakosääntö
sparring-rule-old = aiempi versio
sparring-inputs-hash = Syötteiden tiiviste
sparring-rerun-same = Sääntö ajettiin uudelleen tallennetuilla syötteillä: tulos on sama.
sparring-rerun-differs = Sääntö ajettiin uudelleen tallennetuilla syötteillä: tulos EI ole sama.
sparring-rerun-explained = Päätös tallensi kaikki syötteensä. Tämä sivu laskee jaon niistä joka kerta uudelleen ja vertaa sitä tallennettuun.
sparring-letter = Päätöskirje
sparring-reconsideration = Oikaisuvaatimus
sparring-field-reconsideration-text = Oikaisuvaatimus ja sen perustelut
sparring-reconsideration-ask = Lähetä oikaisuvaatimus
sparring-reconsideration-filed = Oikaisuvaatimus on jätetty.
sparring-reconsideration-answer = Vastaus
sparring-reconsideration-send-answer = Lähetä vastaus
sparring-reconsideration-answered = Vastaus on annettu, ja hakija saa siitä viestin.
sparring-reconsideration-waiting = Odottaa käsittelyä.
sparring-field-more-days = Myönnä lisää päiviä
sparring-hint-more-days = Yksi tai kaksi, jos päiviä on jäljellä.
sparring-grant-more = Myönnä
sparring-days-granted-flash = Päivät on myönnetty.
sparring-no-days-held = Sparrauspäiviä ei ole vielä kirjattu.
sparring-field-held-on = Päivä
sparring-field-report = Lyhyt raportti
sparring-day-record = Kirjaa sparrauspäivä
sparring-day-recorded = Sparrauspäivä on kirjattu.
sparring-report = Kierroksen raportti
sparring-report-regions = Hakemukset ja päivät alueittain
sparring-report-kinds = Hakemukset ja päivät organisaation lajin mukaan
sparring-submitted = Jätetty
sparring-updated = muokattu { $at }
sparring-field-aim = Mitä haluatte kehittää
sparring-hint-aim = Kuvatkaa kehittämistarve, tavoite ja miten sparraus auttaa.
sparring-field-workplace = Työpaikka
sparring-field-staff = Kehittämiseen osallistuvan henkilöstön määrä
sparring-field-days = Haettavat päivät
sparring-field-sparrer = Sparraaja
sparring-sparrer-any = Ei toivetta
sparring-field-applicant-contact = Yhteyshenkilö
sparring-field-applicant-email = Yhteyshenkilön sähköposti
sparring-field-lang = Päätöskirjeen kieli
letter-opening = Päätös sparraushakemukseen: { $round }.
letter-granted = Hakemuksenne sai arvioinnissa { $score } pistettä. Kierroksella jaettiin { $pool } päivää { $applications } hakemuksen kesken, ja päiviä myönnettiin hakemuksille, jotka saivat vähintään { $threshold } pistettä. Teille myönnetään { $granted } sparrauspäivää, kuten haitte.
letter-partly-granted = Hakemuksenne sai arvioinnissa { $score } pistettä. Kierroksella jaettiin { $pool } päivää { $applications } hakemuksen kesken, ja päiviä myönnettiin hakemuksille, jotka saivat vähintään { $threshold } pistettä. Haitte { $asked } päivää; päivät loppuivat, joten teille myönnetään { $granted }.
letter-not-granted = Hakemuksenne sai arvioinnissa { $score } pistettä. Kierroksella jaettiin { $pool } päivää { $applications } hakemuksen kesken, ja ne riittivät hakemuksille, jotka saivat vähintään { $threshold } pistettä. Hakemuksellenne ei siksi voida myöntää päiviä.
letter-ineligible = Organisaationne laji ei ole tällä kierroksella tukikelpoinen, joten hakemukselle ei voida myöntää päiviä.
letter-unscored = Hakemustanne ei arvioitu, joten sille ei voida myöntää päiviä.
letter-rule = Päivät jaettiin etukäteen julkaistun säännön ({ $rule }) mukaan: tukikelpoiset hakemukset pisteiden mukaisessa järjestyksessä, kullekin haetut päivät enintään organisaatiokohtaiseen rajaan asti, kunnes päivät loppuivat; tasapisteet ratkaistiin ennen haun päättymistä julkaistulla arvonnalla.
letter-decided = Päätöksen teki { $decider } { $date }.
letter-contact = Lisätietoja antaa { $contact } ({ $email }).
letter-reconsideration = Jos olette tyytymätön päätökseen, voitte vaatia siihen oikaisua { $days } päivän kuluessa päätöksen tiedoksisaannista, viimeistään { $deadline }. Oikaisuvaatimus tehdään hakemuksen sivulla, ja siinä kerrotaan, mihin muutosta vaaditaan ja millä perusteella.
mail-sparring-receipt-subject = Hakemus vastaanotettu: { $round }
mail-sparring-receipt-body =
    Sparraushakemuksenne on vastaanotettu ({ $round }). Voitte muokata sitä haun päättymiseen asti:
    { $link }
mail-sparring-decision-subject = Päätös: { $round }
mail-sparring-decision-body =
    { $text }

    Hakemus ja päätös:
    { $link }
mail-sparring-reconsidered-subject = Vastaus oikaisuvaatimukseen: { $round }
mail-sparring-reconsidered-body =
    { $text }

    Hakemus:
    { $link }
error-region = Tuntematon alue.
error-review-status = Tuntematon arvion tila.
error-sparring-days = Hae yksi tai kaksi päivää.
error-sparring-score = Valitse arvosana 1–5.
error-sparring-staff = Anna henkilöstön määrä numerona.
error-sparring-aim = Kirjoita, mitä haluatte kehittää.
error-sparring-required = Täytä tämä kenttä.
error-sparring-long = Teksti on liian pitkä (enintään 200 merkkiä).
error-sparring-pool = Anna jaettavien päivien määrä.
error-sparring-reconsideration = Anna 7–90 päivää.
error-sparring-closes = Haku ei voi päättyä ennen alkamistaan.
error-sparring-kinds = Valitse ainakin yksi organisaation laji.
error-sparring-floors = Kirjoita rivit muotoon alue: päivät, esimerkiksi lappi: 4.
error-sparring-sparrers = Kirjoita rivit muotoon nimi; yritys; osaamisalueet.
error-sparring-weight = Anna paino 1–10.
error-sparring-anchors = Kirjoita viisi riviä, yksi kutakin arvosanaa kohden.
error-sparring-rubric-in-use = Arvioijat ovat jo pisteyttäneet, joten kriteerejä ei voi enää muuttaa.
error-sparring-closed = Haku ei ole auki, joten hakemusta ei voi enää jättää eikä muuttaa.
error-sparring-sparrer = Valitse sparraaja listalta.
error-sparring-lang = Valitse suomi tai ruotsi.
error-sparring-reviewer = Tällä osoitteella ei ole käyttäjää.
error-sparring-decided = Kierroksen päätös on jo tehty.
error-sparring-still-open = Haku on vielä auki; päätöksen voi lukita vasta haun päätyttyä.
error-sparring-pool-empty = Päiviä ei ole jäljellä niin montaa.
error-sparring-not-decided = Päätöstä ei ole vielä tehty.
sparring-no-reconsiderations = Oikaisua ei ole vaadittu.
error-sparring-over-cap = Organisaatio saisi enemmän päiviä kuin kierroksella saa yhteensä.
sparring-short-of-reviewers-n = { $count ->
    [one] Yhdellä hakemuksella on alle kaksi arvioijaa, jotka eivät ole esteellisiä. Nimeä arvioijat ennen päätöksen lukitsemista.
   *[other] { $count } hakemuksella on alle kaksi arvioijaa, jotka eivät ole esteellisiä. Nimeä arvioijat ennen päätöksen lukitsemista.
}
sparring-needs-reviewer = tarvitsee vielä arvioijan
