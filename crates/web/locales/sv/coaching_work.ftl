# Mellanuppgifter, certifikatarbete, självvärdering och utvecklande utvärdering

cohort-field-end-assessment = Slutvärderingen öppnar
cohort-hint-end-assessment = Dagen från vilken deltagarna kan göra den avslutande självvärderingen. Lämnas fältet tomt öppnar den två månader innan gruppen avslutas.

nav-queue = Att granska

## Mellanuppgifter

tasks-title = Uppgifter
tasks-intro = Mellanuppgifterna stöder din egen utveckling under coachningen, och i certifikatarbetet bedömer du hur ditt ledarskap har utvecklats. Coachen ger respons på varje inlämnat arbete.
tasks-none = Inga uppgifter har getts ännu.
tasks-grid-title = Läget i uppgifterna
task-new = Ny uppgift
task-edit = Redigera uppgiften
task-save = Spara
task-create = Ge uppgiften
task-created = Uppgiften har getts.
task-saved = Uppgiften har sparats.
task-field-title = Uppgift
task-field-title-fi = Rubrik på finska
task-field-title-sv = Rubrik på svenska
task-field-kind = Typ
task-field-instructions-fi = Anvisningar på finska
task-field-instructions-sv = Anvisningar på svenska
task-hint-instructions = Markdown: rubriker (#), listor (-), länkar [text](adress).
task-field-opens = Öppnar
task-field-due = Tidsfrist
task-field-closes = Sista inlämning
task-hint-times = Ett arbete som lämnas in efter tidsfristen tas emot som försenat fram till sista inlämning.
task-field-for-groups = Gemensam uppgift för kamratgruppen
task-hint-for-groups = Gruppen lämnar in ett gemensamt arbete. Kan inte ändras när arbeten har påbörjats.
task-for-groups-short = gruppuppgift
task-kind-interim = Mellanuppgift
task-kind-certificate-work = Certifikatarbete
task-due = Tidsfrist
task-my-state = Läge
task-state = Läge
task-waiting = Väntar på respons
task-approved = Godkända
task-state-not-started = Inte påbörjad
task-state-draft = Utkast
task-state-submitted = Inlämnad
task-state-late = Inlämnad för sent
task-state-revise = Ska kompletteras
task-state-approved = Godkänd
task-outcome-approved = Godkänd
task-outcome-revise = Ska kompletteras
task-extended-for-you = förlängd för dig
task-instructions = Anvisningar
task-attachments = Bilagor
task-attach-file = Bilaga
task-attach = Lägg till bilagan
task-attached = Bilagan har lagts till.
task-hint-file = En fil i formatet PDF, Word, Excel, PowerPoint, OpenDocument, PNG eller JPEG, högst { $size } MB.
task-my-work = Mitt arbete
task-our-work = Vår grupps arbete
task-no-group = Det här är en uppgift för kamratgruppen, och du hör ännu inte till någon grupp. Fråga coachen.
task-draft-files = Utkastets filer
task-remove-file = Ta bort
task-remove-file-named = Ta bort { $name }
task-field-body = Arbete
task-hint-body = Du kan spara ett utkast och fortsätta senare. Ett inlämnat arbete går till coachen.
task-field-file = Lägg till en fil
task-save-draft = Spara utkastet
task-hand-in = Lämna in
task-attempts = Inlämningar
task-attempt = Inlämning
task-attempt-number = Inlämning { $number }
task-late = försenad
task-feedback = Respons
task-awaiting-feedback = Väntar på coachens respons.
task-works = Deltagarnas arbeten
task-works-none = Det finns inga deltagare.
task-extensions = Förlängd tid
task-extension-person = Deltagare
task-extension-until = Ny tidsfrist
task-extend = Ge förlängd tid
task-extended = Förlängd tid har getts.
work-saved = Utkastet har sparats.
work-handed-in = Arbetet har lämnats in till coachen.
work-file-removed = Filen har tagits bort ur utkastet.
work-not-handed-in = Arbetet har inte lämnats in ännu.
feedback-give = Ge respons
feedback-outcome = Beslut
feedback-file = Bifoga en fil (frivilligt)
feedback-send = Skicka responsen
feedback-given = Responsen har getts, och deltagaren får ett meddelande om den.
queue-title = Arbeten som väntar på respons
queue-intro = Inlämnade arbeten i de grupper du coachar, det äldsta först.
queue-cohort = Coachningsgrupp
queue-all-cohorts = Alla grupper
queue-filter = Visa
queue-empty = Inga arbeten väntar på respons.
queue-count = { $count ->
    [one] Ett arbete väntar på respons
   *[other] { $count } arbeten väntar på respons
}
queue-handed-in = Inlämnat

error-task-kind = Välj typ av uppgift.
error-feedback-outcome = Välj om du godkänner arbetet eller ber om komplettering.
error-task-due-before-open = Tidsfristen kan inte vara innan uppgiften öppnar.
error-task-closes-before-due = Sista inlämning kan inte vara före tidsfristen.
error-task-handed-in = Arbetet har redan lämnats in. Du kan lämna in på nytt om coachen ber om komplettering.
error-task-not-open = Uppgiften har inte öppnat ännu.
error-task-closed = Tiden för sista inlämning har gått ut, och arbetet kan inte längre lämnas in. Ditt utkast finns kvar; be vid behov coachen om förlängd tid.
error-task-title = Ge uppgiften en rubrik.
error-task-title-long = Rubriken är för lång (högst 200 tecken).
error-task-instructions = Skriv anvisningar.
error-work-long = Texten är för lång (högst 20 000 tecken).
error-work-empty = Skriv text i arbetet eller lägg till en fil innan du lämnar in.
error-feedback-empty = Skriv responsen.
error-feedback-given = Arbetet har redan fått respons.
error-task-certificate-work-taken = Coachningsgruppen har redan ett certifikatarbete.
error-extension-person = Välj en deltagare.

mail-feedback-subject = Respons: { $task }
mail-feedback-body =
    Coachen har gett respons på ditt arbete "{ $task }": { $outcome }.

    Läs responsen:
    { $link }
mail-coach-digest-subject = { $count ->
    [one] Ett nytt inlämnat arbete
   *[other] { $count } nya inlämnade arbeten
}
mail-coach-digest-body =
    Sedan i går morse har { $count } arbeten lämnats in, varav { $late } för sent:

    { $list }

    Arbeten som väntar på respons:
    { $link }

## Självvärdering och utvecklande utvärdering: fel

error-assessment-area = Okänt område.
error-assessment-phase = Okänt skede av värderingen.
error-assessment-rating = Välj en bedömning 1–5.
error-assessment-comment-long = Kommentaren är för lång (högst 1 000 tecken).
error-assessment-end-early = Slutvärderingen kan göras först när den öppnar.
error-question-kind = Välj typ av fråga.
error-round-status = Okänt skede av omgången.
error-answer-likert = Välj 1–5 eller "Kan inte säga".
error-survey-title = Ge enkäten ett namn.
error-survey-title-long = Namnet är för långt (högst 200 tecken).
error-question-long = Frågan är för lång (högst 500 tecken).
error-question-text = Skriv frågan åtminstone på det ena språket.
error-question-options = Ge minst två alternativ, vart och ett på en egen rad.
error-survey-empty = Enkäten har inga frågor.
error-survey-incomplete = Varje fråga måste ha en text både på finska och på svenska (och en flervalsfråga lika många alternativ på båda språken) innan omgången kan börja.
error-evaluation-response-empty = Skriv ert svar.

mail-evaluation-invitation-subject = Utvecklande utvärdering: { $round }
mail-evaluation-invitation-body =
    Du har bjudits in att svara på enkäten "{ $survey }" ({ $round }). Enkäten är öppen till och med { $closes }.

    Svaren behandlas endast i grupper med minst fem svarande.

    Svara på enkäten:
    { $link }
mail-evaluation-reminder-subject = Påminnelse: { $round }
mail-evaluation-reminder-body =
    Du har ännu inte svarat på enkäten "{ $survey }" ({ $round }). Enkäten är öppen till och med { $closes }.

    Svara på enkäten:
    { $link }

## Självvärdering

cohort-work = Uppgifter och utvärdering
figure-too-few = < 5
assessment-title = Självvärdering
assessment-intro = Du bedömer ditt eget ledarskap i början och i slutet av coachningen med samma påståenden. Jämförelsen visar område för område hur din syn har förändrats; du kan använda den i ditt certifikatarbete. Dina svar ser bara du, din coach och certifieraren.
assessment-of-person-intro = Deltagarens egna svar. De syns bara för deltagaren själv, coachen och certifieraren.
assessment-phase-start = Inledande värdering
assessment-phase-end = Avslutande värdering
assessment-take-start = Gör den inledande värderingen
assessment-take-end = Gör den avslutande värderingen
assessment-retake = Ändra svaren
assessment-done-at = gjord { $at }
assessment-end-opens = Den avslutande värderingen öppnar { $date }.
assessment-none = Du har inte gjort någon självvärdering ännu.
assessment-comparison = Början och slutet per område (1–5)
assessment-area = Område
assessment-change = Förändring
assessment-comments = Kommentarer
assessment-form-intro = Bedöm hur väl varje påstående beskriver ditt ledarskap nu: 1 = inte alls, 5 = helt. Kommentaren är frivillig.
assessment-scale-1 = inte alls
assessment-scale-5 = helt
assessment-comment = Kommentar (frivillig)
assessment-save = Spara värderingen
assessment-saved = Självvärderingen har sparats.
assessment-summary-title = Självvärderingar per område
assessment-summary-intro = Områdenas medeltal (1–5). En grupp med färre än fem svarande visas som "< 5", liksom en grupp som skulle avslöja den genom subtraktion.

area-customer-orientation = Kundorientering
area-leading-people = Personalledning
area-leading-change = Förändringsledning
area-networks = Nätverk och samarbete
area-strategy = Strategi
area-results = Resultat

statement-customer-needs = Jag känner till min enhets kunders behov och beaktar dem i mina beslut.
statement-customer-feedback = Jag samlar regelbundet in respons från kunderna och använder den för att utveckla tjänsterna.
statement-customer-involvement = Jag involverar kunderna i planeringen av tjänsterna.
statement-people-conversations = Jag för regelbundet utvecklingssamtal med var och en av mina medarbetare.
statement-people-feedback = Jag ger mina medarbetare respons både på framgångar och på det som kan utvecklas.
statement-people-wellbeing = Jag stöder välbefinnandet i min arbetsgemenskap och tar tidigt tag i problem.
statement-change-reasons = Jag motiverar förändringar begripligt för mina medarbetare.
statement-change-involvement = Jag involverar medarbetarna i planeringen och genomförandet av förändringar.
statement-change-follow-up = Jag utvärderar förändringarnas effekter och justerar kursen vid behov.
statement-networks-cooperation = Jag samarbetar med andra enheter och sektorer.
statement-networks-expertise = Jag tar tillvara kompetensen inom kommunkoncernen och andra organisationer i mitt arbete.
statement-networks-sharing = Jag delar mina erfarenheter och goda rutiner med andra chefer.
statement-strategy-knowing = Jag känner till min organisations strategi och vad den betyder för min enhet.
statement-strategy-goals = Jag omsätter strategin i konkreta mål för min enhet.
statement-strategy-meaning = Jag berättar för mina medarbetare hur deras arbete hänger ihop med strategin.
statement-results-goals = Min enhet har tydliga och mätbara mål.
statement-results-follow-up = Jag följer regelbundet upp målen tillsammans med medarbetarna.
statement-results-information = Jag använder ekonomiska uppgifter och personaluppgifter som stöd för ledningen.

## Utvecklande utvärdering

nav-evaluation = Utvärdering
evaluation-title = Utvecklande utvärdering
evaluation-intro = Enkäter för att utvärdera utvecklingsarbetet i coachningsgruppens organisationer. Enkäten skickas i omgångar till deltagarna och till projektens ansvariga och personalutvecklarna i organisationerna.
evaluation-none = Det finns inga enkäter ännu.
evaluation-question-count = { $count ->
    [one] en fråga
   *[other] { $count } frågor
}
survey-new = Ny enkät
survey-field-title-fi = Namn på finska
survey-field-title-sv = Namn på svenska
survey-create = Skapa enkäten
survey-created = Enkäten har skapats.
evaluation-results = Resultat
survey-questions = Frågor
survey-no-questions = Det finns inga frågor ännu.
survey-missing-fi = den finska texten saknas
survey-missing-sv = den svenska texten saknas
survey-remove-question-named = Ta bort fråga { $number }
survey-add-question = Lägg till en fråga
survey-field-kind = Typ av fråga
survey-field-text-fi = Frågan på finska
survey-field-text-sv = Frågan på svenska
survey-field-options-fi = Alternativ på finska
survey-field-options-sv = Alternativ på svenska
survey-hint-options = Flervalsfrågans alternativ, vart och ett på en egen rad, i samma ordning på båda språken.
survey-questions-fixed = En omgång har redan börjat, så frågorna är låsta: varje omgång ställer samma frågor.
question-kind-likert = Påstående 1–5
question-kind-choice = Flerval
question-kind-text = Fri text
question-added = Frågan har lagts till.
question-removed = Frågan har tagits bort.
survey-rounds = Omgångar
survey-no-rounds = Det finns inga omgångar ännu.
survey-round = Omgång
survey-round-status = Skede
survey-anonymity = Svaren
survey-closes = Stängs
survey-actions = Åtgärder
survey-anonymous = Anonyma svar
survey-named = Svar med namn
survey-hint-anonymous = Med ett anonymt svar sparas inte vem som svarade. Valet kan inte ändras när omgången har börjat.
survey-open = Starta omgången
survey-remind = Påminn dem som inte svarat
survey-close = Stäng omgången
survey-add-round = Lägg till en omgång
survey-field-round-fi = Omgångens namn på finska
survey-field-round-sv = Omgångens namn på svenska
round-status-draft = Under beredning
round-status-open = Pågår
round-status-closed = Avslutad
round-added = Omgången har lagts till.
round-opened = Omgången har börjat, och inbjudningarna skickas.
round-closed = Omgången har stängts.
round-reminded = Påminnelser skickas till dem som ännu inte har svarat.
error-survey-in-use = En omgång har redan börjat, så frågorna kan inte längre ändras.
error-round-not-draft = Omgången har redan börjat.
error-answer-choice = Välj ett av alternativen.
survey-answered = Tack för dina svar!
error-survey-answered = Du har redan svarat i den här omgången, eller så har omgången avslutats.
survey-answer-closed = Du har redan svarat i den här omgången, eller så har omgången avslutats.
survey-answer-intro = Enkäten är öppen till och med { $date }. Du kan lämna frågor obesvarade.
survey-answer-anonymous = Svaren är anonyma: du sparas inte med dem, och resultaten visas endast för grupper med minst fem svarande.
survey-answer-named = Svaren sparas med ditt namn, men resultaten visas endast för grupper med minst fem svarande.
survey-cannot-say = Kan inte säga
survey-send = Skicka svaren
question = Fråga
evaluation-cohort = Hela gruppen
evaluation-means = Medeltal (1–5)
evaluation-change = Förändring
evaluation-across-rounds = Hela gruppens medeltal per omgång
evaluation-option = Alternativ
evaluation-invited = inbjudna
evaluation-answered = svarande
evaluation-turnout = Svarande
evaluation-results-intro = Resultaten per organisation och för hela gruppen, per omgång. En grupp med färre än fem svarande visas som "< 5", liksom en grupp som skulle avslöja den genom subtraktion. Fria svar visas utan namn och organisation.
evaluation-organisations = Organisationernas sidor
evaluation-responses = Organisationernas genmälen
evaluation-no-responses = Organisationerna har ännu inte skrivit några genmälen.
evaluation-organisation-intro = Er organisations resultat sida vid sida med hela gruppens. Skriv ert genmäle: vad vi gör härnäst. Utvärderaren ser det.
evaluation-our-response = Vårt genmäle
evaluation-no-response = Inget genmäle har skrivits ännu.
evaluation-response-field = Vad vi gör härnäst
evaluation-respond = Spara genmälet
evaluation-responded = Genmälet har sparats.
programme-surveys = Enkäter som väntar på ditt svar
programme-assessment-both = Inledande och avslutande värdering gjorda: se jämförelsen
programme-assessment-start-done = Den inledande värderingen är gjord
