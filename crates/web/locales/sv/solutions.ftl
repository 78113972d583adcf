# Utvecklingsarenan: banken av utvecklingslösningar, moderering och utmaningskampanjer.
nav-solutions = Utvecklingsarenan
solutions-title = Utvecklingsarenan
solutions-intro = Utvecklingslösningar från kommunala arbetsplatser inom olika sektorer: vad problemet var, vad som gjordes och vad man lärde sig. Sök med ord och avgränsa med val; adressen sparar valen, så du kan dela och spara en avgränsad lista.
solutions-feed = Nya lösningar (Atom-flöde)
solutions-campaigns = Utmaningskampanjer
solutions-new = Skriv en ny lösning
solutions-mine = Vår organisations lösningar
solutions-moderation = Moderering
solutions-search = Sök bland lösningarna
solutions-sort = Ordning
solutions-sort-newest = Nyaste först
solutions-sort-relevance = Bäst matchande först
solutions-apply = Visa
solutions-found = { $count ->
    [one] En lösning
   *[other] { $count } lösningar
}
solutions-chosen = Valda avgränsningar
solutions-remove-choice = Ta bort avgränsning: { $value }
solutions-none = Inga lösningar.
solutions-facet-sector = Sektor
solutions-facet-topic = Tema
solutions-facet-kind = Typ av organisation
solutions-facet-region = Landskap
solutions-facet-campaign = Kampanj
solutions-facet-year = År
solution-sector-social-health = Social- och hälsovård
solution-sector-education = Fostran och utbildning
solution-sector-technical = Tekniska tjänster
solution-sector-administration = Förvaltning och ekonomi
solution-sector-culture = Kultur och fritid
solution-sector-whole-organisation = Hela organisationen
topic-wellbeing = Arbetsvälbefinnande
topic-leadership = Ledarskap
topic-collaboration = Samarbete
topic-digitalisation = Digitalisering
topic-work-arrangements = Arbetsarrangemang
topic-customer-service = Kundservice
topic-competence = Kompetens
topic-change = Förändring
solution-state = Status
solution-state-draft = Utkast
solution-state-submitted = Väntar på moderering
solution-state-returned = Returnerad för korrigering
solution-state-approved = Publicerad
solution-state-hidden = Dold
solution-organisation = Organisation
solution-field-title = Rubrik
solution-field-problem = Vad problemet var
solution-field-actions = Vad som gjordes
solution-field-results = Resultat
solution-field-lessons = Lärdomar
solution-field-period = Tidpunkt
solution-field-year = År
solution-field-contact-name = Kontaktperson
solution-field-contact-email = Kontaktpersonens e-post
solution-field-consent = Kontaktpersonens namn och adress får visas offentligt
solution-hint-period = Till exempel "hösten 2018".
solution-contact = Kontaktperson
solution-other-language = Också på det andra språket
solution-edit = Redigera lösningen
solution-reason = Motivering
solution-reason-hint = Att returnera och dölja kräver en motivering; den skickas till skribenten.
solution-action-approve = Godkänn och publicera
solution-action-return = Returnera för korrigering
solution-action-hide = Dölj
solution-action-restore = Visa igen
solution-history = Historik
solution-history-created = Skapad
solution-history-edited = Redigerad
solution-history-submitted = Skickad för moderering
solution-history-approve = Godkänd
solution-history-return = Returnerad för korrigering
solution-history-hide = Dold
solution-history-restore = Visas igen
solution-history-attached = Bilaga tillagd
solution-history-detached = Bilaga borttagen
solution-related = Inom samma tema
solution-form-intro = Skriv lösningen på finska, svenska eller båda. Rubrik, problem och åtgärder behövs på minst ett språk. Du kan spara ett utkast och skicka det senare.
solution-texts-fi = På finska
solution-texts-sv = På svenska
solution-choose = Välj
solution-no-campaign = Ingen kampanj
solution-closed-campaign = Avslutad kampanj
solution-save-draft = Spara utkast
solution-submit = Skicka för moderering
solution-updated = Ändrad
solution-submitted = Lösningen har skickats för moderering.
solution-saved = Utkastet har sparats.
solution-reason-needed = Skriv en motivering innan du returnerar eller döljer.
solution-moderated = Lösningens status har ändrats.
solution-not-applicable = Åtgärden kunde inte göras: lösningens status är redan en annan.
solution-bulk-moderated = De valda lösningarnas status har ändrats.
solution-campaign-created = Kampanjen har öppnats.
solutions-campaign-new = Öppna en utmaningskampanj
solutions-all-states = Alla statusar
solutions-all-campaigns = Alla kampanjer
solutions-queue-empty = Det finns inga lösningar i kön.
solutions-queue-count = I kön { $count }
solutions-choose = Välj
solutions-bulk-action = Åtgärd för de valda
solutions-moderate-chosen = Gör för de valda
solutions-no-campaigns = Det finns inga kampanjer.
solutions-campaign-open = Pågår
solutions-campaign-closed = Kampanjen har avslutats.
solutions-campaign-time = Tid
solutions-campaign-submit = Delta i kampanjen med din lösning
solutions-funnel = Kampanjens framskridande
solutions-funnel-state = Status
solutions-funnel-count = Lösningar
solutions-campaign-brought = { $count ->
    [one] Lösningen som kampanjen gav
   *[other] De { $count } lösningar som kampanjen gav
}
solutions-campaign-title = Kampanjens namn
solutions-campaign-call = Utmaning
solutions-campaign-prize = Pris (frivilligt)
solutions-campaign-opens-date = Börjar (dag)
solutions-campaign-opens-time = Börjar (klockan)
solutions-campaign-closes-date = Slutar (dag)
solutions-campaign-closes-time = Slutar (klockan)
solutions-campaign-create = Öppna kampanjen
error-solution-sector = Välj en sektor.
error-solution-topic = Välj ett tema.
error-solution-title = Skriv en rubrik.
error-text-too-long = Texten är för lång.
error-solution-year = Skriv ett år, till exempel 2018.
error-solution-campaign = Välj en pågående kampanj.
error-solution-contact = Skriv kontaktpersonens namn om det får visas.
error-solution-required = Den här uppgiften behövs.
error-solution-one-language = Skriv lösningen på minst ett språk.
error-solution-not-editable = Lösningen kan inte längre redigeras: den är redan hos moderatorerna.
error-solution-campaign-times = Kampanjen ska sluta efter att den har börjat.
mail-solution-approve-subject = Er lösning har publicerats: { $title }
mail-solution-approve-body =
    Utvecklingsarenans moderator har godkänt er lösning, och den är nu offentlig:
    { $link }
mail-solution-return-subject = Er lösning returnerades för korrigering: { $title }
mail-solution-return-body =
    Moderatorn returnerade er lösning för korrigering. Motivering:

    { $reason }

    Ni kan redigera lösningen och skicka den på nytt:
    { $link }
mail-solution-hide-subject = Er lösning doldes: { $title }
mail-solution-hide-body =
    Moderatorn dolde er lösning på utvecklingsarenan. Motivering:

    { $reason }

    { $link }

solution-attachments = Bilagor
solution-no-attachments = Lösningen har ännu inga bilagor.
solution-attach-file = Bilaga
solution-attach-hint = Till exempel en modell, en blankett eller en presentation: en fil i formatet PDF, Word, Excel, PowerPoint, OpenDocument, PNG eller JPEG, högst { $size } MB. Bilagorna syns för alla när lösningen har godkänts.
solution-attach = Lägg till bilagan
solution-attached = Bilagan har lagts till.
solution-detach = Ta bort bilagan { $name }
solution-detached = Bilagan har tagits bort.
