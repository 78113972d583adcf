# Välitehtävät, sertifikaattityö, itsearviointi ja kehittävä arviointi

cohort-field-end-assessment = Loppuarviointi avautuu
cohort-hint-end-assessment = Päivä, josta alkaen osallistujat voivat tehdä loppuitsearvioinnin. Tyhjänä kaksi kuukautta ennen päättymistä.

nav-queue = Palautettavat

## Välitehtävät

tasks-title = Tehtävät
tasks-intro = Välitehtävät tukevat omaa kehittymistä valmennuksen aikana, ja sertifikaattityössä arvioit oman johtamisesi kehittymistä. Valmentaja antaa jokaisesta palautetun työstä palautteen.
tasks-none = Tehtäviä ei ole vielä annettu.
tasks-grid-title = Tehtävien tilanne
task-new = Uusi tehtävä
task-edit = Muokkaa tehtävää
task-save = Tallenna
task-create = Anna tehtävä
task-created = Tehtävä on annettu.
task-saved = Tehtävä on tallennettu.
task-field-title = Tehtävä
task-field-title-fi = Otsikko suomeksi
task-field-title-sv = Otsikko ruotsiksi
task-field-kind = Laji
task-field-instructions-fi = Ohjeet suomeksi
task-field-instructions-sv = Ohjeet ruotsiksi
task-hint-instructions = Markdown: otsikot (#), luettelot (-), linkit [teksti](osoite).
task-field-opens = Avautuu
task-field-due = Määräaika
task-field-closes = Viimeinen palautus
task-hint-times = Määräajan jälkeen palautettu työ otetaan vastaan myöhästyneenä viimeiseen palautushetkeen asti.
task-field-for-groups = Vertaisryhmän yhteinen tehtävä
task-hint-for-groups = Ryhmä palauttaa yhden yhteisen työn. Ei voi muuttaa, kun töitä on jo aloitettu.
task-for-groups-short = ryhmätehtävä
task-kind-interim = Välitehtävä
task-kind-certificate-work = Sertifikaattityö
task-due = Määräaika
task-my-state = Tilanne
task-state = Tilanne
task-waiting = Odottaa palautetta
task-approved = Hyväksytty
task-state-not-started = Ei aloitettu
task-state-draft = Luonnos
task-state-submitted = Palautettu
task-state-late = Palautettu myöhässä
task-state-revise = Täydennettävä
task-state-approved = Hyväksytty
task-outcome-approved = Hyväksytty
task-outcome-revise = Täydennettävä
task-extended-for-you = sinulle myönnetty lisäaika
task-instructions = Ohjeet
task-attachments = Liitteet
task-attach-file = Liite
task-attach = Lisää liite
task-attached = Liite on lisätty.
task-hint-file = PDF-, Word-, Excel-, PowerPoint-, OpenDocument-, PNG- tai JPEG-tiedosto, enintään { $size } Mt.
task-my-work = Oma työni
task-our-work = Ryhmämme työ
task-no-group = Tämä on vertaisryhmän tehtävä, etkä vielä kuulu ryhmään. Kysy valmentajalta.
task-draft-files = Luonnoksen tiedostot
task-remove-file = Poista
task-remove-file-named = Poista { $name }
task-field-body = Työ
task-hint-body = Voit tallentaa luonnoksen ja jatkaa myöhemmin. Palautettu työ lähtee valmentajalle.
task-field-file = Lisää tiedosto
task-save-draft = Tallenna luonnos
task-hand-in = Palauta
task-attempts = Palautukset
task-attempt = Palautus
task-attempt-number = Palautus { $number }
task-late = myöhässä
task-feedback = Palaute
task-awaiting-feedback = Odottaa valmentajan palautetta.
task-works = Osallistujien työt
task-works-none = Osallistujia ei ole.
task-extensions = Lisäajat
task-extension-person = Osallistuja
task-extension-until = Uusi määräaika
task-extend = Myönnä lisäaika
task-extended = Lisäaika on myönnetty.
work-saved = Luonnos on tallennettu.
work-handed-in = Työ on palautettu valmentajalle.
work-file-removed = Tiedosto on poistettu luonnoksesta.
work-not-handed-in = Työtä ei ole vielä palautettu.
feedback-give = Anna palaute
feedback-outcome = Ratkaisu
feedback-file = Liitä tiedosto (vapaaehtoinen)
feedback-send = Lähetä palaute
feedback-given = Palaute on annettu, ja osallistujalle lähtee siitä viesti.
queue-title = Palautetta odottavat työt
queue-intro = Valmentamiesi ryhmien palautetut työt, vanhin ensin.
queue-cohort = Valmennusryhmä
queue-all-cohorts = Kaikki ryhmät
queue-filter = Näytä
queue-empty = Palautetta odottavia töitä ei ole.
queue-count = { $count ->
    [one] Yksi työ odottaa palautetta
   *[other] { $count } työtä odottaa palautetta
}
queue-handed-in = Palautettu

error-task-kind = Valitse tehtävän laji.
error-feedback-outcome = Valitse, hyväksytkö työn vai pyydätkö täydennystä.
error-task-due-before-open = Määräaika ei voi olla ennen avautumista.
error-task-closes-before-due = Viimeinen palautus ei voi olla ennen määräaikaa.
error-task-handed-in = Työ on jo palautettu. Voit palauttaa uudelleen, jos valmentaja pyytää täydennystä.
error-task-not-open = Tehtävä ei ole vielä avautunut.
error-task-closed = Viimeinen palautushetki on mennyt, eikä työtä voi enää palauttaa. Luonnoksesi on tallessa; pyydä tarvittaessa lisäaikaa valmentajalta.
error-task-title = Anna tehtävälle otsikko.
error-task-title-long = Otsikko on liian pitkä (enintään 200 merkkiä).
error-task-instructions = Kirjoita ohjeet.
error-work-long = Teksti on liian pitkä (enintään 20 000 merkkiä).
error-work-empty = Kirjoita työhön tekstiä tai lisää tiedosto ennen palautusta.
error-feedback-empty = Kirjoita palaute.
error-feedback-given = Työhön on jo annettu palaute.
error-task-certificate-work-taken = Valmennusryhmällä on jo sertifikaattityö.
error-extension-person = Valitse osallistuja.

mail-feedback-subject = Palaute: { $task }
mail-feedback-body =
    Valmentaja on antanut palautteen työstäsi "{ $task }": { $outcome }.

    Lue palaute:
    { $link }
mail-coach-digest-subject = { $count ->
    [one] Uusi palautettu työ
   *[other] { $count } uutta palautettua työtä
}
mail-coach-digest-body =
    Eilen aamun jälkeen palautettiin { $count } työtä, joista { $late } myöhässä:

    { $list }

    Palautetta odottavat työt:
    { $link }

## Itsearviointi ja kehittävä arviointi: virheet

error-assessment-area = Tuntematon osa-alue.
error-assessment-phase = Tuntematon arvioinnin vaihe.
error-assessment-rating = Valitse arvio 1–5.
error-assessment-comment-long = Kommentti on liian pitkä (enintään 1 000 merkkiä).
error-assessment-end-early = Loppuarvioinnin voi tehdä vasta, kun se avautuu.
error-question-kind = Valitse kysymyksen laji.
error-round-status = Tuntematon kierroksen vaihe.
error-answer-likert = Valitse 1–5 tai "En osaa sanoa".
error-survey-title = Anna kyselylle nimi.
error-survey-title-long = Nimi on liian pitkä (enintään 200 merkkiä).
error-question-long = Kysymys on liian pitkä (enintään 500 merkkiä).
error-question-text = Kirjoita kysymys ainakin toisella kielellä.
error-question-options = Anna ainakin kaksi vaihtoehtoa, kukin omalle rivilleen.
error-survey-empty = Kyselyssä ei ole kysymyksiä.
error-survey-incomplete = Jokaisella kysymyksellä pitää olla teksti sekä suomeksi että ruotsiksi (ja valintakysymyksellä yhtä monta vaihtoehtoa kummallakin kielellä), ennen kuin kierros voi alkaa.
error-evaluation-response-empty = Kirjoita vastaus.

mail-evaluation-invitation-subject = Kehittävä arviointi: { $round }
mail-evaluation-invitation-body =
    Sinut on kutsuttu vastaamaan kyselyyn "{ $survey }" ({ $round }). Kysely on auki { $closes } asti.

    Vastaukset käsitellään vain ryhminä, joissa on vähintään viisi vastaajaa.

    Vastaa kyselyyn:
    { $link }
mail-evaluation-reminder-subject = Muistutus: { $round }
mail-evaluation-reminder-body =
    Et ole vielä vastannut kyselyyn "{ $survey }" ({ $round }). Kysely on auki { $closes } asti.

    Vastaa kyselyyn:
    { $link }

## Itsearviointi

cohort-work = Tehtävät ja arviointi
figure-too-few = < 5
assessment-title = Itsearviointi
assessment-intro = Arvioit omaa johtamistasi valmennuksen alussa ja lopussa samoilla väittämillä. Vertailu näyttää osa-alueittain, miten näkemyksesi on muuttunut; voit käyttää sitä sertifikaattityössäsi. Vastauksesi näkevät vain sinä, valmentajasi ja sertifioija.
assessment-of-person-intro = Osallistujan omat vastaukset. Ne näkyvät vain osallistujalle itselleen, valmentajalle ja sertifioijalle.
assessment-phase-start = Alkuarviointi
assessment-phase-end = Loppuarviointi
assessment-take-start = Tee alkuarviointi
assessment-take-end = Tee loppuarviointi
assessment-retake = Muuta vastauksia
assessment-done-at = tehty { $at }
assessment-end-opens = Loppuarviointi avautuu { $date }.
assessment-none = Et ole vielä tehnyt itsearviointia.
assessment-comparison = Alku ja loppu osa-alueittain (1–5)
assessment-area = Osa-alue
assessment-change = Muutos
assessment-comments = Kommentit
assessment-form-intro = Arvioi, kuinka hyvin kukin väittämä kuvaa omaa johtamistasi nyt: 1 = ei lainkaan, 5 = täysin. Kommentti on vapaaehtoinen.
assessment-scale-1 = ei lainkaan
assessment-scale-5 = täysin
assessment-comment = Kommentti (vapaaehtoinen)
assessment-save = Tallenna arviointi
assessment-saved = Itsearviointi on tallennettu.
assessment-summary-title = Itsearvioinnit osa-alueittain
assessment-summary-intro = Osa-alueiden keskiarvot (1–5). Ryhmä, jossa on alle viisi vastaajaa, näytetään merkinnällä "< 5", samoin ryhmä, josta sen voisi päätellä vähentämällä.

area-customer-orientation = Asiakaslähtöisyys
area-leading-people = Henkilöjohtaminen
area-leading-change = Muutoksen johtaminen
area-networks = Verkostot ja yhteistyö
area-strategy = Strategia
area-results = Tuloksellisuus

statement-customer-needs = Tunnen yksikköni asiakkaiden tarpeet ja otan ne huomioon päätöksissäni.
statement-customer-feedback = Kerään säännöllisesti palautetta asiakkailta ja käytän sitä palvelujen kehittämiseen.
statement-customer-involvement = Otan asiakkaat mukaan palvelujen suunnitteluun.
statement-people-conversations = Käyn jokaisen työntekijäni kanssa säännöllisesti kehityskeskustelun.
statement-people-feedback = Annan työntekijöilleni palautetta sekä onnistumisista että kehittämiskohteista.
statement-people-wellbeing = Tuen työyhteisöni hyvinvointia ja puutun ongelmiin varhain.
statement-change-reasons = Perustelen muutokset työntekijöilleni ymmärrettävästi.
statement-change-involvement = Otan työntekijät mukaan muutosten suunnitteluun ja toteutukseen.
statement-change-follow-up = Arvioin muutosten vaikutuksia ja korjaan suuntaa tarvittaessa.
statement-networks-cooperation = Teen yhteistyötä muiden yksiköiden ja toimialojen kanssa.
statement-networks-expertise = Hyödynnän kuntakonsernin ja muiden organisaatioiden osaamista työssäni.
statement-networks-sharing = Jaan kokemuksiani ja hyviä käytäntöjä muille esimiehille.
statement-strategy-knowing = Tunnen organisaationi strategian ja sen merkityksen yksikölleni.
statement-strategy-goals = Muutan strategian yksikköni konkreettisiksi tavoitteiksi.
statement-strategy-meaning = Kerron työntekijöilleni, miten heidän työnsä liittyy strategiaan.
statement-results-goals = Yksikölläni on selkeät ja mitattavat tavoitteet.
statement-results-follow-up = Seuraan tavoitteiden toteutumista säännöllisesti yhdessä työntekijöiden kanssa.
statement-results-information = Käytän talous- ja henkilöstötietoa johtamisen tukena.

## Kehittävä arviointi

nav-evaluation = Arviointi
evaluation-title = Kehittävä arviointi
evaluation-intro = Kyselyt valmennusryhmän organisaatioiden kehittämistyön arviointiin. Kysely lähetetään kierroksina osallistujille sekä organisaatioiden hankkeiden vastuuhenkilöille ja henkilöstön kehittäjille.
evaluation-none = Kyselyjä ei ole vielä.
evaluation-question-count = { $count ->
    [one] yksi kysymys
   *[other] { $count } kysymystä
}
survey-new = Uusi kysely
survey-field-title-fi = Nimi suomeksi
survey-field-title-sv = Nimi ruotsiksi
survey-create = Luo kysely
survey-created = Kysely on luotu.
evaluation-results = Tulokset
survey-questions = Kysymykset
survey-no-questions = Kysymyksiä ei ole vielä.
survey-missing-fi = suomenkielinen teksti puuttuu
survey-missing-sv = ruotsinkielinen teksti puuttuu
survey-remove-question-named = Poista kysymys { $number }
survey-add-question = Lisää kysymys
survey-field-kind = Kysymyksen laji
survey-field-text-fi = Kysymys suomeksi
survey-field-text-sv = Kysymys ruotsiksi
survey-field-options-fi = Vaihtoehdot suomeksi
survey-field-options-sv = Vaihtoehdot ruotsiksi
survey-hint-options = Valintakysymyksen vaihtoehdot, kukin omalle rivilleen, samassa järjestyksessä molemmilla kielillä.
survey-questions-fixed = Kierros on jo alkanut, joten kysymykset on lukittu: jokainen kierros kysyy samat kysymykset.
question-kind-likert = Väittämä 1–5
question-kind-choice = Valinta
question-kind-text = Vapaa teksti
question-added = Kysymys on lisätty.
question-removed = Kysymys on poistettu.
survey-rounds = Kierrokset
survey-no-rounds = Kierroksia ei ole vielä.
survey-round = Kierros
survey-round-status = Vaihe
survey-anonymity = Vastaukset
survey-closes = Sulkeutuu
survey-actions = Toiminnot
survey-anonymous = Nimettömät vastaukset
survey-named = Nimelliset vastaukset
survey-hint-anonymous = Nimettömään vastaukseen ei tallenneta vastaajaa. Valintaa ei voi muuttaa kierroksen alettua.
survey-open = Aloita kierros
survey-remind = Muistuta vastaamattomia
survey-close = Sulje kierros
survey-add-round = Lisää kierros
survey-field-round-fi = Kierroksen nimi suomeksi
survey-field-round-sv = Kierroksen nimi ruotsiksi
round-status-draft = Valmisteilla
round-status-open = Käynnissä
round-status-closed = Päättynyt
round-added = Kierros on lisätty.
round-opened = Kierros on alkanut, ja kutsut lähtevät.
round-closed = Kierros on suljettu.
round-reminded = Muistutukset lähtevät niille, jotka eivät ole vielä vastanneet.
error-survey-in-use = Kierros on jo alkanut, joten kysymyksiä ei voi enää muuttaa.
error-round-not-draft = Kierros on jo alkanut.
error-answer-choice = Valitse yksi vaihtoehdoista.
survey-answered = Kiitos vastauksistasi!
error-survey-answered = Olet jo vastannut tähän kierrokseen, tai kierros on päättynyt.
survey-answer-closed = Olet jo vastannut tähän kierrokseen, tai kierros on päättynyt.
survey-answer-intro = Kysely on auki { $date } asti. Voit jättää kysymyksiä vastaamatta.
survey-answer-anonymous = Vastaukset ovat nimettömiä: niihin ei tallenneta sinua, ja tulokset näytetään vain vähintään viiden vastaajan ryhmistä.
survey-answer-named = Vastaukset tallennetaan nimelläsi, mutta tulokset näytetään vain vähintään viiden vastaajan ryhmistä.
survey-cannot-say = En osaa sanoa
survey-send = Lähetä vastaukset
question = Kysymys
evaluation-cohort = Koko ryhmä
evaluation-means = Keskiarvot (1–5)
evaluation-change = Muutos
evaluation-across-rounds = Koko ryhmän keskiarvot kierroksittain
evaluation-option = Vaihtoehto
evaluation-invited = kutsuttuja
evaluation-answered = vastanneita
evaluation-turnout = Vastanneet
evaluation-results-intro = Tulokset organisaatioittain ja koko ryhmän, kierroksittain. Alle viiden vastaajan ryhmä näytetään merkinnällä "< 5", samoin ryhmä, josta sen voisi päätellä vähentämällä. Vapaat vastaukset näytetään ilman nimiä ja organisaatioita.
evaluation-organisations = Organisaatioiden sivut
evaluation-responses = Organisaatioiden vastineet
evaluation-no-responses = Organisaatiot eivät ole vielä kirjoittaneet vastineita.
evaluation-organisation-intro = Organisaationne tulokset rinnakkain koko ryhmän kanssa. Kirjoittakaa vastine: mitä teemme seuraavaksi. Arvioija näkee sen.
evaluation-our-response = Vastineemme
evaluation-no-response = Vastinetta ei ole vielä kirjoitettu.
evaluation-response-field = Mitä teemme seuraavaksi
evaluation-respond = Tallenna vastine
evaluation-responded = Vastine on tallennettu.
programme-surveys = Vastaamista odottavat kyselyt
programme-assessment-both = Alku- ja loppuarviointi tehty: katso vertailu
programme-assessment-start-done = Alkuarviointi tehty
