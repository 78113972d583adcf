site-name = Johto
skip-to-content = Siirry sisältöön
nav-main = Päävalikko
nav-languages = Kieli
nav-start = Etusivu
nav-organisations = Organisaatiot
nav-people = Henkilöt
nav-requests = Käyttäjätunnuspyynnöt
nav-admin = Ylläpito
nav-profile = Omat tiedot
nav-login = Kirjaudu sisään
nav-logout = Kirjaudu ulos
footer-accessibility = Saavutettavuusseloste
footer-about = Johto – kunta-alan johtamisen ja työelämän kehittämisen palvelu

language-switch-name = Suomeksi
lang-own-fi = Suomi
lang-own-sv = Svenska
lang-own-en = English
lang-fi = suomi
lang-sv = ruotsi
lang-en = englanti

role-manager = Esihenkilö
role-hr-developer = HR-kehittäjä
role-content-editor = Sisällöntuottaja
role-coordinator = Ohjelmakoordinaattori
role-coach = Valmentaja
role-evaluator = Arvioija
role-certifier = Sertifioija
role-administrator = Ylläpitäjä
role-desc-manager = Lähijohtamisen akatemian työkalut, webinaarit, valmennuksen tehtävät ja sertifikaatti.
role-desc-hr-developer = Oman organisaation henkilöt ja tunnuspyynnöt, ideapankki, osallistuminen ja raportit.
role-desc-content-editor = Akatemian teemojen kirjoittaminen ja päivittäminen suomeksi ja ruotsiksi.
role-desc-coordinator = Valmennusryhmät, foorumit, tapahtumat, sparrauskierrokset, uutiskirjeet ja tilastot.
role-desc-coach = Vertaisryhmät, välitehtävien palaute ja sertifikaattitöiden hyväksyminen.
role-desc-evaluator = Kehittävän arvioinnin kyselyt ja niiden tulokset organisaatioittain.
role-desc-certifier = Sertifikaattien myöntäminen ja peruuttaminen.
role-desc-administrator = Organisaatiot, henkilöt ja heidän roolinsa sekä tapahtumaloki.

org-kind-municipality = Kunta
org-kind-joint-municipal-authority = Kuntayhtymä
org-kind-wellbeing-services-county = Hyvinvointialue
org-kind-municipal-group-company = Kuntakonsernin yhtiö
org-kind-other = Muu
region-none = ei aluetta
region-uusimaa = Uusimaa
region-varsinais-suomi = Varsinais-Suomi
region-satakunta = Satakunta
region-kanta-hame = Kanta-Häme
region-pirkanmaa = Pirkanmaa
region-paijat-hame = Päijät-Häme
region-kymenlaakso = Kymenlaakso
region-etela-karjala = Etelä-Karjala
region-etela-savo = Etelä-Savo
region-pohjois-savo = Pohjois-Savo
region-pohjois-karjala = Pohjois-Karjala
region-keski-suomi = Keski-Suomi
region-etela-pohjanmaa = Etelä-Pohjanmaa
region-pohjanmaa = Pohjanmaa
region-keski-pohjanmaa = Keski-Pohjanmaa
region-pohjois-pohjanmaa = Pohjois-Pohjanmaa
region-kainuu = Kainuu
region-lappi = Lappi
region-ahvenanmaa = Ahvenanmaa
org-region = Maakunta
org-languages-finnish = Suomenkielinen
org-languages-swedish = Ruotsinkielinen
org-languages-bilingual = Kaksikielinen

landing-title = Johtamisen kehittämisen palvelu kunta-alalle
landing-lead = Johto kokoaa kunta-alan lähijohtamisen akatemian, johtamisvalmennuksen ja työpaikkojen kehittämisohjelman yhteen palveluun.
landing-academy-title = Lähijohtamisen akatemia
landing-academy-text = Lyhyitä videoita, työkaluja ja teoriaa esihenkilöille oman ja tiimin kehittämiseen vähillä resursseilla.
landing-coaching-title = Johtamisvalmennus
landing-coaching-text = Vuoden mittainen valmennus, joka päättyy julkiseen sertifikaattiin.
landing-development-title = Työpaikkojen kehittäminen
landing-development-text = Sparrauspäivät, koulutukset, kehittämisratkaisujen pankki, uutiskirjeet ja vuositilastot.
landing-request = Pyydä käyttäjätunnusta
landing-free = Palvelu on maksuton kunta-alan työnantajien edustajille.

start-title = Etusivu
start-greeting = Hei, { $name }!
start-your-organisation = Organisaatiosi:
start-next = Mitä voit tehdä seuraavaksi
start-requests-title = Käyttäjätunnuspyynnöt
start-requests-count = { $count ->
    [0] Odottavia pyyntöjä ei ole.
    [one] Yksi pyyntö odottaa päätöstäsi.
   *[other] { $count } pyyntöä odottaa päätöstäsi.
}
start-people-title = Henkilöt
start-people-text = Näe ja hallitse organisaatiosi käyttäjiä.
start-admin-title = Ylläpito
start-admin-text = Organisaatiot, henkilöt, roolit ja tapahtumaloki.
start-profile-title = Omat tiedot
start-profile-text = Nimi, kieli ja salasana.
start-your-roles = Roolisi

login-title = Kirjaudu sisään
login-submit = Kirjaudu
login-forgot = Unohditko salasanasi?
login-no-account = Eikö sinulla ole tunnusta? Pyydä käyttäjätunnusta.

forgot-title = Unohtunut salasana
forgot-intro = Kirjoita työsähköpostiosoitteesi. Lähetämme sinulle linkin, jolla voit asettaa uuden salasanan. Linkki on voimassa tunnin.
forgot-submit = Lähetä linkki
forgot-sent = Jos osoitteella on käyttäjätunnus, lähetimme siihen linkin uuden salasanan asettamiseen. Tarkista sähköpostisi.

set-password-reset-title = Aseta uusi salasana
set-password-welcome-title = Tervetuloa – aseta salasanasi
set-password-submit = Tallenna salasana
set-password-invalid-link = Linkki on vanhentunut tai jo käytetty. Voit pyytää uuden linkin.
password-set-done = Salasana on tallennettu. Voit nyt kirjautua sisään.

request-title = Pyydä käyttäjätunnusta
request-intro = Kerro nimesi, työsähköpostisi ja organisaatiosi. Organisaatiosi HR-kehittäjä käsittelee pyynnön, ja saat tiedon päätöksestä sähköpostiisi.
request-submit = Lähetä pyyntö
request-sent = Kiitos! Pyyntösi on vastaanotettu. Saat sähköpostia, kun se on käsitelty.

profile-title = Omat tiedot
profile-details = Nimi ja kieli
profile-save = Tallenna
profile-saved = Tiedot on tallennettu.
profile-password = Vaihda salasana
profile-change-password = Vaihda salasana
password-changed = Salasana on vaihdettu. Muut istuntosi on kirjattu ulos.

field-name = Nimi
field-email = Sähköposti
field-work-email = Työsähköposti
field-password = Salasana
field-current-password = Nykyinen salasana
field-new-password = Uusi salasana
field-password-confirm = Uusi salasana uudelleen
field-organisation = Organisaatio
field-lang = Asiointikieli
field-roles = Roolit
field-status = Tila
field-choose = Valitse…
hint-password = Vähintään 12 merkkiä. Pitkä lause on hyvä salasana.
hint-work-email = Käytä organisaatiosi sähköpostiosoitetta.
hint-business-id = Muodossa 1234567-8. Vapaaehtoinen.
hint-domains = Henkilöstön sähköpostien verkkotunnukset pilkuin eroteltuina, esim. espoo.fi, esbo.fi.
status-active = Käytössä
status-disabled = Poistettu käytöstä
status-no-password = salasana asettamatta

form-error-summary = Tarkista seuraavat kohdat
form-error-prefix = Virhe:

error-text-control = Kentässä on merkkejä, joita ei voi tallentaa.
error-lang-invalid = Valitse kieli.
error-email-empty = Kirjoita sähköpostiosoite.
error-email-invalid = Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi.
error-email-has-account = Osoitteella on jo käyttäjätunnus. Jos olet unohtanut salasanasi, pyydä uusi salasana.
error-email-already-requested = Osoitteelle on jo pyyntö odottamassa käsittelyä.
error-email-not-of-organisation = Käytä organisaation sähköpostiosoitetta ({ $domains }).
error-name-empty = Kirjoita nimi.
error-name-too-long = Nimi on liian pitkä (enintään 200 merkkiä).
error-password-empty = Kirjoita salasana.
error-password-too-short = Salasanassa on oltava vähintään 12 merkkiä.
error-password-too-long = Salasana on liian pitkä.
error-password-mismatch = Salasanat eivät täsmää.
error-current-password = Nykyinen salasana on väärin.
error-login-refused = Sähköposti tai salasana on väärin.
error-login-locked = Liian monta väärää yritystä. Tunnus on lukittu klo { $time } asti.
error-organisation-required = Valitse organisaatio.
error-slug-invalid = Osoitenimessä saa olla vain pieniä kirjaimia a–z, numeroita ja yksittäisiä väliviivoja.
error-slug-taken = Tämä osoitenimi on jo toisen organisaation käytössä.
org-name-en = Nimi englanniksi (valinnainen)
error-org-kind-invalid = Valitse organisaation tyyppi.
error-org-languages-invalid = Valitse organisaation kieli.
error-org-name-empty = Kirjoita nimi.
error-org-name-too-long = Nimi on liian pitkä (enintään 200 merkkiä).
error-business-id-invalid = Y-tunnus on muodossa 1234567-8 ja sen tarkistusmerkin on täsmättävä.
error-domain-invalid = Kirjoita verkkotunnukset muodossa espoo.fi, pilkuin eroteltuina.
error-domain-taken = Jokin verkkotunnuksista kuuluu jo toiselle organisaatiolle.
error-parent-invalid = Valitse emo-organisaatio listalta.
error-parent-cycle = Organisaatio ei voi olla oma emonsa eikä alaorganisaationsa emon alainen.
error-role-invalid = Tuntematon rooli.
error-roles-required = Valitse vähintään yksi rooli.

error-not-found-title = Sivua ei löytynyt
error-not-found-text = Hakemaasi sivua ei ole tai sinulla ei ole siihen pääsyä.
error-forbidden-title = Ei käyttöoikeutta
error-forbidden-text = Roolisi eivät anna pääsyä tälle sivulle.
error-csrf-title = Lomake vanheni
error-csrf-text = Lomakkeen turvatunniste puuttui tai oli vanhentunut. Palaa takaisin, lataa sivu uudelleen ja lähetä lomake uudestaan.
error-bad-request-title = Virheellinen pyyntö
error-bad-request-text = Pyyntöä ei voitu käsitellä.
error-too-many-title = Liian monta yritystä
error-too-many-text = Samasta osoitteesta on tullut liian monta yritystä. Odota hetki ja yritä uudelleen.
error-internal-title = Jotain meni vikaan
error-internal-text = Pahoittelemme, virhe on kirjattu. Tietojasi ei menetetty. Yritä hetken päästä uudelleen.
error-back-home = Etusivulle

orgs-title = Organisaatiot
org-name = Nimi
org-name-fi = Nimi suomeksi
org-name-sv = Nimi ruotsiksi
org-kind = Tyyppi
org-languages = Kieli
org-business-id = Y-tunnus
org-parent = Emo-organisaatio
org-parent-none = Ei emo-organisaatiota
org-domains = Sähköpostin verkkotunnukset
org-children = Alaorganisaatiot
org-people = Henkilöt
org-saved = Organisaatio on tallennettu.

people-title = Henkilöt
people-none = Ei henkilöitä.
person-disable = Poista tunnus käytöstä
person-enable = Ota tunnus käyttöön
person-disabled = Tunnus on poistettu käytöstä ja sen istunnot päätetty.
person-enabled = Tunnus on otettu käyttöön.
person-roles-title = Roolit
person-roles-save = Tallenna roolit
person-roles-saved = Roolit on tallennettu.
person-created = Henkilö on lisätty ja hänelle on lähetetty linkki salasanan asettamiseen.

requests-title = Käyttäjätunnuspyynnöt
requests-none = Odottavia pyyntöjä ei ole.
requests-received = Vastaanotettu
requests-decision = Päätös
requests-approve = Hyväksy
requests-reject = Hylkää
requests-approve-label = Hyväksy: { $name }
requests-reject-label = Hylkää: { $name }
request-approved = Pyyntö on hyväksytty. Henkilölle on lähetetty linkki salasanan asettamiseen.
request-rejected = Pyyntö on hylätty ja henkilölle on kerrottu siitä.
request-email-taken = Osoitteella on jo käyttäjätunnus, joten pyyntöä ei hyväksytty.

admin-title = Ylläpito
admin-organisations = Organisaatiot
admin-organisations-count = { $count } organisaatiota
admin-people = Henkilöt
admin-people-count = { $count } henkilöä
admin-add-person = Lisää henkilö
admin-add-person-intro = Henkilö saa sähköpostiinsa linkin, jolla hän asettaa salasanansa.
admin-org-new = Uusi organisaatio
admin-save = Tallenna
admin-actions = Toiminnot
admin-edit-label = Muokkaa: { $name }
admin-audit = Tapahtumaloki
admin-audit-none = Ei tapahtumia.
admin-audit-time = Aika
admin-audit-actor = Tekijä
admin-audit-action = Toiminto
admin-audit-subject = Kohde

a11y-title = Saavutettavuusseloste
a11y-intro = Tämä saavutettavuusseloste koskee Johto-palvelua. Palvelua koskee laki digitaalisten palvelujen tarjoamisesta (306/2019), joka edellyttää, että julkisten verkkopalvelujen on oltava saavutettavia.
a11y-status-title = Palvelun saavutettavuuden tila
a11y-status-text = Palvelu täyttää WCAG 2.1 -ohjeiston A- ja AA-tason kriittiset saavutettavuusvaatimukset osittain; alla luetellut puutteet ovat tiedossa.
a11y-gaps-title = Ei-saavutettava sisältö
a11y-gap-english = Englanninkielinen käyttöliittymä voi olla paikoin suomenkielinen, koska englanti on palvelun kolmas kieli.
a11y-gap-documents = Ladattavat asiakirjat, joita palveluun lisätään myöhemmin, eivät välttämättä ole saavutettavia.
a11y-assessment-title = Miten saavutettavuutta on arvioitu
a11y-assessment-text = Seloste on laadittu 23.11.2026. Saavutettavuus on arvioitu palvelun omana arviona: jokainen sivu tarkistetaan automaattisesti axe-core-työkalulla (WCAG 2.0 ja 2.1, tasot A ja AA) ja HTML-validaattorilla jokaisen muutoksen yhteydessä, ja sivuja on testattu näppäimistöllä.
a11y-feedback-title = Palaute ja yhteystiedot
a11y-feedback-text = Huomasitko saavutettavuuspuutteen? Kerro siitä meille sähköpostilla. Vastaamme 14 päivän kuluessa.
a11y-authority-title = Valvontaviranomainen
a11y-authority-text = Jos huomaat sivustolla saavutettavuusongelmia, anna ensin palautetta meille. Jos et ole tyytyväinen saamaasi vastaukseen tai et saa vastausta lainkaan kahden viikon aikana, voit tehdä ilmoituksen Liikenne- ja viestintävirasto Traficomiin.
a11y-authority-name = Liikenne- ja viestintävirasto Traficom, digitaalisen esteettömyyden ja saavutettavuuden valvontayksikkö
a11y-authority-phone = puhelinvaihde 029 534 5000

mail-footer = Johto – kunta-alan johtamisen ja työelämän kehittämisen palvelu. Tämä viesti on lähetetty automaattisesti.
mail-reset-subject = Uuden salasanan asettaminen
mail-reset-body = Hei,

    joku (toivottavasti sinä) pyysi uutta salasanaa Johto-palveluun. Aseta uusi salasana tästä linkistä tunnin kuluessa:

    { $link }

    Jos et pyytänyt uutta salasanaa, voit jättää viestin huomiotta. Salasanaasi ei ole muutettu.
mail-welcome-subject = Tervetuloa Johto-palveluun
mail-welcome-body = Hei { $name },

    sinulle on luotu käyttäjätunnus Johto-palveluun. Aseta salasanasi tästä linkistä seitsemän päivän kuluessa:

    { $link }
mail-request-waiting-subject = Uusi käyttäjätunnuspyyntö: { $name }
mail-request-waiting-body = Hei,

    { $name } ({ $email }) pyytää käyttäjätunnusta organisaatioonne. Hyväksy tai hylkää pyyntö täällä:

    { $link }
mail-request-rejected-subject = Käyttäjätunnuspyyntösi on käsitelty
mail-request-rejected-body = Hei { $name },

    käyttäjätunnuspyyntöäsi Johto-palveluun ei hyväksytty. Jos arvelet tämän olevan virhe, ota yhteyttä organisaatiosi HR-kehittäjään.

nav-academy = Akatemia
breadcrumb = Murupolku
academy-title = Lähijohtamisen akatemia
academy-lead = Lyhyitä videoita, työkaluja ja teoriaa, jotka ehtii käydä läpi muutamassa minuutissa – huomista tiimipalaveria varten.
academy-continue = Jatka siitä, mihin jäit
academy-theme-size = { $count ->
    [one] yksi osa
   *[other] { $count } osaa
}
academy-minutes = { $count ->
    [one] 1 minuutti
   *[other] { $count } minuuttia
}
academy-finished-count = { $count ->
    [0] Et ole vielä suorittanut osia.
    [one] Olet suorittanut yhden osan.
   *[other] Olet suorittanut { $count } osaa.
}
academy-subscribe-note = Haluatko tiedon sähköpostiisi, kun akatemiaan avataan uusi teema?
academy-subscribe = Tilaa tieto uusista teemoista
academy-subscribed-note = Saat sähköpostia, kun akatemiaan avataan uusi teema.
academy-unsubscribe = Peru tilaus
academy-subscribed = Saat jatkossa tiedon uusista teemoista.
academy-unsubscribed = Tilaus on peruttu.
academy-parts = Osat
academy-kind-video = Video
academy-kind-tool = Työkalu
academy-kind-theory = Teoria
academy-status-not-started = aloittamatta
academy-status-started = aloitettu
academy-status-finished = Suoritettu
academy-captions = Tekstitys
academy-no-video = Selaimesi ei voi näyttää videota.
academy-download-video = Lataa video.
academy-transcript = Tekstivastine
academy-checklist = Tarkistuslista
academy-notes = Omat muistiinpanot
academy-notes-hint = Vastauksesi näkyvät vain sinulle.
academy-save-answers = Tallenna vastaukset
academy-answers-saved = Vastauksesi on tallennettu.
academy-print = Tulosta
academy-mark-finished = Merkitse suoritetuksi
academy-mark-unfinished = Merkitse keskeneräiseksi
academy-finished-saved = Osa on merkitty suoritetuksi.
academy-unfinished-saved = Osa on merkitty keskeneräiseksi.
academy-rate = Arvioi tämä osa
academy-usefulness = Kuinka hyödyllinen osa oli (1 = vähän, 5 = paljon)?
academy-used-with-team = Käytin tätä tiimini kanssa
academy-comment = Kommentti (vapaaehtoinen)
academy-send-rating = Lähetä arvio
academy-rating-saved = Kiitos arviostasi!
error-usefulness-invalid = Valitse hyödyllisyys asteikolta 1–5.
error-comment-too-long = Kommentti on liian pitkä (enintään 2 000 merkkiä).
error-part-kind-invalid = Valitse osan tyyppi: video, työkalu tai teoria.
error-minutes-invalid = Kirjoita kesto minuutteina (1–60).
missing-title = otsikko puuttuu
missing-summary = tiivistelmä puuttuu
missing-captions = tekstitys puuttuu
missing-transcript = tekstivastine puuttuu
missing-tool = tarkistuslista tai ohje puuttuu
missing-body = teksti puuttuu
missing-parts = teemassa ei ole yhtään osaa

nav-academy-edit = Akatemian sisällöt
edit-title = Akatemian sisällöt
edit-themes = Teemat
edit-theme = Teema
edit-parts-count = Osia
edit-out-of-date = Vanhentuneet käännökset
edit-missing = Puutteita
edit-published-status = Julkaistu
edit-draft-status = Luonnos
edit-new-theme = Uusi teema
edit-written-in = Kirjoituskieli
edit-field-title = Otsikko
edit-field-summary = Tiivistelmä
edit-field-hr-note = Vinkki HR-kehittäjille (ideapankki)
edit-field-kind = Osan tyyppi
edit-field-minutes = Kesto minuutteina
edit-field-video = Videon osoite
edit-hint-video = https://-osoite tai palvelun oma tiedosto (/static/…).
edit-field-body = Teksti
edit-hint-markdown = Voit käyttää Markdown-muotoilua: **lihavointi**, luettelot ja linkit.
edit-field-captions = Tekstitys (WebVTT)
edit-hint-checklist = Yksi kohta riville.
edit-create = Luo teema
edit-history = Muutoshistoria
edit-view = Näytä julkaistuna
edit-cannot-publish = Teemaa ei voi vielä julkaista
edit-publish = Julkaise
edit-unpublish = Poista julkaisusta
edit-texts = Tekstit
edit-languages = Muokattava kieli
edit-source = Alkuperäinen teksti
edit-save = Tallenna
edit-part = osa
edit-part-details = Osan tiedot
edit-add-part = Lisää osa
edit-move-up-label = Siirrä ylemmäs: { $title }
edit-move-down-label = Siirrä alemmas: { $title }
edit-restore = Palauta
edit-restore-label = Palauta versio { $number }
edit-theme-created = Teema on luotu luonnokseksi.
edit-saved = Muutokset on tallennettu.
edit-part-added = Osa on lisätty.
edit-published = Teema on julkaistu.
edit-unpublished = Teema on poistettu julkaisusta.
edit-restored = Aiempi versio on palautettu.
error-title-empty = Kirjoita otsikko.
error-title-too-long = Otsikko on liian pitkä (enintään 200 merkkiä).
error-video-url-invalid = Anna videon osoite muodossa https://… tai /static/….
error-captions-invalid = Tekstityksen on oltava WebVTT-muodossa ja alettava sanalla WEBVTT.
mail-new-theme-subject = Uusi teema akatemiassa: { $title }
mail-new-theme-body = Hei,

    Lähijohtamisen akatemiaan on avattu uusi teema: { $title }.

    { $link }

    Saat tämän viestin, koska olet tilannut tiedon uusista teemoista. Tilauksen voit perua akatemian etusivulla.

nav-ideas = Ideapankki
ideas-title = Ideapankki
ideas-lead = Akatemian teemat HR-kehittäjän näkökulmasta: mitä organisaatiossanne kannattaa ottaa käyttöön ja miten esihenkilöt ovat ne kokeneet. Arviot ja kommentit näytetään ilman nimiä.
ideas-rollout = Käyttöönotto:
ideas-own-users = Organisaatiostasi käyttäneet
ideas-ratings = Hyödyllisyys
ideas-no-ratings = ei vielä arvioita
ideas-average = { $average } / 5
ideas-used-with-team = Käytetty tiimin kanssa
ideas-comments = Kommentteja

search-title = Haku
search-words = Hakusanat
search-kind = Tyyppi
search-theme = Teema
search-any = Kaikki
search-submit = Hae
search-results = { $count ->
    [0] Ei tuloksia
    [one] Yksi tulos
   *[other] { $count } tulosta
}
search-none = Kokeile toista sanaa tai poista rajaukset.
search-kind-theme = Teema
search-kind-video = Video
search-kind-tool = Työkalu
search-kind-theory = Teoria
search-kind-event = Tapahtuma
search-kind-solution = Kehittämisratkaisu

edit-worklist = Käännettävää
edit-worklist-empty = Kaikki käännökset ovat ajan tasalla.
edit-worklist-text = Teksti
edit-worklist-missing = puuttuu
edit-worklist-stale = vanhentunut

## Files
error-too-large-title = Tiedosto on liian suuri
error-too-large-text = Lähettämäsi tiedosto ylittää sallitun koon. Palaa edelliselle sivulle ja valitse pienempi tiedosto; mitään ei tallennettu.
error-file-missing = Valitse lähetettävä tiedosto.
error-file-empty = Tiedosto on tyhjä.
error-file-type = Tiedoston sisältö ei ole sallittua tyyppiä. Sallittuja ovat PDF, Word (DOCX), Excel (XLSX), PowerPoint (PPTX), OpenDocument, PNG, JPEG sekä videot WebM ja MP4.
error-file-name-mismatch = Tiedoston nimen pääte ei vastaa sen sisältöä. Tarkista, että lähetät oikean tiedoston.
error-file-name = Tiedoston nimi ei kelpaa.
error-file-wrong-for-part = Videoon liitetään videotiedosto (WebM tai MP4); työkaluihin ja teoriaan asiakirja tai kuva.
edit-part-file = Tiedosto
edit-file-current = Nykyinen tiedosto:
edit-file-none = Osalla ei ole tiedostoa.
edit-field-file = Valitse tiedosto
edit-hint-file-video = Video WebM- tai MP4-muodossa, enintään { $size } Mt. Se korvaa videon osoitteen.
edit-hint-file-document = Ladattava asiakirja tai kuva (PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, PNG, JPEG), enintään { $size } Mt.
edit-file-upload = Lähetä tiedosto
edit-file-remove = Poista tiedosto osasta
edit-file-saved = Tiedosto on tallennettu osaan.
edit-file-removed = Tiedosto on poistettu osasta.
academy-download-file = Lataa tiedosto:

## API tokens and the API
tokens-title = API-avaimet
tokens-intro = Henkilökohtaisella API-avaimella muut järjestelmät voivat lukea akatemian sisältöjä sinun oikeuksillasi.
tokens-manage = Hallitse API-avaimia
tokens-api-address = Rajapinnan osoite:
tokens-api-description = Rajapinnan kuvaus (OpenAPI)
tokens-new-title = Uusi API-avain
tokens-new-text = Kopioi avain nyt ja säilytä se turvallisesti: sitä ei näytetä uudelleen. Jos avain joutuu vääriin käsiin, poista se.
tokens-new-label = API-avain
tokens-yours = Omat avaimesi
tokens-none = Sinulla ei ole API-avaimia.
tokens-created = Luotu
tokens-last-used = Viimeksi käytetty
tokens-never-used = Ei vielä käytetty
tokens-revoke = Poista
tokens-revoke-label = Poista avain { $name }
tokens-revoked = API-avain on poistettu. Sillä ei enää pääse rajapintaan.
tokens-create = Luo uusi avain
tokens-create-button = Luo avain
field-token-name = Avaimen nimi
hint-token-name = Esimerkiksi järjestelmä, joka avainta käyttää.
error-token-name-empty = Anna avaimelle nimi.
error-token-name-too-long = Nimi on liian pitkä (enintään 80 merkkiä).
api-error-unauthorised = Kirjaudu sisään tai anna voimassa oleva API-avain (Authorization: Bearer …).
api-error-not-found = Pyydettyä kohdetta ei ole, tai sinulla ei ole oikeutta nähdä sitä.
api-error-bad-request = Pyynnön arvo ei ole kelvollinen: vuodet ja organisaatio annetaan kokonaislukuina.
api-error-unavailable = Palvelu ei juuri nyt pysty vastaamaan. Yritä hetken kuluttua uudelleen.
api-error-internal = Palvelussa tapahtui virhe.

## Events
nav-events = Tapahtumat
events-title = Tapahtumat
events-lead = Webinaarit, johtamisfoorumit, työpajat, koulutukset ja työelämäbrunssit. Ilmoittaudu yhdellä napsautuksella.
events-new = Uusi tapahtuma
events-filter = Näytä
events-none = Tulevia tapahtumia ei ole.
event-field-kind = Tapahtuman tyyppi
event-kind-webinar = Webinaari
event-kind-forum = Johtamisfoorumi
event-kind-workshop = Työpaja
event-kind-training = Koulutus sisäisille kehittäjille
event-kind-brunch = Työelämäbrunssi
event-online = verkossa
event-status-draft = Luonnos
event-status-published = Julkaistu
event-status-cancelled = Peruttu
event-you-are-registered = Olet ilmoittautunut. Paikkasi on vahvistettu.
event-you-are-waiting = Olet jonossa sijalla { $place }. Saat viestin, jos paikka vapautuu.
event-seats-left = Paikkoja jäljellä: { $count }
event-when = Aika
event-helsinki-time = Suomen aikaa
event-field-venue = Paikka
event-field-online-url = Verkkolinkki
event-link-for-registered = Linkki näkyy ilmoittautuneille, joiden paikka on vahvistettu.
event-seats = Paikat
event-seats-taken = { $taken } varattu
event-unlimited = Rajoittamaton
event-theme = Akatemian teema
event-registration = Ilmoittautuminen
event-cancel-registration = Peru ilmoittautuminen
event-join-queue = Ilmoittaudu jonoon
event-register = Ilmoittaudu
event-not-open = Tähän tapahtumaan ei voi nyt ilmoittautua.
event-add-to-calendar = Lisää kalenteriin (ICS)
event-organise = Järjestäjälle
event-edit = Muokkaa tapahtumaa
event-registrations = Ilmoittautuneet
event-publish = Julkaise tapahtuma
event-cancel-event = Peru tapahtuma
event-field-description = Kuvaus
event-optional = vapaaehtoinen
event-field-date = Päivämäärä
event-field-start = Alkaa
event-field-end = Päättyy
event-field-time = Kellonaika
event-hint-online-url = https://-linkki verkkotapahtumaan. Näkyy vain vahvistetuille osallistujille.
event-hint-venue = Osoite tai tila, jos tapahtuma on paikan päällä.
event-field-capacity = Paikkoja
event-hint-capacity = Jätä tyhjäksi, jos paikkoja ei rajoiteta.
event-registration-closes = Ilmoittautuminen päättyy
event-field-who = Kuka voi ilmoittautua
event-everyone = Kaikki kirjautuneet
event-no-theme = Ei teemaa
event-confirmed-count = vahvistettuja { $count }
event-waiting-count = jonossa { $count }
event-download-csv = Lataa luettelo (CSV)
event-no-registrations = Ilmoittautuneita ei vielä ole.
event-standing = Tila
event-queued-at = Ilmoittautunut
event-standing-confirmed = Vahvistettu
event-standing-waiting = Jonossa
event-standing-cancelled = Peruttu
event-attended = Osallistui
event-attended-yes = kyllä
event-attended-no = ei
event-registered = Ilmoittautumisesi on vahvistettu.
event-waitlisted = Tapahtuma on täynnä: olet jonossa.
event-cancelled-registration = Ilmoittautumisesi on peruttu.
event-created = Tapahtuma on luotu luonnokseksi.
event-published = Tapahtuma on julkaistu.
event-cancelled = Tapahtuma on peruttu, ja ilmoittautuneille on lähetetty viesti.
error-event-kind = Valitse tapahtuman tyyppi.
error-event-date = Anna päivämäärä muodossa vvvv-kk-pp.
error-event-time = Anna kellonaika muodossa tt:mm.
error-event-time-skipped = Tätä kellonaikaa ei ole: kellot siirtyvät silloin kesäaikaan.
error-event-capacity = Anna paikkojen määrä (1–100 000) tai jätä kenttä tyhjäksi.
error-event-online-url = Anna verkkolinkki https://-alkuisena.
error-event-title-missing = Anna tapahtuman nimi.
error-event-end-before-start = Päättymisajan pitää olla alkamisajan jälkeen.
error-event-venue-too-long = Paikan kuvaus on liian pitkä (enintään 300 merkkiä).
error-event-place-missing = Anna paikka tai verkkolinkki.
mail-event-confirmed-subject = Ilmoittautuminen vahvistettu: { $title }
mail-event-confirmed-body = Hei,

    paikkasi tapahtumaan { $title } ({ $when }, Suomen aikaa) on vahvistettu. Kalenterimerkintä on liitteenä.

    { $link }
mail-event-waiting-subject = Olet jonossa: { $title }
mail-event-waiting-body = Hei,

    tapahtuma { $title } ({ $when }, Suomen aikaa) on täynnä. Olet jonossa sijalla { $place }. Saat viestin, jos paikka vapautuu.

    { $link }
mail-event-promoted-subject = Sait paikan: { $title }
mail-event-promoted-body = Hei,

    paikka vapautui, ja olet nyt mukana tapahtumassa { $title } ({ $when }, Suomen aikaa). Kalenterimerkintä on liitteenä.

    { $link }
mail-event-cancelled-subject = Tapahtuma peruttu: { $title }
mail-event-cancelled-body = Hei,

    tapahtuma { $title } ({ $when }, Suomen aikaa) on peruttu. Liitteenä oleva kalenteriviesti poistaa sen kalenteristasi.
academy-theme-events = Teeman tapahtumat
edit-launch-webinar = Luo teemalle julkaisuwebinaari
event-launch-title = Julkaisuwebinaari: { $title }
mail-event-changed-subject = Muutos tapahtumaan: { $title }
mail-event-changed-body = Hei,

    tapahtuman { $title } aika tai paikka on muuttunut. Uusi aika: { $when } (Suomen aikaa). Päivitetty kalenterimerkintä on liitteenä.

    { $link }
mail-event-reminder-subject = Muistutus huomisesta: { $title }
mail-event-reminder-body = Hei,

    muistutus: { $title } on huomenna, { $when } (Suomen aikaa). Kalenterimerkintä on liitteenä.

    { $link }
event-feed-title = Oma kalenterisyöte
event-feed-intro = Tilaa kalenteriohjelmaasi syöte, jossa ovat kaikki tapahtumat, joihin sinulla on paikka. Syötteen osoite on salainen; uusi osoite lakkauttaa vanhan.
event-feed-new = Kopioi osoite kalenteriohjelmaasi nyt: sitä ei näytetä uudelleen.
event-feed-address = Syötteen osoite
event-feed-create = Luo syötteen osoite
event-feed-renew = Uusi syötteen osoite
event-attendance-save = Tallenna osallistujat
event-attendance-hint = Merkitse, ketkä vahvistetuista osallistuivat. Uusille osallistujille lähetetään palautepyyntö.
event-attended-label = { $name } osallistui
event-attendance-saved = Osallistujat on tallennettu.
event-feedback-title = Palaute
event-feedback-given = Kiitos palautteestasi! Voit vielä muuttaa sitä.
event-feedback-rating = Kuinka hyödyllinen tapahtuma oli (1 = vähän, 5 = paljon)?
event-feedback-comment = Vapaa palaute
event-feedback-send = Lähetä palaute
event-feedback-thanks = Kiitos palautteestasi!
event-feedback-invalid = Palautetta ei tallennettu: valitse arvio 1–5 ja kirjoita enintään 2 000 merkkiä.
event-feedback-results = Palautteen tulokset
event-feedback-average = keskiarvo { $average }
event-feedback-chart-label = Vastausten määrä arvioittain
event-feedback-rating-short = Arvio
event-feedback-count = Vastauksia
event-feedback-comments = Vapaa palaute
event-feedback-none = Vapaata palautetta ei vielä ole.
mail-event-feedback-subject = Kiitos osallistumisesta: { $title }
mail-event-feedback-body = Hei,

    kiitos, että osallistuit tapahtumaan { $title }. Kerro lyhyesti, kuinka hyödyllinen se oli: palaute auttaa kehittämään seuraavia.

    { $link }
event-registration-opens = Ilmoittautuminen alkaa
error-event-closes-before-opens = Ilmoittautumisen pitää päättyä sen alkamisen jälkeen.
event-field-invitees = Vain nämä henkilöt
event-hint-invitees = Jos tapahtuma on tietylle ryhmälle (esimerkiksi valmennusryhmälle), anna osallistujien sähköpostiosoitteet, yksi riville. Silloin vain he näkevät tapahtuman ja voivat ilmoittautua. Jos rajaat joukkoa myöhemmin, pois jääneiden ilmoittautumiset päättyvät ja heille lähetetään viesti.
error-event-invitees-unknown = Näillä osoitteilla ei ole käyttäjää: { $addresses }
event-for-invited = Vain kutsutuille ({ $count } henkilöä)
event-materials = Tallenne ja materiaalit
event-materials-intro = Lisää tapahtuman tallenne ja materiaalit tapahtuman jälkeen. Ne näkyvät tapahtuman sivulla niille, joilla oli vahvistettu paikka.
event-materials-none = Tallennetta tai materiaaleja ei ole vielä lisätty.
event-recording = Tallenne
event-material-add = Lisää materiaali
event-material-title = Nimi
event-material-is-recording = Tämä on tapahtuman tallenne
event-material-file = Tiedosto
event-material-hint-file = Video (WebM, MP4), PDF, Office- tai OpenDocument-tiedosto tai kuva, enintään { $size } Mt. Anna joko tiedosto tai linkki.
event-material-url = Linkki
event-material-hint-url = https://-linkki, esimerkiksi tallenteeseen videopalvelussa.
event-material-remove = Poista
event-material-remove-named = Poista { $title }
event-material-added = Materiaali on lisätty.
event-material-removed = Materiaali on poistettu.
error-material-title-missing = Anna materiaalille nimi.
error-material-missing = Valitse tiedosto tai anna linkki.
error-material-both = Anna joko tiedosto tai linkki, ei molempia.
error-material-recording-not-video = Tallenteen tiedoston pitää olla video (WebM tai MP4).
events-past = Menneet tapahtumat
events-past-mine = Menneet tapahtumasi
events-past-intro = Tapahtuman sivulta löydät sen tallenteen ja materiaalit, kun järjestäjä on lisännyt ne.
mail-event-removed-subject = Ilmoittautumisesi päättyi: { $title }
mail-event-removed-body = Hei,

    järjestäjä on rajannut tapahtuman { $title } ({ $when }, Suomen aikaa) osallistujat, etkä enää kuulu heihin. Ilmoittautumisesi on siksi päättynyt. Liitteenä oleva kalenteriviesti poistaa tapahtuman kalenteristasi.

paging-label = Sivut
paging-previous = Edellinen sivu
paging-next = Seuraava sivu
paging-position = Sivu { $page } / { $pages }

## The coaching programme (EKJ)

nav-programme = Oma valmennukseni
nav-coaching = Valmennusryhmät
coaching-title = EKJ-johtamisvalmennus
coaching-intro = Noin vuoden kestävä valmennus kuntien, kuntayhtymien ja kuntaomisteisten yhtiöiden esimiehille ja keskijohdolle. Organisaation ja esimiehen kehitystyö kulkevat rinnakkain.
coaching-none = Sinulle näkyviä valmennusryhmiä ei ole.
cohort-new = Uusi valmennusryhmä
cohort-edit = Muokkaa valmennusryhmää
cohort-save = Tallenna
cohort-saved = Valmennusryhmän tiedot on tallennettu.
cohort-create = Luo valmennusryhmä
cohort-created = Valmennusryhmä on luotu.
cohort-organisation-count = { $count } organisaatiota
cohort-status-planned = Suunnitteilla
cohort-status-running = Käynnissä
cohort-status-ended = Päättynyt
cohort-field-code = Tunnus
cohort-hint-code = Esimerkiksi EKJ5: isoja kirjaimia, numeroita tai väliviivoja.
cohort-field-name = Nimi
cohort-field-description = Lyhyt kuvaus
cohort-field-provider = Valmennuksen toteuttaja
cohort-field-starts = Alkaa
cohort-field-ends = Päättyy
cohort-field-dates = Ajankohta
cohort-field-status = Vaihe
cohort-field-forums = Johtamisfoorumeja
cohort-hint-forums = Tavallisesti viisi.
cohort-forums = Johtamisfoorumit
cohort-no-forums = Johtamisfoorumeja ei ole vielä aikataulutettu.
cohort-organisations = Organisaatiot ja niiden kehittämishankkeet
cohort-no-organisations = Organisaatioita ei ole vielä lisätty.
cohort-organisation = Organisaatio
cohort-participants = Osallistujat
cohort-participant-count = Vahvistettuja osallistujia
cohort-participants-manage = Osallistujat ja ilmoittaminen
cohort-add-organisation = Lisää organisaatio
cohort-organisation-added = Organisaatio on lisätty valmennusryhmään.
cohort-no-participants = Osallistujia ei ole vielä.
forum-new = Uusi johtamisfoorumi
forum-create = Luo johtamisfoorumi
forum-created = Johtamisfoorumi on luotu luonnoksena. Julkaise se, kun tiedot ovat valmiit.
forum-intro = Foorumi on valmennusryhmän osallistujille ja valmentajille. Kun osallistujia lisätään tai poistetaan, ilmoittautumisoikeus seuraa mukana.
forum-field-theme = Teema
forum-lecturers = Luennoitsijat
forum-hint-lecturers = Yksi riville: nimi, pilkku ja taustaorganisaatio (esim. Aino Virtanen, Tampereen yliopisto).
project-field-title-fi = Hankkeen nimi suomeksi
project-field-title-sv = Hankkeen nimi ruotsiksi
project-field-goals = Organisaation omat tavoitteet
project-parts = Osakokonaisuudet
project-no-parts = Hankkeelle ei ole vielä kirjattu osakokonaisuuksia.
project-result-goal = Tulostavoite
project-responsible = Vastuuesimiehet
project-hint-managers = Organisaation henkilöiden sähköpostiosoitteet, yksi riville tai pilkuin eroteltuina.
project-add-part = Lisää osakokonaisuus
project-part-added = Osakokonaisuus on lisätty.
progress-on-track = Etenee suunnitellusti
progress-at-risk = Vaarassa viivästyä
progress-done = Valmis
progress-none = Ei vielä kirjauksia
progress-log = Edistymisloki
progress-field-what = Mitä on tehty
progress-field-date = Päivämäärä
progress-save = Kirjaa edistyminen
progress-logged = Edistyminen on kirjattu.
participant-sector = Toimiala
participant-level = Johtamistaso
participant-actions = Toiminnot
participant-confirm = Vahvista
participant-confirm-label = Vahvista { $name }
participant-remove = Poista
participant-remove-label = Poista { $name } valmennusryhmästä
participant-removed = Osallistuja on poistettu. Hänen foorumi-ilmoittautumisensa on peruttu.
sector-technical = Tekninen toimiala
sector-education = Sivistystoimi
sector-social-and-health = Sosiaali- ja terveyspalvelut
sector-hospital-care = Erikoissairaanhoito
sector-other = Muu
level-top = Ylin johto
level-middle = Keskijohto
level-first-line = Lähiesimies
enrolment-proposed = Ehdotettu
enrolment-confirmed = Vahvistettu
enrol-title = Lisää osallistujia
enrol-propose-title = Ehdota osallistujia
enrol-field-emails = Sähköpostiosoitteet
enrol-hint-emails = Yksi riville tai pilkuin eroteltuina. Jos yksikin osoite ei kelpaa, ketään ei lisätä.
enrol-upload-title = Tai lataa CSV-tiedosto
enrol-field-file = CSV-tiedosto
enrol-hint-file = Sähköpostiosoitteet tiedoston ensimmäisessä sarakkeessa, yksi henkilö riville; otsikkorivi saa olla mukana.
enrol-upload = Lataa ja lisää
enrol-submit = Lisää osallistujat
enrol-propose = Ehdota osallistujiksi
enrol-confirmed = Osallistujat on lisätty ja vahvistettu.
enrol-proposed = Ehdotus on lähetetty koordinaattorin vahvistettavaksi.
start-enrolled = Olet mukana valmennusryhmässä { $cohort }:
programme-title = Oma valmennukseni
programme-none = Et ole mukana yhdessäkään valmennusryhmässä.
programme-next-forum = Seuraava johtamisfoorumi
programme-no-forum = Tulevia foorumeja ei ole vielä julkaistu.
programme-registered = Olet ilmoittautunut.
programme-project = Organisaationi kehittämishanke
programme-no-project = Organisaatiollesi ei ole kirjattu hanketta.
programme-my-parts = Vastuullani
programme-attended = Osallistumiseni
programme-attended-none = Läsnäoloja ei ole vielä kirjattu.
error-cohort-code = Anna tunnus, esimerkiksi EKJ5: 2–16 merkkiä, isoja kirjaimia, numeroita tai väliviivoja, alussa kirjain.
error-cohort-code-taken = Toisella valmennusryhmällä on jo tämä tunnus.
error-cohort-name = Anna nimi.
error-cohort-name-long = Nimi saa olla enintään 200 merkkiä.
error-cohort-status = Valitse vaihe.
error-cohort-forums = Anna foorumien määrä 1–12, tai jätä tyhjäksi (viisi).
error-cohort-provider = Valitse toteuttaja.
error-cohort-organisation = Valitse organisaatio.
error-cohort-organisation-there = Organisaatio on jo mukana tässä valmennusryhmässä.
error-cohort-ends-before-start = Päättymispäivä ei voi olla ennen alkamispäivää.
error-date = Anna päivämäärä muodossa vvvv-kk-pp.
error-text-long = Teksti saa olla enintään 4 000 merkkiä.
error-title-long = Nimi saa olla enintään 300 merkkiä.
error-participant-sector = Valitse toimiala.
error-participant-level = Valitse johtamistaso.
error-enrolment = Tuntematon ilmoittautumisen tila.
error-progress-status = Valitse tilanne.
error-progress-empty = Kerro, mitä on tehty.
error-enrol-file = Valitse CSV-tiedosto (UTF-8-tekstiä).
error-enrol-empty = Anna vähintään yksi sähköpostiosoite.
error-enrol-malformed = Nämä eivät ole sähköpostiosoitteita: { $addresses }. Ketään ei lisätty.
error-enrol-unknown = Näillä osoitteilla ei ole tiliä: { $addresses }. Ketään ei lisätty.
error-enrol-outside = Nämä henkilöt eivät kuulu organisaatioon, jonka osallistujia voit lisätä: { $addresses }. Ketään ei lisätty.
error-part-managers = Nämä osoitteet eivät ole organisaation henkilöiden: { $addresses }.
error-lecturer-long = Luennoitsijan nimi ja taustaorganisaatio saavat olla kumpikin enintään 200 merkkiä.
groups-title = Vertaisryhmät
groups-intro = Vertaisryhmät kokoavat esimiehiä eri organisaatioista ja toimialoilta. Ehdotus sekoittaa organisaatiot ja toimialat; voit siirtää ihmisiä ryhmästä toiseen.
groups-field-size = Ryhmän koko
groups-hint-size = 4–8 henkilöä, tavallisesti kuusi. Uusi ehdotus korvaa nykyiset ryhmät.
groups-suggest = Muodosta ryhmät ehdotuksen mukaan
groups-formed = Vertaisryhmät on muodostettu.
groups-none = Ryhmiä ei ole vielä muodostettu.
groups-ungrouped = Ilman ryhmää
group-name = Vertaisryhmä { $number }
group-move = Siirrä
group-move-label = Ryhmä, johon { $name } siirretään
group-move-submit = Siirrä
group-member-moved = Henkilö on siirretty.
group-members = Jäsenet
group-meetings = Tapaamiset
group-no-meetings = Tapaamisia ei ole vielä kirjattu.
group-meeting-add = Lisää tapaaminen
group-meeting-added = Tapaaminen on lisätty.
group-field-place = Paikka tai linkki
group-field-notes = Muistiinpanot
programme-group = Vertaisryhmäni
programme-no-group = Sinua ei ole vielä sijoitettu vertaisryhmään.
programme-next-meeting = Seuraava tapaaminen
error-group-size = Anna ryhmän koko 4–8.
error-groups-one-organisation = Ryhmiä ei voi sekoittaa: vahvistetut osallistujat ovat yhdestä organisaatiosta.
error-group-place = Anna paikka tai linkki (enintään 300 merkkiä).
report-title = Raportit
report-participants = Osallistujat organisaatioittain, toimialoittain ja johtamistasoittain
report-attendance = Läsnäolo johtamisfoorumeissa
report-feedback = Palaute foorumeittain (1–5)
report-total = Yhteensä
report-answers = Vastauksia
report-average = Keskiarvo
report-too-few = alle 5 vastausta
report-comments = Vapaat kommentit
report-no-comments = Kommentteja ei ole vielä.
report-download-csv = Lataa taulukko (CSV)
report-download-xlsx = Lataa kaikki taulukot (Excel)
group-discussion = Keskustelu
group-no-posts = Ryhmässä ei ole vielä viestejä.
group-post-new = Uusi viesti
group-post-field = Viesti
group-post-submit = Lähetä viesti
group-post-edit = Muokkaa viestiä
group-post-save = Tallenna viesti
group-post-delete = Poista viesti
group-post-edited = muokattu
group-post-added = Viesti on lähetetty. Ryhmän muut jäsenet saavat siitä sähköpostin.
group-post-saved = Viesti on tallennettu.
group-post-deleted = Viesti on poistettu.
error-post-empty = Kirjoita viesti.
mail-group-post-subject = Uusi viesti vertaisryhmässä { $group }
mail-group-post-body = Hei,

    { $author } kirjoitti vertaisryhmään { $group }:

    { $excerpt }

    Lue ja vastaa: { $link }
event-further-sessions = Kurssin muut päivät
event-hint-further-sessions = Koulutus voi olla usean päivän kurssi: yksi ilmoittautuminen ja paikka koskevat kaikkia päiviä, ja jokaisella päivällä on oma aikansa, kalenterimerkintänsä ja läsnäolonsa. Palaute kysytään viimeisen päivän jälkeen. Tyhjäksi jätetty päivä ei tule kurssiin.
event-session-n = { $number }. päivä
event-sessions = Kurssin päivät
event-sessions-n = { $count ->
    [one] yksi päivä
   *[other] { $count } päivää
}
event-field-region = Alue
event-region-hint = Tapahtumapaikan maakunta; jos sitä ei ole, tapahtuma näkyy sen organisaation maakunnassa, jolle se on.
events-all-regions = Kaikki alueet
event-attended-session-label = { $name } osallistui päivään { $number }
event-course-attendance-hint = Läsnäolo merkitään päivä kerrallaan alkaneille päiville. Palaute kysytään osallistuneilta, kun viimeisen päivän läsnäolo on merkitty.
error-session-order = Päivän pitää alkaa vasta edellisen päivän päätyttyä.
error-session-too-many = Kurssissa voi olla enintään kahdeksan päivää.

my-data-title = Sinusta tallennetut tiedot
my-data-intro = Tässä on kaikki, mitä palvelu on tallentanut sinusta, lajeittain. Voit ladata kaiken yhtenä tiedostona.
my-data-link = Katso ja lataa omat tietosi
my-data-kinds = Sinusta tallennetut tiedot lajeittain
my-data-kind = Tietolaji
my-data-records = Tietueita
my-data-kind-account = Käyttäjätili ja tilipyyntö
my-data-kind-roles = Roolit
my-data-kind-sessions = Kirjautumiset, muistetut selaimet, kertakäyttöiset linkit ja kalenterisyötteet
my-data-kind-academy = Akatemia: edistyminen, arviot, työkalujen vastaukset ja seuratut teemat
my-data-kind-events = Tapahtumat: ilmoittautumiset, läsnäolo, palaute ja kutsut
my-data-kind-coaching = Valmennus: osallistuminen, vertaisryhmät, tehtävät ja palautukset, itsearvioinnit ja kyselyt
my-data-kind-certificates = Todistukset
my-data-kind-development = Kehittämisohjelma: sparraushakemukset ja ratkaisut
my-data-kind-newsletters = Uutiskirjeen tilaukset
my-data-kind-api-tokens = API-avaimet (vain nimet)
my-data-kind-files = Lähettämäsi tiedostot
my-data-kind-work = Tehtävissäsi muille tekemäsi: päätökset, palautteet ja kirjoittamasi tekstit
my-data-kind-audit = Lokimerkinnät: kuka käsitteli tietojasi ja mitä teit itse
my-data-files = Lataus sisältää myös lähettämäsi tiedostot ({ $count } kpl).
my-data-download = Lataa kaikki tietoni (ZIP)
my-data-download-hint = ZIP-tiedostossa on yksi JSON-tiedosto kustakin taulusta. Salasanasi tiivistettä, avainten tiivisteitä ja muita salaisuuksia ei ladata. Lataus kirjataan lokiin.

footer-privacy = Tietosuojaseloste
privacy-title = Tietosuojaseloste
privacy-intro = Tässä kerrotaan, mitä henkilötietoja palvelu käsittelee, mihin tarkoitukseen, kuinka kauan tiedot säilytetään ja mitä oikeuksia sinulla on. Säilytysajat ovat palvelun asetuksista, ja yöllinen ajo poistaa niitä vanhemmat tiedot.
privacy-controller-title = Rekisterinpitäjä ja yhteystiedot
privacy-controller-text = Rekisterinpitäjä on palvelun ylläpitäjä. Tietosuojaa koskevat kysymykset ja pyynnöt voit lähettää osoitteeseen:
privacy-purposes-title = Käsittelyn tarkoitukset
privacy-purpose-services = Esimiesakatemian, tapahtumien, valmennusohjelman ja työpaikkojen kehittämisohjelman tarjoaminen sinulle ja organisaatiollesi.
privacy-purpose-certificates = Valmennuksen todistusten myöntäminen. Todistuksen julkinen tarkistussivu näyttää haltijan nimen ja organisaation.
privacy-purpose-newsletters = Uutiskirjeen lähettäminen niille, jotka ovat sen tilanneet ja vahvistaneet tilauksen. Suostumus tallennetaan.
privacy-purpose-statistics = Vuositilastot. Ne lasketaan riveistä, eikä alle viiden hengen lukuja näytetä.
privacy-purpose-security = Palvelun turvallisuus: kirjautumisyritykset ja loki siitä, kuka käsitteli kenen tietoja.
privacy-data-title = Mitä tietoja käsitellään
privacy-data-text = Nimi, sähköpostiosoite, organisaatio, kieli ja roolit; mitä teet palvelussa (edistyminen, ilmoittautumiset, palautteet, valmennuksen tehtävät, hakemukset ja ratkaisut); lähettämäsi tiedostot; kirjautumiset; ja lokimerkinnät. Jos kirjaudut organisaatiosi tunnistuspalvelulla, tallennetaan myös palvelun sinulle antama tunniste.
privacy-who-title = Kuka tietoja näkee
privacy-who-text = Sinä itse; oman organisaatiosi henkilöstön kehittäjä oman organisaationsa tiedot; valmentajat ja koordinaattorit ne tiedot, joita heidän tehtävänsä vaativat. Toisen organisaation henkilö ei näe tietojasi. Hyväksytty ratkaisu on julkinen, ja sen yhteyshenkilö näytetään vain hänen luvallaan.
privacy-retention-title = Säilytysajat
privacy-retention-intro = Tiedot poistetaan, kun niitä ei enää tarvita:
privacy-retention-account = Käyttäjätilin tiedot säilytetään niin kauan kuin tili on olemassa.
privacy-retention-requests = Tilipyyntö, jota ei hyväksytty: { $days } vrk pyynnöstä.
privacy-retention-links = Kertakäyttöiset linkit (salasanan vaihto, tervetulolinkki): { $days } vrk siitä, kun linkki lakkasi toimimasta.
privacy-retention-sessions = Kirjautuminen päättyy { $hours } tunnin käyttämättömyyden jälkeen, ja päättynyt istunto poistetaan.
privacy-retention-throttle = Epäonnistuneiden kirjautumisten laskurit: { $days } vrk.
privacy-retention-audit = Loki siitä, kuka käsitteli kenen tietoja: { $days } vrk.
privacy-rights-title = Oikeutesi
privacy-right-access = Voit katsoa kaikki sinusta tallennetut tiedot ja ladata ne:
privacy-right-rectify = Voit korjata nimesi ja kielesi profiilissasi:
privacy-right-erase = Voit pyytää tietojesi poistamista omien tietojesi sivulla. Ylläpitäjä poistaa tiedot tai kertoo perustellusti, miksi niitä on säilytettävä; saat vastauksen sähköpostiisi. Poistossa jäävät vain tiedot, joita muut tarvitsevat, ilman sinua: esimerkiksi tilaisuuden osallistujamäärä ja nimettömät palautteet. Todistuksesi peruutetaan, ja sen sivu kertoo enää vain, että se on peruutettu.
privacy-right-newsletter = Voit lopettaa uutiskirjeen tilauksen jokaisen uutiskirjeen linkistä yhdellä napsautuksella.
privacy-right-complain = Voit tehdä valituksen tietosuojavaltuutetulle:
privacy-log-title = Loki
privacy-log-text = Tiedonhallintalain (906/2019) 17 §:n mukaisesti palvelu kirjaa lokiin, kuka katsoi kenen henkilösivua, muutti kenen tiliä, rooleja tai salasanaa, poisti tilin käytöstä, myönsi tai peruutti todistuksen, käsitteli poistopyynnön, ja milloin joku latasi omat tietonsa. Näet sinua koskevat merkinnät omien tietojesi sivulla.

admin-audit-search = Hae lokista
admin-audit-intro = Loki kertoo, kuka teki mitä kenenkin tiedoille. Hae tekijän, kohteen, toiminnon tai päivien mukaan. Näytetään enintään 1000 uusinta merkintää.
admin-audit-actor-email = Tekijän sähköpostiosoite
admin-audit-subject-email = Kenen tietoja (sähköpostiosoite)
admin-audit-action-hint = Toiminnon alku, esimerkiksi person: tai certificate:revoke
admin-audit-from = Alkaen
admin-audit-to = Päättyen
admin-audit-search-button = Hae
admin-audit-found = Merkintöjä: { $count }
admin-audit-csv = Lataa merkinnät (CSV)
admin-audit-detail = Lisätieto
error-audit-no-such-person = Tällä sähköpostiosoitteella ei ole käyttäjää.
my-data-log = Lokimerkinnät sinusta
my-data-log-intro = Kuka on käsitellyt tietojasi ja milloin. Tässä näkyy enintään 50 uusinta merkintää; latauksessa ovat kaikki.
my-data-log-none = Sinusta ei ole lokimerkintöjä.

# Erasure
erasure-title = Tietojesi poistaminen
erasure-intro = Voit pyytää, että kaikki sinusta tallennetut tiedot poistetaan. Ylläpitäjä käsittelee pyynnön: se poistaa tiedot tai kertoo syyn, miksi niitä on säilytettävä. Poiston jälkeen et voi enää kirjautua, ja todistuksesi peruutetaan.
erasure-requested-on = Pyyntö { $date }
erasure-status-waiting = odottaa käsittelyä
erasure-status-erased = tiedot poistettu
erasure-status-refused = ei toteutettu
erasure-reason = Syy
erasure-message = Viesti ylläpitäjälle (vapaaehtoinen)
erasure-person-message = Henkilön viesti
erasure-message-hint = Enintään 2 000 merkkiä.
erasure-request = Pyydä tietojeni poistamista
erasure-request-sent = Poistopyyntösi on vastaanotettu. Saat vastauksen sähköpostiisi.
erasure-admin-title = Poistopyynnöt
erasure-admin-waiting = { $count } odottaa käsittelyä
erasure-admin-intro = Henkilöt pyytävät tietojensa poistamista omien tietojensa sivulla. Toteuta pyyntö tai hylkää se perustellen; henkilö saa tiedon sähköpostiinsa, ja päätös kirjataan lokiin.
erasure-admin-none = Poistopyyntöjä ei ole.
erasure-admin-requests = Poistopyynnöt, odottavat ensin
erasure-admin-request = Poistopyyntö
erasure-person = Henkilö
erasure-requested = Pyydetty
erasure-status = Tila
erasure-rules = Mitä poisto tekee
erasure-rules-intro = Poisto noudattaa jokaisen taulun kirjattua sääntöä yhdessä tapahtumassa.
erasure-rule = Sääntö taulun mukaan
erasure-rule-remove = rivit poistetaan
erasure-rule-unlink = rivit jäävät muille, henkilö poistetaan niistä
erasure-rule-keep = rivit jäävät nimettöminä (määrät, nimettömät vastaukset, loki)
erasure-rule-anonymise = tilin nimi, osoite ja salasana poistetaan, tili suljetaan pysyvästi
erasure-rule-revoke = todistus peruutetaan, haltijan nimi poistetaan
erasure-carry-out = Poista tiedot
erasure-confirm = Poistan henkilön { $name } tiedot pysyvästi
erasure-refuse = Hylkää pyyntö
erasure-reason-hint = Henkilö saa syyn tiedoksi, esimerkiksi laki, joka velvoittaa säilyttämään tiedot. Enintään 2 000 merkkiä.
erasure-done = Tiedot on poistettu. Henkilö saa tiedon sähköpostiinsa.
erasure-refused = Pyyntö on hylätty. Henkilö saa syyn sähköpostiinsa.
error-erasure-message-long = Viesti saa olla enintään 2 000 merkkiä.
error-erasure-reason = Kirjoita syy, jonka henkilö saa tiedoksi.
error-erasure-reason-long = Syy saa olla enintään 2 000 merkkiä.
error-erasure-waiting = Sinulla on jo käsittelyä odottava poistopyyntö.
error-erasure-confirm = Vahvista poisto valitsemalla ruutu.
error-erasure-decided = Pyyntö on jo käsitelty.
mail-erased-subject = Tietosi on poistettu Johto-palvelusta
mail-erased-body = Hei,

    pyyntösi mukaisesti sinusta tallennetut tiedot on poistettu Johto-palvelusta. Tilisi on suljettu, eikä sillä voi enää kirjautua. Jäljelle jäivät vain tiedot, joita muut tarvitsevat ilman sinua, kuten tilaisuuksien osallistujamäärät. Tämä sähköpostiosoite ei jää palveluun.
mail-erasure-refused-subject = Poistopyyntösi on käsitelty
mail-erasure-refused-body = Hei { $name },

    pyyntöäsi poistaa tietosi Johto-palvelusta ei voitu toteuttaa. Syy:

    { $reason }

    Näet tietosi ja voit ladata ne osoitteessa { $link }. Voit tehdä valituksen tietosuojavaltuutetulle (tietosuoja.fi).

# Signing in through an identity provider
sso-heading = Kirjaudu organisaatiosi tunnuksilla
sso-sign-in-with = Kirjaudu: { $provider }
sso-or-password = Tai kirjaudu sähköpostilla ja salasanalla
sso-requested-title = Tilipyyntösi on lähetetty
sso-title = Kirjautuminen ei onnistunut
sso-back-to-login = Takaisin kirjautumiseen
sso-back-to-start = Etusivulle
sso-unavailable = Organisaatiosi tunnistuspalveluun ei juuri nyt saada yhteyttä. Yritä hetken kuluttua uudelleen tai kirjaudu salasanalla.
sso-requested = Tunnistuspalvelu vahvisti henkilöllisyytesi, mutta sinulla ei vielä ole tiliä. Tilipyyntösi on lähetetty organisaatiosi henkilöstön kehittäjälle. Saat sähköpostia, kun se on käsitelty.
sso-refused-state = Kirjautumisen vastaus ei kuulu tässä selaimessa aloitettuun kirjautumiseen, tai se on jo käytetty. Aloita kirjautuminen uudelleen.
sso-refused-expired = Kirjautuminen vanheni, koska sen aloittamisesta on kulunut yli 10 minuuttia. Aloita kirjautuminen uudelleen.
sso-refused-code = Tunnistuspalvelu ei hyväksynyt kirjautumista. Aloita kirjautuminen uudelleen.
sso-refused-token = Tunnistuspalvelun vastausta ei voitu varmentaa. Aloita kirjautuminen uudelleen.
sso-refused-unverified = Tunnistuspalvelu ei vahvistanut sähköpostiosoitettasi, joten sillä ei voi kirjautua.
sso-refused-domain = Tämä tunnistuspalvelu ei vastaa sähköpostiosoitteesi verkkotunnuksesta.
sso-refused-disabled = Tilisi on poistettu käytöstä. Ota yhteyttä organisaatiosi henkilöstön kehittäjään.
sso-refused-organisation = Sähköpostiosoitteesi verkkotunnus ei kuulu yhteenkään organisaatioon, josta tämä tunnistuspalvelu vastaa. Voit pyytää tiliä lomakkeella.
sso-refused-waiting = Tilipyyntösi odottaa jo käsittelyä. Saat sähköpostia, kun se on käsitelty.
sso-signed-out-title = Olet kirjautunut ulos
sso-signed-out-text = Olet kirjautunut ulos Johto-palvelusta. Kirjauduit palveluun: { $provider }. Voit kirjautua ulos myös sieltä.
sso-end-session = Kirjaudu ulos myös: { $provider }
sso-admin-title = Tunnistuspalvelut
sso-admin-card = Organisaatioiden omat tunnistuspalvelut (OpenID Connect)
sso-admin-intro = Organisaatioiden omat tunnistuspalvelut, joilla niiden henkilöt kirjautuvat. Kukin palvelu vastaa vain niistä sähköpostin verkkotunnuksista ja organisaatioista, jotka sille annetaan.
sso-admin-none = Tunnistuspalveluja ei ole lisätty.
sso-admin-providers = Tunnistuspalvelut
sso-add = Lisää tunnistuspalvelu
sso-name = Nimi
sso-name-fi = Nimi suomeksi
sso-name-sv = Nimi ruotsiksi
sso-issuer = Myöntäjän osoite (issuer)
sso-issuer-hint = Osoite, jonka alta löytyy /.well-known/openid-configuration, esimerkiksi https://tunnistus.espoo.fi.
sso-client-id = Asiakastunnus (client id)
sso-client-secret = Asiakassalaisuus (client secret)
sso-secret-hint = Salaisuutta ei näytetä tallentamisen jälkeen.
sso-secret-keep-hint = Jätä tyhjäksi, niin tallennettu salaisuus säilyy. Sitä ei näytetä.
sso-domains = Sähköpostin verkkotunnukset
sso-domains-hint = Yksi riviä kohden tai pilkuin eroteltuna, esimerkiksi espoo.fi.
sso-organisations = Organisaatiot
sso-organisations-hint = Organisaatiot, joiden henkilöistä palvelu vastaa. Valitse useita Ctrl- tai Cmd-näppäimellä.
sso-auto-approve = Uusi henkilö saa tilin heti (muuten tilipyyntö odottaa henkilöstön kehittäjää)
sso-enabled = Käytössä kirjautumissivulla
sso-callback-hint = Rekisteröi palveluun paluuosoitteeksi:
sso-new-people = Uudet henkilöt
sso-in-use = Käytössä
sso-auto-approve-short = tili heti
sso-wait-short = tilipyyntö
sso-enabled-short = kyllä
sso-disabled-short = ei
sso-saved = Tunnistuspalvelu on tallennettu.
error-sso-issuer = Anna https-osoite (http käy vain tällä koneella, 127.0.0.1 tai localhost).
error-sso-text = Tämä tieto on pakollinen.
error-sso-text-long = Enintään 200 merkkiä.
error-sso-secret = Anna asiakassalaisuus.
error-sso-domains = Anna ainakin yksi sähköpostin verkkotunnus.
error-sso-organisations = Valitse ainakin yksi organisaatio.
