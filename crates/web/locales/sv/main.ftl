site-name = Johto
skip-to-content = Hoppa till innehållet
nav-main = Huvudmeny
nav-languages = Språk
nav-start = Startsida
nav-organisations = Organisationer
nav-people = Personer
nav-requests = Begäranden om användarkonto
nav-admin = Administration
nav-profile = Mina uppgifter
nav-login = Logga in
nav-logout = Logga ut
footer-accessibility = Tillgänglighetsutlåtande
footer-about = Johto – tjänsten för utveckling av ledarskap och arbetsliv inom kommunsektorn

language-switch-name = På svenska
lang-own-fi = Suomi
lang-own-sv = Svenska
lang-own-en = English
lang-fi = finska
lang-sv = svenska
lang-en = engelska

role-manager = Chef
role-hr-developer = HR-utvecklare
role-content-editor = Innehållsproducent
role-coordinator = Programkoordinator
role-coach = Coach
role-evaluator = Utvärderare
role-certifier = Certifierare
role-administrator = Administratör
role-desc-manager = Chefskapsakademins verktyg, webbinarier, coachingens uppgifter och certifikatet.
role-desc-hr-developer = Den egna organisationens personer och kontobegäranden, idébanken, deltagande och rapporter.
role-desc-content-editor = Att skriva och uppdatera akademins teman på finska och svenska.
role-desc-coordinator = Coachinggrupper, forum, evenemang, sparrningsomgångar, nyhetsbrev och statistik.
role-desc-coach = Kamratgrupper, respons på mellanuppgifter och godkännande av certifikatarbeten.
role-desc-evaluator = Enkäter för utvecklande bedömning och deras resultat per organisation.
role-desc-certifier = Att bevilja och återkalla certifikat.
role-desc-administrator = Organisationer, personer och deras roller samt händelseloggen.

org-kind-municipality = Kommun
org-kind-joint-municipal-authority = Samkommun
org-kind-wellbeing-services-county = Välfärdsområde
org-kind-municipal-group-company = Bolag i kommunkoncernen
org-kind-other = Annan
region-none = inget landskap
region-uusimaa = Nyland
region-varsinais-suomi = Egentliga Finland
region-satakunta = Satakunta
region-kanta-hame = Egentliga Tavastland
region-pirkanmaa = Birkaland
region-paijat-hame = Päijänne-Tavastland
region-kymenlaakso = Kymmenedalen
region-etela-karjala = Södra Karelen
region-etela-savo = Södra Savolax
region-pohjois-savo = Norra Savolax
region-pohjois-karjala = Norra Karelen
region-keski-suomi = Mellersta Finland
region-etela-pohjanmaa = Södra Österbotten
region-pohjanmaa = Österbotten
region-keski-pohjanmaa = Mellersta Österbotten
region-pohjois-pohjanmaa = Norra Österbotten
region-kainuu = Kajanaland
region-lappi = Lappland
region-ahvenanmaa = Åland
org-region = Landskap
org-languages-finnish = Finskspråkig
org-languages-swedish = Svenskspråkig
org-languages-bilingual = Tvåspråkig

landing-title = Ledarskapsutveckling för kommunsektorn
landing-lead = Johto samlar kommunsektorns chefskapsakademi, ledarskapscoachingen och programmet för utveckling av arbetsplatser i en tjänst.
landing-academy-title = Chefskapsakademin
landing-academy-text = Korta videor, verktyg och teori som hjälper chefer att utveckla sig själva och sina team med små resurser.
landing-coaching-title = Ledarskapscoachingen
landing-coaching-text = En årslång coaching som avslutas med ett offentligt certifikat.
landing-development-title = Utveckling av arbetsplatser
landing-development-text = Sparrningsdagar, utbildningar, en bank med utvecklingslösningar, nyhetsbrev och årsstatistik.
landing-request = Begär användarkonto
landing-free = Tjänsten är avgiftsfri för företrädare för arbetsgivarna inom kommunsektorn.

start-title = Startsida
start-greeting = Hej, { $name }!
start-your-organisation = Din organisation:
start-next = Vad du kan göra härnäst
start-requests-title = Begäranden om användarkonto
start-requests-count = { $count ->
    [0] Inga begäranden väntar.
    [one] En begäran väntar på ditt beslut.
   *[other] { $count } begäranden väntar på ditt beslut.
}
start-people-title = Personer
start-people-text = Se och hantera din organisations användare.
start-admin-title = Administration
start-admin-text = Organisationer, personer, roller och händelseloggen.
start-profile-title = Mina uppgifter
start-profile-text = Namn, språk och lösenord.
start-your-roles = Dina roller

login-title = Logga in
login-submit = Logga in
login-forgot = Glömt lösenordet?
login-no-account = Har du inget konto? Begär ett användarkonto.

forgot-title = Glömt lösenord
forgot-intro = Skriv din e-postadress i arbetet. Vi skickar en länk där du kan välja ett nytt lösenord. Länken gäller i en timme.
forgot-submit = Skicka länken
forgot-sent = Om adressen har ett användarkonto har vi skickat en länk för att välja ett nytt lösenord. Kontrollera din e-post.

set-password-reset-title = Välj ett nytt lösenord
set-password-welcome-title = Välkommen – välj ditt lösenord
set-password-submit = Spara lösenordet
set-password-invalid-link = Länken har gått ut eller redan använts. Du kan begära en ny länk.
password-set-done = Lösenordet har sparats. Nu kan du logga in.

request-title = Begär användarkonto
request-intro = Ange ditt namn, din e-post i arbetet och din organisation. Din organisations HR-utvecklare behandlar begäran, och du får beslutet per e-post.
request-submit = Skicka begäran
request-sent = Tack! Din begäran har tagits emot. Du får e-post när den har behandlats.

profile-title = Mina uppgifter
profile-details = Namn och språk
profile-save = Spara
profile-saved = Uppgifterna har sparats.
profile-password = Byt lösenord
profile-change-password = Byt lösenord
password-changed = Lösenordet har bytts. Dina andra sessioner har loggats ut.

field-name = Namn
field-email = E-post
field-work-email = E-post i arbetet
field-password = Lösenord
field-current-password = Nuvarande lösenord
field-new-password = Nytt lösenord
field-password-confirm = Nytt lösenord en gång till
field-organisation = Organisation
field-lang = Språk
field-roles = Roller
field-status = Status
field-choose = Välj…
hint-password = Minst 12 tecken. En lång mening är ett bra lösenord.
hint-work-email = Använd din organisations e-postadress.
hint-business-id = I formen 1234567-8. Frivilligt.
hint-domains = Domänerna i personalens e-postadresser, åtskilda med kommatecken, t.ex. espoo.fi, esbo.fi.
status-active = I bruk
status-disabled = Inaktiverat
status-no-password = lösenord inte valt

form-error-summary = Kontrollera följande
form-error-prefix = Fel:

error-text-control = Fältet innehåller tecken som inte kan sparas.
error-lang-invalid = Välj ett språk.
error-email-empty = Skriv en e-postadress.
error-email-invalid = Skriv e-postadressen i formen namn@exempel.fi.
error-email-has-account = Adressen har redan ett användarkonto. Om du har glömt ditt lösenord kan du begära ett nytt.
error-email-already-requested = En begäran för adressen väntar redan på behandling.
error-email-not-of-organisation = Använd organisationens e-postadress ({ $domains }).
error-name-empty = Skriv ett namn.
error-name-too-long = Namnet är för långt (högst 200 tecken).
error-password-empty = Skriv lösenordet.
error-password-too-short = Lösenordet måste ha minst 12 tecken.
error-password-too-long = Lösenordet är för långt.
error-password-mismatch = Lösenorden stämmer inte överens.
error-current-password = Det nuvarande lösenordet är fel.
error-login-refused = E-postadressen eller lösenordet är fel.
error-login-locked = För många felaktiga försök. Kontot är låst till kl. { $time }.
error-organisation-required = Välj en organisation.
error-slug-invalid = Adressnamnet får bara innehålla små bokstäver a–z, siffror och enstaka bindestreck.
error-slug-taken = Adressnamnet används redan av en annan organisation.
org-name-en = Namn på engelska (valfritt)
error-org-kind-invalid = Välj organisationens typ.
error-org-languages-invalid = Välj organisationens språk.
error-org-name-empty = Skriv ett namn.
error-org-name-too-long = Namnet är för långt (högst 200 tecken).
error-business-id-invalid = FO-numret skrivs i formen 1234567-8 och kontrolltecknet måste stämma.
error-domain-invalid = Skriv domänerna i formen esbo.fi, åtskilda med kommatecken.
error-domain-taken = En av domänerna hör redan till en annan organisation.
error-parent-invalid = Välj moderorganisationen i listan.
error-parent-cycle = En organisation kan inte vara sin egen moderorganisation eller underordnas sina egna underorganisationer.
error-role-invalid = Okänd roll.
error-roles-required = Välj minst en roll.

error-not-found-title = Sidan hittades inte
error-not-found-text = Sidan du söker finns inte eller så har du inte tillgång till den.
error-forbidden-title = Ingen behörighet
error-forbidden-text = Dina roller ger inte tillgång till den här sidan.
error-csrf-title = Formuläret har gått ut
error-csrf-text = Formulärets säkerhetskod saknades eller hade gått ut. Gå tillbaka, ladda om sidan och skicka formuläret på nytt.
error-bad-request-title = Felaktig begäran
error-bad-request-text = Begäran kunde inte behandlas.
error-too-many-title = För många försök
error-too-many-text = Det har kommit för många försök från samma adress. Vänta en stund och försök igen.
error-internal-title = Något gick fel
error-internal-text = Vi beklagar, felet har loggats. Inga av dina uppgifter gick förlorade. Försök igen om en stund.
error-back-home = Till startsidan

orgs-title = Organisationer
org-name = Namn
org-name-fi = Namn på finska
org-name-sv = Namn på svenska
org-kind = Typ
org-languages = Språk
org-business-id = FO-nummer
org-parent = Moderorganisation
org-parent-none = Ingen moderorganisation
org-domains = E-postdomäner
org-children = Underorganisationer
org-people = Personer
org-saved = Organisationen har sparats.

people-title = Personer
people-none = Inga personer.
person-disable = Inaktivera kontot
person-enable = Aktivera kontot
person-disabled = Kontot har inaktiverats och dess sessioner avslutats.
person-enabled = Kontot har aktiverats.
person-roles-title = Roller
person-roles-save = Spara rollerna
person-roles-saved = Rollerna har sparats.
person-created = Personen har lagts till och fått en länk för att välja lösenord.

requests-title = Begäranden om användarkonto
requests-none = Inga begäranden väntar.
requests-received = Mottagen
requests-decision = Beslut
requests-approve = Godkänn
requests-reject = Avslå
requests-approve-label = Godkänn: { $name }
requests-reject-label = Avslå: { $name }
request-approved = Begäran har godkänts. Personen har fått en länk för att välja lösenord.
request-rejected = Begäran har avslagits och personen har informerats.
request-email-taken = Adressen har redan ett användarkonto, så begäran godkändes inte.

admin-title = Administration
admin-organisations = Organisationer
admin-organisations-count = { $count } organisationer
admin-people = Personer
admin-people-count = { $count } personer
admin-add-person = Lägg till en person
admin-add-person-intro = Personen får en länk per e-post för att välja sitt lösenord.
admin-org-new = Ny organisation
admin-save = Spara
admin-actions = Åtgärder
admin-edit-label = Redigera: { $name }
admin-audit = Händelselogg
admin-audit-none = Inga händelser.
admin-audit-time = Tid
admin-audit-actor = Utförare
admin-audit-action = Åtgärd
admin-audit-subject = Objekt

a11y-title = Tillgänglighetsutlåtande
a11y-intro = Detta tillgänglighetsutlåtande gäller tjänsten Johto. Tjänsten omfattas av lagen om tillhandahållande av digitala tjänster (306/2019), som kräver att offentliga webbtjänster ska vara tillgängliga.
a11y-status-title = Tjänstens tillgänglighetsstatus
a11y-status-text = Tjänsten uppfyller delvis de kritiska tillgänglighetskraven på nivå A och AA i WCAG 2.1; bristerna nedan är kända.
a11y-gaps-title = Innehåll som inte är tillgängligt
a11y-gap-english = Det engelskspråkiga gränssnittet kan ställvis vara på finska, eftersom engelska är tjänstens tredje språk.
a11y-gap-documents = Nedladdningsbara dokument som läggs till i tjänsten senare är inte nödvändigtvis tillgängliga.
a11y-assessment-title = Hur tillgängligheten har bedömts
a11y-assessment-text = Utlåtandet har upprättats 23.11.2026. Tillgängligheten har bedömts genom egen bedömning: varje sida kontrolleras automatiskt med verktyget axe-core (WCAG 2.0 och 2.1, nivå A och AA) och med en HTML-validerare vid varje ändring, och sidorna har testats med tangentbord.
a11y-feedback-title = Respons och kontaktuppgifter
a11y-feedback-text = Har du upptäckt en tillgänglighetsbrist? Berätta om den för oss per e-post. Vi svarar inom 14 dagar.
a11y-authority-title = Tillsynsmyndighet
a11y-authority-text = Om du upptäcker tillgänglighetsproblem på webbplatsen, ge först respons till oss. Om du inte är nöjd med svaret eller inte får något svar inom två veckor, kan du göra en anmälan till Transport- och kommunikationsverket Traficom.
a11y-authority-name = Transport- och kommunikationsverket Traficom, enheten för tillsyn över digital tillgänglighet
a11y-authority-phone = växel 029 534 5000

mail-footer = Johto – tjänsten för utveckling av ledarskap och arbetsliv inom kommunsektorn. Meddelandet har skickats automatiskt.
mail-reset-subject = Välj ett nytt lösenord
mail-reset-body = Hej,

    någon (förhoppningsvis du) begärde ett nytt lösenord till tjänsten Johto. Välj ett nytt lösenord via den här länken inom en timme:

    { $link }

    Om du inte begärde ett nytt lösenord kan du lämna meddelandet utan åtgärd. Ditt lösenord har inte ändrats.
mail-welcome-subject = Välkommen till Johto
mail-welcome-body = Hej { $name },

    ett användarkonto har skapats för dig i tjänsten Johto. Välj ditt lösenord via den här länken inom sju dagar:

    { $link }
mail-request-waiting-subject = Ny begäran om användarkonto: { $name }
mail-request-waiting-body = Hej,

    { $name } ({ $email }) begär ett användarkonto i er organisation. Godkänn eller avslå begäran här:

    { $link }
mail-request-rejected-subject = Din begäran om användarkonto har behandlats
mail-request-rejected-body = Hej { $name },

    din begäran om ett användarkonto i tjänsten Johto godkändes inte. Om du tror att det är ett misstag, kontakta HR-utvecklaren i din organisation.

nav-academy = Akademin
breadcrumb = Brödsmulor
academy-title = Chefskapsakademin
academy-lead = Korta videor, verktyg och teori som hinns med på några minuter – inför morgondagens teammöte.
academy-continue = Fortsätt där du slutade
academy-theme-size = { $count ->
    [one] en del
   *[other] { $count } delar
}
academy-minutes = { $count ->
    [one] 1 minut
   *[other] { $count } minuter
}
academy-finished-count = { $count ->
    [0] Du har inte slutfört några delar ännu.
    [one] Du har slutfört en del.
   *[other] Du har slutfört { $count } delar.
}
academy-subscribe-note = Vill du få e-post när ett nytt tema öppnas i akademin?
academy-subscribe = Prenumerera på nya teman
academy-subscribed-note = Du får e-post när ett nytt tema öppnas i akademin.
academy-unsubscribe = Avsluta prenumerationen
academy-subscribed = Du får i fortsättningen besked om nya teman.
academy-unsubscribed = Prenumerationen har avslutats.
academy-parts = Delar
academy-kind-video = Video
academy-kind-tool = Verktyg
academy-kind-theory = Teori
academy-status-not-started = inte påbörjad
academy-status-started = påbörjad
academy-status-finished = Slutförd
academy-captions = Textning
academy-no-video = Din webbläsare kan inte visa videon.
academy-download-video = Ladda ner videon.
academy-transcript = Textversion
academy-checklist = Checklista
academy-notes = Egna anteckningar
academy-notes-hint = Dina svar syns bara för dig.
academy-save-answers = Spara svaren
academy-answers-saved = Dina svar har sparats.
academy-print = Skriv ut
academy-mark-finished = Markera som slutförd
academy-mark-unfinished = Markera som ofullbordad
academy-finished-saved = Delen har markerats som slutförd.
academy-unfinished-saved = Delen har markerats som ofullbordad.
academy-rate = Bedöm den här delen
academy-usefulness = Hur nyttig var delen (1 = lite, 5 = mycket)?
academy-used-with-team = Jag använde det här med mitt team
academy-comment = Kommentar (frivillig)
academy-send-rating = Skicka bedömningen
academy-rating-saved = Tack för din bedömning!
error-usefulness-invalid = Välj nyttan på skalan 1–5.
error-comment-too-long = Kommentaren är för lång (högst 2 000 tecken).
error-part-kind-invalid = Välj typ av del: video, verktyg eller teori.
error-minutes-invalid = Skriv längden i minuter (1–60).
missing-title = rubrik saknas
missing-summary = sammanfattning saknas
missing-captions = textning saknas
missing-transcript = textversion saknas
missing-tool = checklista eller instruktion saknas
missing-body = text saknas
missing-parts = temat har inga delar

nav-academy-edit = Akademins innehåll
edit-title = Akademins innehåll
edit-themes = Teman
edit-theme = Tema
edit-parts-count = Delar
edit-out-of-date = Föråldrade översättningar
edit-missing = Brister
edit-published-status = Publicerat
edit-draft-status = Utkast
edit-new-theme = Nytt tema
edit-written-in = Skrivet på
edit-field-title = Rubrik
edit-field-summary = Sammanfattning
edit-field-hr-note = Tips för HR-utvecklare (idébanken)
edit-field-kind = Typ av del
edit-field-minutes = Längd i minuter
edit-field-video = Videons adress
edit-hint-video = En https://-adress eller tjänstens egen fil (/static/…).
edit-field-body = Text
edit-hint-markdown = Du kan använda Markdown: **fetstil**, listor och länkar.
edit-field-captions = Textning (WebVTT)
edit-hint-checklist = En punkt per rad.
edit-create = Skapa temat
edit-history = Ändringshistorik
edit-view = Visa publicerat
edit-cannot-publish = Temat kan inte publiceras ännu
edit-publish = Publicera
edit-unpublish = Avpublicera
edit-texts = Texter
edit-languages = Språk som redigeras
edit-source = Ursprunglig text
edit-save = Spara
edit-part = del
edit-part-details = Delens uppgifter
edit-add-part = Lägg till en del
edit-move-up-label = Flytta uppåt: { $title }
edit-move-down-label = Flytta nedåt: { $title }
edit-restore = Återställ
edit-restore-label = Återställ version { $number }
edit-theme-created = Temat har skapats som utkast.
edit-saved = Ändringarna har sparats.
edit-part-added = Delen har lagts till.
edit-published = Temat har publicerats.
edit-unpublished = Temat har avpublicerats.
edit-restored = En tidigare version har återställts.
error-title-empty = Skriv en rubrik.
error-title-too-long = Rubriken är för lång (högst 200 tecken).
error-video-url-invalid = Ange videons adress i formen https://… eller /static/….
error-captions-invalid = Textningen ska vara i WebVTT-format och börja med ordet WEBVTT.
mail-new-theme-subject = Nytt tema i akademin: { $title }
mail-new-theme-body = Hej,

    ett nytt tema har öppnats i Chefskapsakademin: { $title }.

    { $link }

    Du får det här meddelandet eftersom du prenumererar på nya teman. Prenumerationen kan avslutas på akademins startsida.

nav-ideas = Idébanken
ideas-title = Idébanken
ideas-lead = Akademins teman ur HR-utvecklarens synvinkel: vad er organisation kan ta i bruk och hur cheferna har upplevt dem. Bedömningar och kommentarer visas utan namn.
ideas-rollout = Ibruktagande:
ideas-own-users = Använt i din organisation
ideas-ratings = Nytta
ideas-no-ratings = inga bedömningar ännu
ideas-average = { $average } / 5
ideas-used-with-team = Använt med teamet
ideas-comments = Kommentarer

search-title = Sök
search-words = Sökord
search-kind = Typ
search-theme = Tema
search-any = Alla
search-submit = Sök
search-results = { $count ->
    [0] Inga träffar
    [one] En träff
   *[other] { $count } träffar
}
search-none = Pröva ett annat ord eller ta bort avgränsningarna.
search-kind-theme = Tema
search-kind-video = Video
search-kind-tool = Verktyg
search-kind-theory = Teori
search-kind-event = Evenemang
search-kind-solution = Utvecklingslösning

edit-worklist = Att översätta
edit-worklist-empty = Alla översättningar är aktuella.
edit-worklist-text = Text
edit-worklist-missing = saknas
edit-worklist-stale = föråldrad

## Files
error-too-large-title = Filen är för stor
error-too-large-text = Filen du skickade är större än tillåtet. Gå tillbaka till föregående sida och välj en mindre fil; ingenting sparades.
error-file-missing = Välj en fil att skicka.
error-file-empty = Filen är tom.
error-file-type = Filens innehåll är inte av en tillåten typ. Tillåtna är PDF, Word (DOCX), Excel (XLSX), PowerPoint (PPTX), OpenDocument, PNG, JPEG samt videor i WebM och MP4.
error-file-name-mismatch = Filnamnets ändelse motsvarar inte filens innehåll. Kontrollera att du skickar rätt fil.
error-file-name = Filnamnet duger inte.
error-file-wrong-for-part = Till en video hör en videofil (WebM eller MP4); till verktyg och teori ett dokument eller en bild.
edit-part-file = Fil
edit-file-current = Nuvarande fil:
edit-file-none = Delen har ingen fil.
edit-field-file = Välj fil
edit-hint-file-video = Video i WebM- eller MP4-format, högst { $size } MB. Den ersätter videons adress.
edit-hint-file-document = Ett dokument eller en bild att ladda ner (PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, PNG, JPEG), högst { $size } MB.
edit-file-upload = Skicka filen
edit-file-remove = Ta bort filen från delen
edit-file-saved = Filen har sparats i delen.
edit-file-removed = Filen har tagits bort från delen.
academy-download-file = Ladda ner filen:

## API tokens and the API
tokens-title = API-nycklar
tokens-intro = Med en personlig API-nyckel kan andra system läsa akademins innehåll med dina rättigheter.
tokens-manage = Hantera API-nycklar
tokens-api-address = Gränssnittets adress:
tokens-api-description = Beskrivning av gränssnittet (OpenAPI)
tokens-new-title = Ny API-nyckel
tokens-new-text = Kopiera nyckeln nu och förvara den tryggt: den visas inte igen. Om nyckeln hamnar i fel händer, ta bort den.
tokens-new-label = API-nyckel
tokens-yours = Dina nycklar
tokens-none = Du har inga API-nycklar.
tokens-created = Skapad
tokens-last-used = Senast använd
tokens-never-used = Inte använd ännu
tokens-revoke = Ta bort
tokens-revoke-label = Ta bort nyckeln { $name }
tokens-revoked = API-nyckeln har tagits bort. Den ger inte längre tillgång till gränssnittet.
tokens-create = Skapa en ny nyckel
tokens-create-button = Skapa nyckel
field-token-name = Nyckelns namn
hint-token-name = Till exempel systemet som använder nyckeln.
error-token-name-empty = Ge nyckeln ett namn.
error-token-name-too-long = Namnet är för långt (högst 80 tecken).
api-error-unauthorised = Logga in eller ange en giltig API-nyckel (Authorization: Bearer …).
api-error-not-found = Det du bad om finns inte, eller så har du inte rätt att se det.
api-error-bad-request = Ett värde i begäran är ogiltigt: åren och organisationen anges som heltal.
api-error-unavailable = Tjänsten kan inte svara just nu. Försök igen om en stund.
api-error-internal = Ett fel inträffade i tjänsten.

## Events
nav-events = Evenemang
events-title = Evenemang
events-lead = Webbinarier, ledarskapsforum, workshoppar, utbildningar och arbetslivsbrunchar. Anmäl dig med ett klick.
events-new = Nytt evenemang
events-filter = Visa
events-none = Det finns inga kommande evenemang.
event-field-kind = Typ av evenemang
event-kind-webinar = Webbinarium
event-kind-forum = Ledarskapsforum
event-kind-workshop = Workshop
event-kind-training = Utbildning för interna utvecklare
event-kind-brunch = Arbetslivsbrunch
event-online = på nätet
event-status-draft = Utkast
event-status-published = Publicerat
event-status-cancelled = Inställt
event-you-are-registered = Du är anmäld. Din plats är bekräftad.
event-you-are-waiting = Du står i kö på plats { $place }. Du får ett meddelande om en plats blir ledig.
event-seats-left = Platser kvar: { $count }
event-when = Tid
event-helsinki-time = finsk tid
event-field-venue = Plats
event-field-online-url = Länk
event-link-for-registered = Länken visas för anmälda med bekräftad plats.
event-seats = Platser
event-seats-taken = { $taken } bokade
event-unlimited = Obegränsat
event-theme = Akademins tema
event-registration = Anmälan
event-cancel-registration = Avboka anmälan
event-join-queue = Ställ dig i kö
event-register = Anmäl dig
event-not-open = Det går inte att anmäla sig till evenemanget just nu.
event-add-to-calendar = Lägg till i kalendern (ICS)
event-organise = För arrangören
event-edit = Redigera evenemanget
event-registrations = Anmälda
event-publish = Publicera evenemanget
event-cancel-event = Ställ in evenemanget
event-field-description = Beskrivning
event-optional = frivilligt
event-field-date = Datum
event-field-start = Börjar
event-field-end = Slutar
event-field-time = Klockslag
event-hint-online-url = https-länk till evenemanget på nätet. Visas bara för bekräftade deltagare.
event-hint-venue = Adress eller lokal, om evenemanget sker på plats.
event-field-capacity = Platser
event-hint-capacity = Lämna tomt om antalet platser inte är begränsat.
event-registration-closes = Anmälan stänger
event-field-who = Vem kan anmäla sig
event-everyone = Alla inloggade
event-no-theme = Inget tema
event-confirmed-count = bekräftade { $count }
event-waiting-count = i kö { $count }
event-download-csv = Ladda ner listan (CSV)
event-no-registrations = Inga anmälningar ännu.
event-standing = Status
event-queued-at = Anmäld
event-standing-confirmed = Bekräftad
event-standing-waiting = I kö
event-standing-cancelled = Avbokad
event-attended = Deltog
event-attended-yes = ja
event-attended-no = nej
event-registered = Din anmälan är bekräftad.
event-waitlisted = Evenemanget är fullt: du står i kö.
event-cancelled-registration = Din anmälan är avbokad.
event-created = Evenemanget har skapats som utkast.
event-published = Evenemanget har publicerats.
event-cancelled = Evenemanget har ställts in, och de anmälda har fått ett meddelande.
error-event-kind = Välj typ av evenemang.
error-event-date = Ange datum i formen åååå-mm-dd.
error-event-time = Ange klockslag i formen tt:mm.
error-event-time-skipped = Det klockslaget finns inte: då ställs klockan om till sommartid.
error-event-capacity = Ange antalet platser (1–100 000) eller lämna fältet tomt.
error-event-online-url = Ange en länk som börjar med https://.
error-event-title-missing = Ange evenemangets namn.
error-event-end-before-start = Sluttiden ska vara efter starttiden.
error-event-venue-too-long = Platsen är för lång (högst 300 tecken).
error-event-place-missing = Ange en plats eller en länk.
mail-event-confirmed-subject = Anmälan bekräftad: { $title }
mail-event-confirmed-body = Hej,

    din plats på { $title } ({ $when }, finsk tid) är bekräftad. Kalenderposten finns som bilaga.

    { $link }
mail-event-waiting-subject = Du står i kö: { $title }
mail-event-waiting-body = Hej,

    { $title } ({ $when }, finsk tid) är fullt. Du står i kö på plats { $place }. Du får ett meddelande om en plats blir ledig.

    { $link }
mail-event-promoted-subject = Du fick en plats: { $title }
mail-event-promoted-body = Hej,

    en plats blev ledig, och du är nu med på { $title } ({ $when }, finsk tid). Kalenderposten finns som bilaga.

    { $link }
mail-event-cancelled-subject = Evenemanget inställt: { $title }
mail-event-cancelled-body = Hej,

    { $title } ({ $when }, finsk tid) har ställts in. Kalendermeddelandet i bilagan tar bort det från din kalender.
academy-theme-events = Temats evenemang
edit-launch-webinar = Skapa ett lanseringswebbinarium för temat
event-launch-title = Lanseringswebbinarium: { $title }
mail-event-changed-subject = Ändring i evenemanget: { $title }
mail-event-changed-body = Hej,

    tiden eller platsen för { $title } har ändrats. Ny tid: { $when } (finsk tid). Den uppdaterade kalenderposten finns som bilaga.

    { $link }
mail-event-reminder-subject = Påminnelse om morgondagen: { $title }
mail-event-reminder-body = Hej,

    en påminnelse: { $title } är i morgon, { $when } (finsk tid). Kalenderposten finns som bilaga.

    { $link }
event-feed-title = Egen kalenderprenumeration
event-feed-intro = Prenumerera i ditt kalenderprogram på ett flöde med alla evenemang där du har en plats. Adressen är hemlig; en ny adress upphäver den gamla.
event-feed-new = Kopiera adressen till ditt kalenderprogram nu: den visas inte igen.
event-feed-address = Flödets adress
event-feed-create = Skapa en adress för flödet
event-feed-renew = Förnya flödets adress
event-attendance-save = Spara deltagarna
event-attendance-hint = Markera vilka av de bekräftade som deltog. Nya deltagare får en begäran om respons.
event-attended-label = { $name } deltog
event-attendance-saved = Deltagarna har sparats.
event-feedback-title = Respons
event-feedback-given = Tack för din respons! Du kan ännu ändra den.
event-feedback-rating = Hur nyttigt var evenemanget (1 = lite, 5 = mycket)?
event-feedback-comment = Fri respons
event-feedback-send = Skicka respons
event-feedback-thanks = Tack för din respons!
event-feedback-invalid = Responsen sparades inte: välj ett betyg 1–5 och skriv högst 2 000 tecken.
event-feedback-results = Responsens resultat
event-feedback-average = medeltal { $average }
event-feedback-chart-label = Antal svar per betyg
event-feedback-rating-short = Betyg
event-feedback-count = Svar
event-feedback-comments = Fri respons
event-feedback-none = Ingen fri respons ännu.
mail-event-feedback-subject = Tack för att du deltog: { $title }
mail-event-feedback-body = Hej,

    tack för att du deltog i { $title }. Berätta kort hur nyttigt det var: responsen hjälper oss att utveckla nästa.

    { $link }
event-registration-opens = Anmälan öppnar
error-event-closes-before-opens = Anmälan ska stänga efter att den öppnat.
event-field-invitees = Endast dessa personer
event-hint-invitees = Om evenemanget är för en viss grupp (till exempel en coachningsgrupp), ange deltagarnas e-postadresser, en per rad. Då ser bara de evenemanget och kan anmäla sig. Om du senare avgränsar gruppen upphör anmälningarna för dem som faller bort, och de får ett meddelande.
error-event-invitees-unknown = Det finns ingen användare med de här adresserna: { $addresses }
event-for-invited = Endast för inbjudna ({ $count } personer)
event-materials = Inspelning och material
event-materials-intro = Lägg till evenemangets inspelning och material efter evenemanget. De syns på evenemangets sida för dem som hade en bekräftad plats.
event-materials-none = Ingen inspelning eller inget material har lagts till ännu.
event-recording = Inspelning
event-material-add = Lägg till material
event-material-title = Namn
event-material-is-recording = Det här är evenemangets inspelning
event-material-file = Fil
event-material-hint-file = Video (WebM, MP4), PDF, Office- eller OpenDocument-fil eller bild, högst { $size } MB. Ange antingen en fil eller en länk.
event-material-url = Länk
event-material-hint-url = En https://-länk, till exempel till inspelningen i en videotjänst.
event-material-remove = Ta bort
event-material-remove-named = Ta bort { $title }
event-material-added = Materialet har lagts till.
event-material-removed = Materialet har tagits bort.
error-material-title-missing = Ge materialet ett namn.
error-material-missing = Välj en fil eller ange en länk.
error-material-both = Ange antingen en fil eller en länk, inte båda.
error-material-recording-not-video = Inspelningens fil ska vara en video (WebM eller MP4).
events-past = Tidigare evenemang
events-past-mine = Dina tidigare evenemang
events-past-intro = På evenemangets sida hittar du inspelningen och materialet när arrangören har lagt till dem.
mail-event-removed-subject = Din anmälan har upphört: { $title }
mail-event-removed-body = Hej,

    arrangören har avgränsat deltagarna i evenemanget { $title } ({ $when }, finsk tid) och du hör inte längre till dem. Din anmälan har därför upphört. Kalenderbilagan tar bort evenemanget ur din kalender.

paging-label = Sidor
paging-previous = Föregående sida
paging-next = Nästa sida
paging-position = Sida { $page } av { $pages }

## The coaching programme (EKJ)

nav-programme = Min coachning
nav-coaching = Coachningsgrupper
coaching-title = EKJ-ledarskapscoachning
coaching-intro = En coachning på ungefär ett år för chefer och mellanledning i kommuner, samkommuner och kommunägda bolag. Organisationens och chefens utveckling sker samtidigt.
coaching-none = Det finns inga coachningsgrupper som du kan se.
cohort-new = Ny coachningsgrupp
cohort-edit = Redigera coachningsgruppen
cohort-save = Spara
cohort-saved = Coachningsgruppens uppgifter har sparats.
cohort-create = Skapa coachningsgruppen
cohort-created = Coachningsgruppen har skapats.
cohort-organisation-count = { $count } organisationer
cohort-status-planned = Planeras
cohort-status-running = Pågår
cohort-status-ended = Avslutad
cohort-field-code = Kod
cohort-hint-code = Till exempel EKJ5: versaler, siffror eller bindestreck.
cohort-field-name = Namn
cohort-field-description = Kort beskrivning
cohort-field-provider = Utbildningsanordnare
cohort-field-starts = Börjar
cohort-field-ends = Slutar
cohort-field-dates = Tid
cohort-field-status = Skede
cohort-field-forums = Ledarskapsforum
cohort-hint-forums = Vanligen fem.
cohort-forums = Ledarskapsforum
cohort-no-forums = Inga ledarskapsforum har schemalagts ännu.
cohort-organisations = Organisationerna och deras utvecklingsprojekt
cohort-no-organisations = Inga organisationer har lagts till ännu.
cohort-organisation = Organisation
cohort-participants = Deltagare
cohort-participant-count = Bekräftade deltagare
cohort-participants-manage = Deltagare och anmälan
cohort-add-organisation = Lägg till en organisation
cohort-organisation-added = Organisationen har lagts till i coachningsgruppen.
cohort-no-participants = Det finns inga deltagare ännu.
forum-new = Nytt ledarskapsforum
forum-create = Skapa ledarskapsforumet
forum-created = Ledarskapsforumet har skapats som utkast. Publicera det när uppgifterna är klara.
forum-intro = Forumet är för coachningsgruppens deltagare och coacher. När deltagare läggs till eller tas bort följer rätten att anmäla sig med.
forum-field-theme = Tema
forum-lecturers = Föreläsare
forum-hint-lecturers = En per rad: namn, kommatecken och organisation (t.ex. Aino Virtanen, Vasa universitet).
project-field-title-fi = Projektets namn på finska
project-field-title-sv = Projektets namn på svenska
project-field-goals = Organisationens egna mål
project-parts = Delar
project-no-parts = Inga delar har förts in för projektet ännu.
project-result-goal = Resultatmål
project-responsible = Ansvariga chefer
project-hint-managers = E-postadresser till organisationens personer, en per rad eller åtskilda med kommatecken.
project-add-part = Lägg till en del
project-part-added = Delen har lagts till.
progress-on-track = Framskrider enligt plan
progress-at-risk = Risk för försening
progress-done = Klar
progress-none = Inga anteckningar ännu
progress-log = Framstegslogg
progress-field-what = Vad har gjorts
progress-field-date = Datum
progress-save = För in framsteget
progress-logged = Framsteget har förts in.
participant-sector = Sektor
participant-level = Ledningsnivå
participant-actions = Åtgärder
participant-confirm = Bekräfta
participant-confirm-label = Bekräfta { $name }
participant-remove = Ta bort
participant-remove-label = Ta bort { $name } ur coachningsgruppen
participant-removed = Deltagaren har tagits bort. Hens anmälningar till forumen har annullerats.
sector-technical = Tekniska sektorn
sector-education = Bildningsväsendet
sector-social-and-health = Social- och hälsovården
sector-hospital-care = Specialiserad sjukvård
sector-other = Annan
level-top = Högsta ledningen
level-middle = Mellanledningen
level-first-line = Närmaste chef
enrolment-proposed = Föreslagen
enrolment-confirmed = Bekräftad
enrol-title = Lägg till deltagare
enrol-propose-title = Föreslå deltagare
enrol-field-emails = E-postadresser
enrol-hint-emails = En per rad eller åtskilda med kommatecken. Om en enda adress inte godkänns läggs ingen till.
enrol-upload-title = Eller ladda upp en CSV-fil
enrol-field-file = CSV-fil
enrol-hint-file = E-postadresserna i filens första kolumn, en person per rad; en rubrikrad får finnas.
enrol-upload = Ladda upp och lägg till
enrol-submit = Lägg till deltagarna
enrol-propose = Föreslå som deltagare
enrol-confirmed = Deltagarna har lagts till och bekräftats.
enrol-proposed = Förslaget väntar på koordinatorns bekräftelse.
start-enrolled = Du deltar i coachningsgruppen { $cohort }:
programme-title = Min coachning
programme-none = Du deltar inte i någon coachningsgrupp.
programme-next-forum = Nästa ledarskapsforum
programme-no-forum = Inga kommande forum har publicerats ännu.
programme-registered = Du har anmält dig.
programme-project = Min organisations utvecklingsprojekt
programme-no-project = Inget projekt har förts in för din organisation.
programme-my-parts = Mitt ansvar
programme-attended = Mitt deltagande
programme-attended-none = Ingen närvaro har förts in ännu.
error-cohort-code = Ange en kod, till exempel EKJ5: 2–16 tecken, versaler, siffror eller bindestreck, först en bokstav.
error-cohort-code-taken = En annan coachningsgrupp har redan denna kod.
error-cohort-name = Ange ett namn.
error-cohort-name-long = Namnet får vara högst 200 tecken.
error-cohort-status = Välj ett skede.
error-cohort-forums = Ange antalet forum 1–12, eller lämna tomt (fem).
error-cohort-provider = Välj en anordnare.
error-cohort-organisation = Välj en organisation.
error-cohort-organisation-there = Organisationen deltar redan i denna coachningsgrupp.
error-cohort-ends-before-start = Slutdatumet kan inte vara före startdatumet.
error-date = Ange ett datum i formen åååå-mm-dd.
error-text-long = Texten får vara högst 4 000 tecken.
error-title-long = Namnet får vara högst 300 tecken.
error-participant-sector = Välj en sektor.
error-participant-level = Välj en ledningsnivå.
error-enrolment = Okänt skede för anmälan.
error-progress-status = Välj en lägesbeskrivning.
error-progress-empty = Berätta vad som har gjorts.
error-enrol-file = Välj en CSV-fil (UTF-8-text).
error-enrol-empty = Ange minst en e-postadress.
error-enrol-malformed = Dessa är inte e-postadresser: { $addresses }. Ingen lades till.
error-enrol-unknown = Dessa adresser har inget konto: { $addresses }. Ingen lades till.
error-enrol-outside = Dessa personer hör inte till en organisation vars deltagare du kan lägga till: { $addresses }. Ingen lades till.
error-part-managers = Dessa adresser hör inte till organisationens personer: { $addresses }.
error-lecturer-long = Föreläsarens namn och organisation får vara högst 200 tecken var.
groups-title = Kamratgrupper
groups-intro = Kamratgrupperna samlar chefer från olika organisationer och sektorer. Förslaget blandar organisationer och sektorer; du kan flytta personer mellan grupperna.
groups-field-size = Gruppens storlek
groups-hint-size = 4–8 personer, vanligen sex. Ett nytt förslag ersätter de nuvarande grupperna.
groups-suggest = Bilda grupper enligt förslaget
groups-formed = Kamratgrupperna har bildats.
groups-none = Inga grupper har bildats ännu.
groups-ungrouped = Utan grupp
group-name = Kamratgrupp { $number }
group-move = Flytta
group-move-label = Gruppen dit { $name } flyttas
group-move-submit = Flytta
group-member-moved = Personen har flyttats.
group-members = Medlemmar
group-meetings = Träffar
group-no-meetings = Inga träffar har förts in ännu.
group-meeting-add = Lägg till en träff
group-meeting-added = Träffen har lagts till.
group-field-place = Plats eller länk
group-field-notes = Anteckningar
programme-group = Min kamratgrupp
programme-no-group = Du har ännu inte placerats i en kamratgrupp.
programme-next-meeting = Nästa träff
error-group-size = Ange gruppens storlek 4–8.
error-groups-one-organisation = Grupperna kan inte blandas: de bekräftade deltagarna är från en organisation.
error-group-place = Ange en plats eller länk (högst 300 tecken).
report-title = Rapporter
report-participants = Deltagare per organisation, sektor och ledningsnivå
report-attendance = Närvaro vid ledarskapsforumen
report-feedback = Respons per forum (1–5)
report-total = Totalt
report-answers = Svar
report-average = Medeltal
report-too-few = färre än 5 svar
report-comments = Fria kommentarer
report-no-comments = Det finns inga kommentarer ännu.
report-download-csv = Ladda ner tabellen (CSV)
report-download-xlsx = Ladda ner alla tabeller (Excel)
group-discussion = Diskussion
group-no-posts = Det finns inga meddelanden i gruppen ännu.
group-post-new = Nytt meddelande
group-post-field = Meddelande
group-post-submit = Skicka meddelandet
group-post-edit = Redigera meddelandet
group-post-save = Spara meddelandet
group-post-delete = Radera meddelandet
group-post-edited = redigerat
group-post-added = Meddelandet har skickats. Gruppens övriga medlemmar får e-post om det.
group-post-saved = Meddelandet har sparats.
group-post-deleted = Meddelandet har raderats.
error-post-empty = Skriv ett meddelande.
mail-group-post-subject = Nytt meddelande i kamratgruppen { $group }
mail-group-post-body = Hej,

    { $author } skrev i kamratgruppen { $group }:

    { $excerpt }

    Läs och svara: { $link }
event-further-sessions = Kursens övriga dagar
event-hint-further-sessions = En utbildning kan vara en kurs på flera dagar: en anmälan och en plats gäller alla dagar, och varje dag har sin egen tid, kalenderpost och närvaro. Responsen frågas efter den sista dagen. En dag som lämnas tom hör inte till kursen.
event-session-n = Dag { $number }
event-sessions = Kursens dagar
event-sessions-n = { $count ->
    [one] en dag
   *[other] { $count } dagar
}
event-field-region = Landskap
event-region-hint = Landskapet där evenemanget hålls; utan det visas evenemanget i landskapet för den organisation det är för.
events-all-regions = Alla landskap
event-attended-session-label = { $name } deltog dag { $number }
event-course-attendance-hint = Närvaron markeras dag för dag för de dagar som har börjat. Responsen frågas av deltagarna när närvaron för den sista dagen har markerats.
error-session-order = En dag kan börja först när den föregående dagen har slutat.
error-session-too-many = En kurs kan ha högst åtta dagar.

my-data-title = Uppgifter som sparats om dig
my-data-intro = Här är allt som tjänsten har sparat om dig, ordnat efter slag. Du kan ladda ner allt som en fil.
my-data-link = Se och ladda ner dina uppgifter
my-data-kinds = Uppgifter om dig efter slag
my-data-kind = Slag av uppgifter
my-data-records = Poster
my-data-kind-account = Användarkonto och kontoansökan
my-data-kind-roles = Roller
my-data-kind-sessions = Inloggningar, ihågkomna webbläsare, engångslänkar och kalenderflöden
my-data-kind-academy = Akademin: framsteg, betyg, svar i verktyg och följda teman
my-data-kind-events = Evenemang: anmälningar, närvaro, respons och inbjudningar
my-data-kind-coaching = Coachningen: deltagande, kamratgrupper, uppgifter och inlämningar, självbedömningar och enkäter
my-data-kind-certificates = Intyg
my-data-kind-development = Utvecklingsprogrammet: sparrningsansökningar och lösningar
my-data-kind-newsletters = Prenumerationer på nyhetsbrevet
my-data-kind-api-tokens = API-nycklar (endast namnen)
my-data-kind-files = Filer du har laddat upp
my-data-kind-work = Det du gjort för andra i dina roller: beslut, respons och texter du skrivit
my-data-kind-audit = Loggposter: vem som behandlat dina uppgifter och vad du själv gjort
my-data-files = Nedladdningen innehåller också filerna du laddat upp ({ $count } st.).
my-data-download = Ladda ner alla mina uppgifter (ZIP)
my-data-download-hint = ZIP-filen innehåller en JSON-fil för varje tabell. Ditt lösenords hash, nycklarnas hashar och andra hemligheter laddas inte ner. Nedladdningen loggas.

footer-privacy = Dataskyddsbeskrivning
privacy-title = Dataskyddsbeskrivning
privacy-intro = Här berättar vi vilka personuppgifter tjänsten behandlar, för vilket ändamål, hur länge uppgifterna sparas och vilka rättigheter du har. Lagringstiderna kommer från tjänstens inställningar, och en nattlig körning tar bort uppgifter som är äldre.
privacy-controller-title = Personuppgiftsansvarig och kontaktuppgifter
privacy-controller-text = Personuppgiftsansvarig är den som driver tjänsten. Frågor och begäranden om dataskydd kan du skicka till:
privacy-purposes-title = Ändamålen med behandlingen
privacy-purpose-services = Att erbjuda chefsakademin, evenemangen, coachningsprogrammet och utvecklingsprogrammet för arbetsplatser åt dig och din organisation.
privacy-purpose-certificates = Att utfärda coachningens intyg. Intygets offentliga kontrollsida visar innehavarens namn och organisation.
privacy-purpose-newsletters = Att skicka nyhetsbrevet till dem som har beställt det och bekräftat beställningen. Samtycket sparas.
privacy-purpose-statistics = Årsstatistik. Den räknas från raderna, och tal under fem personer visas inte.
privacy-purpose-security = Tjänstens säkerhet: inloggningsförsök och en logg över vem som behandlat vems uppgifter.
privacy-data-title = Vilka uppgifter behandlas
privacy-data-text = Namn, e-postadress, organisation, språk och roller; det du gör i tjänsten (framsteg, anmälningar, respons, coachningens uppgifter, ansökningar och lösningar); filer du laddat upp; inloggningar; och loggposter. Om du loggar in med din organisations identifieringstjänst sparas också den identifierare som tjänsten gett dig.
privacy-who-title = Vem ser uppgifterna
privacy-who-text = Du själv; personalutvecklaren i din organisation ser sin egen organisations uppgifter; coacher och koordinatorer de uppgifter deras uppgifter kräver. En person i en annan organisation ser inte dina uppgifter. En godkänd lösning är offentlig, och dess kontaktperson visas bara med hans eller hennes tillstånd.
privacy-retention-title = Lagringstider
privacy-retention-intro = Uppgifterna tas bort när de inte längre behövs:
privacy-retention-account = Användarkontots uppgifter sparas så länge kontot finns.
privacy-retention-requests = En kontoansökan som inte godkändes: { $days } dygn från ansökan.
privacy-retention-links = Engångslänkar (byte av lösenord, välkomstlänk): { $days } dygn efter att länken slutade fungera.
privacy-retention-sessions = En inloggning upphör efter { $hours } tim. utan användning, och en avslutad session tas bort.
privacy-retention-throttle = Räknare för misslyckade inloggningar: { $days } dygn.
privacy-retention-audit = Loggen över vem som behandlat vems uppgifter: { $days } dygn.
privacy-rights-title = Dina rättigheter
privacy-right-access = Du kan se alla uppgifter som sparats om dig och ladda ner dem:
privacy-right-rectify = Du kan rätta ditt namn och ditt språk i din profil:
privacy-right-erase = Du kan begära att dina uppgifter raderas på sidan med dina uppgifter. Administratören raderar dem eller motiverar varför de måste sparas; du får svaret per e-post. Vid raderingen blir bara det kvar som andra behöver, utan dig: till exempel antalet deltagare i ett evenemang och anonyma svar. Ditt intyg återkallas, och dess sida säger då bara att det är återkallat.
privacy-right-newsletter = Du kan avsluta prenumerationen på nyhetsbrevet med ett klick på länken i varje nyhetsbrev.
privacy-right-complain = Du kan lämna in ett klagomål till dataombudsmannen:
privacy-log-title = Logg
privacy-log-text = Enligt 17 § i lagen om informationshantering (906/2019) loggar tjänsten vem som såg vems personsida, ändrade vems konto, roller eller lösenord, inaktiverade ett konto, utfärdade eller återkallade ett intyg, behandlade en begäran om radering, och när någon laddade ner sina egna uppgifter. Du ser posterna om dig på sidan med dina uppgifter.

admin-audit-search = Sök i loggen
admin-audit-intro = Loggen visar vem som gjort vad med vems uppgifter. Sök efter vem, vems, åtgärd eller datum. Högst de 1000 senaste posterna visas.
admin-audit-actor-email = E-postadress till den som gjorde det
admin-audit-subject-email = Vems uppgifter (e-postadress)
admin-audit-action-hint = Åtgärdens början, till exempel person: eller certificate:revoke
admin-audit-from = Från
admin-audit-to = Till
admin-audit-search-button = Sök
admin-audit-found = Poster: { $count }
admin-audit-csv = Ladda ner posterna (CSV)
admin-audit-detail = Tilläggsuppgift
error-audit-no-such-person = Det finns ingen användare med den här e-postadressen.
my-data-log = Loggposter om dig
my-data-log-intro = Vem som har behandlat dina uppgifter och när. Här visas högst de 50 senaste posterna; i nedladdningen finns alla.
my-data-log-none = Det finns inga loggposter om dig.

# Erasure
erasure-title = Radering av dina uppgifter
erasure-intro = Du kan begära att alla uppgifter som sparats om dig raderas. Administratören behandlar begäran: raderar uppgifterna eller anger varför de måste sparas. Efter raderingen kan du inte längre logga in, och ditt intyg återkallas.
erasure-requested-on = Begäran { $date }
erasure-status-waiting = väntar på behandling
erasure-status-erased = uppgifterna raderade
erasure-status-refused = inte genomförd
erasure-reason = Orsak
erasure-message = Meddelande till administratören (frivilligt)
erasure-person-message = Personens meddelande
erasure-message-hint = Högst 2 000 tecken.
erasure-request = Begär att mina uppgifter raderas
erasure-request-sent = Din begäran om radering har tagits emot. Du får svaret per e-post.
erasure-admin-title = Begäranden om radering
erasure-admin-waiting = { $count } väntar på behandling
erasure-admin-intro = Personer begär radering av sina uppgifter på sidan med sina uppgifter. Genomför begäran eller avslå den med en motivering; personen får besked per e-post, och beslutet loggas.
erasure-admin-none = Det finns inga begäranden om radering.
erasure-admin-requests = Begäranden om radering, väntande först
erasure-admin-request = Begäran om radering
erasure-person = Person
erasure-requested = Begärd
erasure-status = Status
erasure-rules = Vad raderingen gör
erasure-rules-intro = Raderingen följer den regel som skrivits för varje tabell, i en enda transaktion.
erasure-rule = Regel per tabell
erasure-rule-remove = raderna raderas
erasure-rule-unlink = raderna blir kvar för andra, personen tas bort ur dem
erasure-rule-keep = raderna blir kvar anonyma (antal, anonyma svar, loggen)
erasure-rule-anonymise = kontots namn, adress och lösenord raderas, kontot stängs för gott
erasure-rule-revoke = intyget återkallas, innehavarens namn raderas
erasure-carry-out = Radera uppgifterna
erasure-confirm = Jag raderar uppgifterna om { $name } för gott
erasure-refuse = Avslå begäran
erasure-reason-hint = Personen får veta orsaken, till exempel den lag som kräver att uppgifterna sparas. Högst 2 000 tecken.
erasure-done = Uppgifterna har raderats. Personen får besked per e-post.
erasure-refused = Begäran har avslagits. Personen får orsaken per e-post.
error-erasure-message-long = Meddelandet får vara högst 2 000 tecken.
error-erasure-reason = Skriv orsaken som personen får veta.
error-erasure-reason-long = Orsaken får vara högst 2 000 tecken.
error-erasure-waiting = Du har redan en begäran om radering som väntar på behandling.
error-erasure-confirm = Bekräfta raderingen genom att kryssa i rutan.
error-erasure-decided = Begäran har redan behandlats.
mail-erased-subject = Dina uppgifter har raderats ur Johto
mail-erased-body = Hej,

    enligt din begäran har uppgifterna om dig raderats ur tjänsten Johto. Ditt konto har stängts och kan inte längre användas för att logga in. Kvar blev bara det som andra behöver utan dig, som antalet deltagare i evenemang. Den här e-postadressen blir inte kvar i tjänsten.
mail-erasure-refused-subject = Din begäran om radering har behandlats
mail-erasure-refused-body = Hej { $name },

    din begäran om att radera dina uppgifter ur tjänsten Johto kunde inte genomföras. Orsak:

    { $reason }

    Du ser dina uppgifter och kan ladda ner dem på { $link }. Du kan lämna in ett klagomål till dataombudsmannen (tietosuoja.fi).

# Signing in through an identity provider
sso-heading = Logga in med din organisations inloggning
sso-sign-in-with = Logga in: { $provider }
sso-or-password = Eller logga in med e-post och lösenord
sso-requested-title = Din begäran om konto har skickats
sso-title = Inloggningen misslyckades
sso-back-to-login = Tillbaka till inloggningen
sso-back-to-start = Till startsidan
sso-unavailable = Din organisations identifieringstjänst kan inte nås just nu. Försök igen om en stund eller logga in med lösenord.
sso-requested = Identifieringstjänsten bekräftade din identitet, men du har ännu inget konto. Din begäran om konto har skickats till HR-utvecklaren i din organisation. Du får e-post när den har behandlats.
sso-refused-state = Svaret hör inte till en inloggning som påbörjats i den här webbläsaren, eller så har det redan använts. Börja om inloggningen.
sso-refused-expired = Inloggningen gick ut, eftersom det gått över 10 minuter sedan den påbörjades. Börja om inloggningen.
sso-refused-code = Identifieringstjänsten godkände inte inloggningen. Börja om inloggningen.
sso-refused-token = Identifieringstjänstens svar kunde inte verifieras. Börja om inloggningen.
sso-refused-unverified = Identifieringstjänsten bekräftade inte din e-postadress, så du kan inte logga in med den.
sso-refused-domain = Den här identifieringstjänsten ansvarar inte för din e-postadress domän.
sso-refused-disabled = Ditt konto har inaktiverats. Kontakta HR-utvecklaren i din organisation.
sso-refused-organisation = Din e-postadress domän hör inte till någon organisation som den här identifieringstjänsten ansvarar för. Du kan begära ett konto med formuläret.
sso-refused-waiting = Din begäran om konto väntar redan på behandling. Du får e-post när den har behandlats.
sso-signed-out-title = Du har loggat ut
sso-signed-out-text = Du har loggat ut från Johto. Du loggade in via: { $provider }. Du kan logga ut också där.
sso-end-session = Logga ut också från: { $provider }
sso-admin-title = Identifieringstjänster
sso-admin-card = Organisationernas egna identifieringstjänster (OpenID Connect)
sso-admin-intro = Organisationernas egna identifieringstjänster som deras personal loggar in med. Varje tjänst ansvarar bara för de e-postdomäner och organisationer som anges för den.
sso-admin-none = Inga identifieringstjänster har lagts till.
sso-admin-providers = Identifieringstjänster
sso-add = Lägg till en identifieringstjänst
sso-name = Namn
sso-name-fi = Namn på finska
sso-name-sv = Namn på svenska
sso-issuer = Utfärdarens adress (issuer)
sso-issuer-hint = Adressen under vilken /.well-known/openid-configuration finns, till exempel https://tunnistus.espoo.fi.
sso-client-id = Klient-id (client id)
sso-client-secret = Klienthemlighet (client secret)
sso-secret-hint = Hemligheten visas inte efter att den sparats.
sso-secret-keep-hint = Lämna tomt så behålls den sparade hemligheten. Den visas inte.
sso-domains = E-postdomäner
sso-domains-hint = En per rad eller åtskilda med kommatecken, till exempel espoo.fi.
sso-organisations = Organisationer
sso-organisations-hint = De organisationer vars personal tjänsten ansvarar för. Välj flera med Ctrl eller Cmd.
sso-auto-approve = En ny person får ett konto genast (annars väntar en begäran om konto på HR-utvecklaren)
sso-enabled = I bruk på inloggningssidan
sso-callback-hint = Registrera som returadress i tjänsten:
sso-new-people = Nya personer
sso-in-use = I bruk
sso-auto-approve-short = konto genast
sso-wait-short = begäran om konto
sso-enabled-short = ja
sso-disabled-short = nej
sso-saved = Identifieringstjänsten har sparats.
error-sso-issuer = Ange en https-adress (http går bara på den här datorn, 127.0.0.1 eller localhost).
error-sso-text = Uppgiften är obligatorisk.
error-sso-text-long = Högst 200 tecken.
error-sso-secret = Ange klienthemligheten.
error-sso-domains = Ange minst en e-postdomän.
error-sso-organisations = Välj minst en organisation.
