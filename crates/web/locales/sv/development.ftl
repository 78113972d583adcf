# KunTeko: sparrning

nav-sparring = Sparrning
sparring-title = Sparrning
sparring-intro = Arbetsplatser kan söka avgiftsfri sparrning, en eller två dagar som stöd för sitt utvecklingsarbete. Sparrarna har valts genom offentlig upphandling; organisationen väljer sin sparrare från listan. Dagarna söks i omgångar, och ansökningarna är fler än de dagar som kan beviljas.
sparring-round-new = Ny ansökningsomgång
sparring-round-create = Öppna ansökningsomgången
sparring-round-created = Ansökningsomgången har öppnats.
sparring-rounds = Ansökningsomgångar
sparring-no-rounds = Det finns inga ansökningsomgångar ännu.
sparring-status-open = ansökan öppen
sparring-status-closed = ansökan avslutad
sparring-status-decided = beslut fattat
sparring-to-review = Ansökningar att bedöma
sparring-our-applications = Vår organisations ansökningar
sparring-our-application = Vår organisations ansökan
sparring-application = Ansökan
sparring-application-view = Visa ansökan
sparring-application-edit = Redigera ansökan
sparring-application-save = Spara ändringarna
sparring-apply = Ansök om sparrning
sparring-apply-send = Skicka ansökan
sparring-apply-intro = En organisation kan lämna in en ansökan per omgång och redigera den tills ansökan stänger. Du får en mottagningskvittering per e-post.
sparring-applied = Ansökan har sparats, och en kvittering skickas per e-post.
sparring-closed = Ansökan är inte öppen.
sparring-days-asked = Sökta dagar
sparring-days-granted = Beviljade dagar
sparring-days-proposed = Dagar i förslaget
sparring-days-left = Kvar
sparring-days-held = Genomförda sparrningsdagar
sparring-days-asked-n = { $count ->
    [one] en dag
   *[other] { $count } dagar
}
sparring-days-granted-n = { $count ->
    [one] en dag beviljad
   *[other] { $count } dagar beviljade
}
sparring-field-name-fi = Namn på finska
sparring-field-name-sv = Namn på svenska
sparring-field-pool = Dagar att fördela
sparring-hint-pool = Omgångens hela antal dagar.
sparring-field-max = Högst dagar per organisation
sparring-field-opens = Ansökan öppnar
sparring-field-closes = Ansökan stänger
sparring-field-kinds = Vem kan söka
sparring-field-floors = Minsta antal dagar per landskap (frivilligt)
sparring-hint-floors = En rad per landskap: landskap: dagar, till exempel lappi: 4. Landskapen:
sparring-field-sparrers = Sparrare
sparring-hint-sparrers = En rad per sparrare: namn; företag; kompetensområden.
sparring-field-published = Lottningens publicerade värde
sparring-hint-published = Publicera värdet innan ansökan stänger (till exempel på webbplatsen). Lika poäng avgörs genom en lottning vars frö räknas ut från ansökningarna och detta värde, så vem som helst kan upprepa den.
sparring-field-contact-name = Kontaktperson
sparring-field-contact-email = Kontaktpersonens e-post
sparring-field-reconsideration = Tid för begäran om omprövning (dagar)
sparring-hint-reconsideration = Vanligen 30 dagar från delfåendet av beslutet.
sparring-sparrers = Sparrare
sparring-no-sparrers = Inga sparrare har lagts till ännu.
sparring-rubric = Bedömningskriterier
sparring-no-rubric = Det finns inga bedömningskriterier ännu.
sparring-weight-n = vikt { $weight }
sparring-criterion-add = Lägg till ett bedömningskriterium
sparring-criterion-added = Kriteriet har lagts till.
sparring-schedule = Ansökningstid
sparring-schedule-save = Spara ansökningstiden
sparring-rescheduled = Ansökningsomgångens ansökningstid har ändrats.
sparring-field-criterion-fi = Kriteriet på finska
sparring-field-criterion-sv = Kriteriet på svenska
sparring-field-weight = Vikt
sparring-field-anchors-fi = Beskrivningar av vitsorden 1–5 på finska
sparring-field-anchors-sv = Beskrivningar av vitsorden 1–5 på svenska
sparring-hint-anchors = Fem rader: vad vitsorden 1, 2, 3, 4 och 5 betyder.
sparring-applications = Ansökningar
sparring-applications-n = { $count ->
    [one] En ansökan
   *[other] { $count } ansökningar
}
sparring-no-applications = Det finns inga ansökningar ännu.
sparring-score = Poäng
sparring-reviewers = Bedömare
sparring-no-reviewers = Inga bedömare har utsetts ännu; varje ansökan ska ha minst två.
sparring-field-reviewer = Bedömarens e-post
sparring-hint-reviewer = Utse minst två bedömare för varje ansökan.
sparring-reviewer-assign = Utse bedömaren
sparring-reviewer-assigned = Bedömaren har utsetts.
sparring-your-review = Din bedömning
sparring-field-comment = Kommentar (frivillig)
sparring-score-save = Spara poängen
sparring-abstain = Jag avstår från att bedöma
sparring-recuse = Jag är jävig
sparring-hint-review = Om du avstår räknas dina poäng inte med i medeltalet. Som jävig ser du inte längre ansökan.
sparring-reviewed = Din bedömning har sparats.
review-status-assigned = väntar på bedömning
review-status-scored = bedömd
review-status-abstained = avstod
review-status-recused = jävig
sparring-board = Fördelningstavla
sparring-board-intro = Ansökningarna enligt poäng. Stödberättigade och bedömda ansökningar får de dagar de sökt (högst gränsen per organisation) i ordning tills dagarna tar slut; landskapens minsta antal dagar fördelas först. Lika poäng avgörs genom lottning med det publicerade värdet.
sparring-what-if = försök
sparring-what-if-pool = Pröva med ett annat antal dagar
sparring-what-if-show = Visa
sparring-threshold = Lägsta poäng som fick dagar
sparring-seed = Lottningens frö
sparring-rank = Plats
sparring-region = Landskap
sparring-kind = Typ av organisation
sparring-ineligible = inte stödberättigad
sparring-freeze = Lås beslutet
sparring-freeze-hint = Ett låst beslut sparar indata, deras kontrollsumma, regelns version, poängen, fröet och resultatet, reserverar dagarna och skickar varje sökande ett beslutsbrev. Beslutet kan inte låsas två gånger.
sparring-frozen = Beslutet har låsts, och beslutsbreven skickas.
sparring-decision = Beslut
sparring-decided-by = Beslutsfattare
sparring-rule = Fördelningsregel
sparring-rule-old = tidigare version
sparring-inputs-hash = Indatas kontrollsumma
sparring-rerun-same = Regeln kördes på nytt med de sparade indata: resultatet är detsamma.
sparring-rerun-differs = Regeln kördes på nytt med de sparade indata: resultatet är INTE detsamma.
sparring-rerun-explained = Beslutet sparade alla sina indata. Den här sidan räknar fördelningen på nytt från dem varje gång och jämför den med den sparade.
sparring-letter = Beslutsbrev
sparring-reconsideration = Begäran om omprövning
sparring-field-reconsideration-text = Begäran om omprövning och motiveringen till den
sparring-reconsideration-ask = Skicka begäran om omprövning
sparring-reconsideration-filed = Begäran om omprövning har lämnats in.
sparring-reconsideration-answer = Svar
sparring-reconsideration-send-answer = Skicka svaret
sparring-reconsideration-answered = Svaret har getts, och den sökande får ett meddelande.
sparring-reconsideration-waiting = Väntar på behandling.
sparring-field-more-days = Bevilja fler dagar
sparring-hint-more-days = En eller två, om det finns dagar kvar.
sparring-grant-more = Bevilja
sparring-days-granted-flash = Dagarna har beviljats.
sparring-no-days-held = Inga sparrningsdagar har registrerats ännu.
sparring-field-held-on = Dag
sparring-field-report = Kort rapport
sparring-day-record = Registrera sparrningsdagen
sparring-day-recorded = Sparrningsdagen har registrerats.
sparring-report = Omgångens rapport
sparring-report-regions = Ansökningar och dagar per landskap
sparring-report-kinds = Ansökningar och dagar per typ av organisation
sparring-submitted = Inlämnad
sparring-updated = redigerad { $at }
sparring-field-aim = Vad vill ni utveckla
sparring-hint-aim = Beskriv utvecklingsbehovet, målet och hur sparrningen hjälper.
sparring-field-workplace = Arbetsplats
sparring-field-staff = Antal anställda som deltar i utvecklingen
sparring-field-days = Sökta dagar
sparring-field-sparrer = Sparrare
sparring-sparrer-any = Inget önskemål
sparring-field-applicant-contact = Kontaktperson
sparring-field-applicant-email = Kontaktpersonens e-post
sparring-field-lang = Beslutsbrevets språk
letter-opening = Beslut om ansökan om sparrning: { $round }.
letter-granted = Er ansökan fick { $score } poäng i bedömningen. I omgången fördelades { $pool } dagar mellan { $applications } ansökningar, och dagar beviljades de ansökningar som fick minst { $threshold } poäng. Ni beviljas { $granted } sparrningsdagar, som ni sökte.
letter-partly-granted = Er ansökan fick { $score } poäng i bedömningen. I omgången fördelades { $pool } dagar mellan { $applications } ansökningar, och dagar beviljades de ansökningar som fick minst { $threshold } poäng. Ni sökte { $asked } dagar; dagarna tog slut, så ni beviljas { $granted }.
letter-not-granted = Er ansökan fick { $score } poäng i bedömningen. I omgången fördelades { $pool } dagar mellan { $applications } ansökningar, och de räckte till de ansökningar som fick minst { $threshold } poäng. Er ansökan kan därför inte beviljas dagar.
letter-ineligible = Er typ av organisation är inte stödberättigad i den här omgången, så ansökan kan inte beviljas dagar.
letter-unscored = Er ansökan bedömdes inte, så den kan inte beviljas dagar.
letter-rule = Dagarna fördelades enligt en regel som publicerats i förväg ({ $rule }): de stödberättigade ansökningarna i poängordning, var och en de sökta dagarna upp till gränsen per organisation, tills dagarna tog slut; lika poäng avgjordes genom en lottning som publicerats innan ansökan stängde.
letter-decided = Beslutet fattades av { $decider } { $date }.
letter-contact = Närmare upplysningar ger { $contact } ({ $email }).
letter-reconsideration = Om ni är missnöjda med beslutet kan ni begära omprövning inom { $days } dagar från delfåendet av beslutet, senast { $deadline }. Begäran görs på ansökans sida, och i den anges vilken ändring som begärs och på vilka grunder.
mail-sparring-receipt-subject = Ansökan mottagen: { $round }
mail-sparring-receipt-body =
    Er ansökan om sparrning har tagits emot ({ $round }). Ni kan redigera den tills ansökan stänger:
    { $link }
mail-sparring-decision-subject = Beslut: { $round }
mail-sparring-decision-body =
    { $text }

    Ansökan och beslutet:
    { $link }
mail-sparring-reconsidered-subject = Svar på begäran om omprövning: { $round }
mail-sparring-reconsidered-body =
    { $text }

    Ansökan:
    { $link }
error-region = Okänt landskap.
error-review-status = Okänt läge för bedömningen.
error-sparring-days = Sök en eller två dagar.
error-sparring-score = Välj ett vitsord 1–5.
error-sparring-staff = Ange antalet anställda som ett tal.
error-sparring-aim = Skriv vad ni vill utveckla.
error-sparring-required = Fyll i det här fältet.
error-sparring-long = Texten är för lång (högst 200 tecken).
error-sparring-pool = Ange antalet dagar att fördela.
error-sparring-reconsideration = Ange 7–90 dagar.
error-sparring-closes = Ansökan kan inte stänga innan den öppnar.
error-sparring-kinds = Välj minst en typ av organisation.
error-sparring-floors = Skriv raderna i formen landskap: dagar, till exempel lappi: 4.
error-sparring-sparrers = Skriv raderna i formen namn; företag; kompetensområden.
error-sparring-weight = Ange en vikt 1–10.
error-sparring-anchors = Skriv fem rader, en för varje vitsord.
error-sparring-rubric-in-use = Bedömarna har redan gett poäng, så kriterierna kan inte längre ändras.
error-sparring-closed = Ansökan är inte öppen, så ansökan kan inte längre lämnas in eller ändras.
error-sparring-sparrer = Välj en sparrare från listan.
error-sparring-lang = Välj finska eller svenska.
error-sparring-reviewer = Den här adressen har ingen användare.
error-sparring-decided = Omgångens beslut har redan fattats.
error-sparring-still-open = Ansökan är fortfarande öppen; beslutet kan låsas först när ansökan har stängt.
error-sparring-pool-empty = Så många dagar finns inte kvar.
error-sparring-not-decided = Beslutet har inte fattats ännu.
sparring-no-reconsiderations = Ingen har begärt omprövning.
error-sparring-over-cap = Organisationen skulle få fler dagar än omgången tillåter.
sparring-short-of-reviewers-n = { $count ->
    [one] En ansökan har färre än två bedömare som inte är jäviga. Utse bedömare innan beslutet låses.
   *[other] { $count } ansökningar har färre än två bedömare som inte är jäviga. Utse bedömare innan beslutet låses.
}
sparring-needs-reviewer = behöver ännu en bedömare
