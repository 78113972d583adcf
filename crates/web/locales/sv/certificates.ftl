# EKJ-certifikat

nav-certificates = Certifikat
certificate-name = EKJ-certifikat
certificate-meaning = Den som innehar ett EKJ-certifikat har rätt att använda det som ett bevis på att hen har den ledarskapskompetens som kommunsektorn behöver.
criterion-forums = Har deltagit i minst { $count } ledarskapsforum
criterion-field-forums = Ledarskapsforum minst
criterion-tasks = Alla mellanuppgifter godkända
criterion-certificate-work = Certifikatarbetet godkänt
criterion-assessments = Inledande och avslutande självvärdering gjorda
criterion-evaluation = Den egna organisationen med i den utvecklande utvärderingen
checklist-title = Villkoren för certifikatet
checklist-intro = Certifikatet beviljas när alla villkor uppfylls. Läget uppdateras allteftersom du går framåt.
checklist-all-met = Alla villkor uppfylls. Certifieraren beviljar certifikatet.
checklist-granted = Certifikatet beviljat { $date }:
checklist-met = Uppfyllt
checklist-missing = Saknas
certificates-title = Beviljade certifikat
certificates-intro = Coachningsgruppernas certifikat och deras offentliga kontrollsidor.
certificates-show-list = Visa certifikaten
certificates-valid-count = { $count ->
    [one] ett giltigt certifikat
   *[other] { $count } giltiga certifikat
}
certificates-grid-title = Villkoren för certifikaten och beviljandet
certificates-grid-counts = Beviljade: { $granted }.
certificates-grid-eligible = Som uppfyller villkoren men ännu inte har fått certifikatet: { $count }.
certificate-field-issued-on = Beviljningsdag
certificate-hint-issued-on = Till exempel dagen för avslutningstillställningen.
certificate-choose = Bevilja
certificate-choose-named = Bevilja certifikat: { $name }
certificate-title = EKJ-certifikat
certificate-exception-named = Motivering till undantaget: { $name }
certificate-eligible = Villkoren uppfylls
certificate-grant-chosen = Bevilja de valda
certificate-grant-all = Bevilja alla som uppfyller villkoren
certificate-granted = Certifikaten har beviljats, och innehavarna får ett meddelande.
certificate-granted-one = Certifikatet har beviljats, och innehavaren får ett meddelande.
certificate-criteria = Coachningsgruppens villkor för certifikatet
certificate-criteria-save = Spara villkoren
certificate-criteria-saved = Villkoren har sparats.
certificate-status-valid = Giltigt
certificate-status-revoked = Återkallat
certificate-revoked-on = Återkallat { $date }
certificate-holder = Innehavare
certificate-programme = Coachningsprogram
certificate-issued = Beviljat
certificate-issuer = Beviljat av
certificate-organisers = Arrangörer
certificate-organisers-text = KT Kommunarbetsgivarna och Kommunförbundet; coachningen genomfördes av { $provider }.
certificate-code = Kod
certificate-certifies = Certifikatet visar att innehavaren har
certificate-credential = Maskinläsbart bevis (Open Badges 3.0)
certificate-manage = Hantering av certifikatet
certificate-exception = Motivering till undantaget
certificate-revoke-reason = Orsak till återkallandet
certificate-hint-revoke = Orsaken sparas, men på den offentliga sidan syns endast dagen för återkallandet.
certificate-revoke = Återkalla certifikatet
certificate-revoked = Certifikatet har återkallats.
certificate-hint-reissue = En ny utskrift använder innehavarens nuvarande namn; koden och adressen förblir desamma.
certificate-reissue = Ge en ny utskrift
certificate-reissued = En ny utskrift av certifikatet har getts.
certificates-mine = Mina certifikat
certificates-mine-none = Du har ännu inte beviljats något certifikat.
certificate-view = Visa certifikatet
certificate-linkedin = Lägg till i LinkedIn-profilen
certificate-address = Certifikatets adress (att dela)
ekj-report-title = Certifikat per organisation
ekj-report-all = Coachningsgrupperna sida vid sida
ekj-report-topic = Utvecklingsprojekt
ekj-report-certificates = Certifikat
ekj-report-cohort = Coachningsgrupp
cohort-organisations-count = Organisationer
error-certificate-reason = Skriv en motivering.
error-certificate-reason-long = Motiveringen är för lång (högst 2 000 tecken).
error-certificate-code = Koden har formen XXXX-XXXX-XXXX-XXXX.
error-certificate-none-chosen = Välj minst en deltagare som ännu inte har fått certifikatet.
error-certificate-forums = Ange antalet forum från noll till coachningsgruppens antal forum.
mail-certificate-granted-subject = EKJ-certifikat beviljat ({ $cohort })
mail-certificate-granted-body =
    Gratulerar! Du har beviljats EKJ-certifikatet ({ $cohort }). Kod: { $code }

    Certifikatets offentliga sida, som vem som helst kan kontrollera:
    { $link }

    Maskinläsbart bevis (Open Badges 3.0):
    { $credential }
mail-certificate-revoked-subject = EKJ-certifikat återkallat ({ $cohort })
mail-certificate-revoked-body =
    Ditt EKJ-certifikat { $code } ({ $cohort }) har återkallats. Dess offentliga sida berättar nu om återkallandet:
    { $link }
mail-certificate-reissued-subject = Ny utskrift av EKJ-certifikatet ({ $cohort })
mail-certificate-reissued-body =
    En ny utskrift av ditt EKJ-certifikat { $code } ({ $cohort }) har getts. Adressen är densamma:
    { $link }

    Maskinläsbart bevis:
    { $credential }
certificate-granted-to = beviljas
certificate-signatory = Direktör, Kommunförbundet
certificate-qr-alt = QR-kod till certifikatets offentliga kontrollsida
certificate-pdf = Utskrivbart certifikat (PDF)
certificate-pdf-fi = Ladda ner PDF på finska
certificate-pdf-sv = Ladda ner PDF på svenska
certificate-check-title = Kontrollera ett EKJ-certifikat
certificate-check-hint = Koden på certifikatet, till exempel K7QM-3XRT-9WPA-H2NE.
certificate-check = Kontrollera
