# EKJ-sertifikaatit

nav-certificates = Sertifikaatit
certificate-name = EKJ-sertifikaatti
certificate-meaning = EKJ-sertifikaatin haltija on oikeutettu käyttämään sitä osoituksena siitä, että hänellä on kunta-alan tarvitsemaa johtamisosaamista.
criterion-forums = Osallistunut vähintään { $count } johtamisfoorumiin
criterion-field-forums = Johtamisfoorumeja vähintään
criterion-tasks = Kaikki välitehtävät hyväksytty
criterion-certificate-work = Sertifikaattityö hyväksytty
criterion-assessments = Alku- ja loppuitsearviointi tehty
criterion-evaluation = Oma organisaatio mukana kehittävässä arvioinnissa
checklist-title = Sertifikaatin ehdot
checklist-intro = Sertifikaatti myönnetään, kun kaikki ehdot täyttyvät. Tilanne päivittyy sitä mukaa kuin etenet.
checklist-all-met = Kaikki ehdot täyttyvät. Sertifioija myöntää sertifikaatin.
checklist-granted = Sertifikaatti myönnetty { $date }:
checklist-met = Täyttyy
checklist-missing = Puuttuu
certificates-title = Myönnetyt sertifikaatit
certificates-intro = Valmennusryhmien sertifikaatit ja niiden julkiset tarkistussivut.
certificates-show-list = Näytä sertifikaatit
certificates-valid-count = { $count ->
    [one] yksi voimassa oleva sertifikaatti
   *[other] { $count } voimassa olevaa sertifikaattia
}
certificates-grid-title = Sertifikaattien ehdot ja myöntäminen
certificates-grid-counts = Myönnetty: { $granted }.
certificates-grid-eligible = Ehdot täyttäviä, joille sertifikaattia ei ole vielä myönnetty: { $count }.
certificate-field-issued-on = Myöntämispäivä
certificate-hint-issued-on = Esimerkiksi päätöstilaisuuden päivä.
certificate-choose = Myönnä
certificate-choose-named = Myönnä sertifikaatti: { $name }
certificate-title = EKJ-sertifikaatti
certificate-exception-named = Poikkeuksen perustelu: { $name }
certificate-eligible = Ehdot täyttyvät
certificate-grant-chosen = Myönnä valituille
certificate-grant-all = Myönnä kaikille ehdot täyttäville
certificate-granted = Sertifikaatit on myönnetty, ja haltijat saavat niistä viestin.
certificate-granted-one = Sertifikaatti on myönnetty, ja haltija saa siitä viestin.
certificate-criteria = Valmennusryhmän sertifikaattiehdot
certificate-criteria-save = Tallenna ehdot
certificate-criteria-saved = Ehdot on tallennettu.
certificate-status-valid = Voimassa
certificate-status-revoked = Peruttu
certificate-revoked-on = Peruttu { $date }
certificate-holder = Haltija
certificate-programme = Valmennusohjelma
certificate-issued = Myönnetty
certificate-issuer = Myöntäjä
certificate-organisers = Järjestäjät
certificate-organisers-text = KT Kuntatyönantajat ja Kuntaliitto; valmennuksen toteutti { $provider }.
certificate-code = Tunniste
certificate-certifies = Sertifikaatti osoittaa, että haltija on
certificate-credential = Koneluettava todiste (Open Badges 3.0)
certificate-manage = Sertifikaatin hallinta
certificate-exception = Poikkeuksen perustelu
certificate-revoke-reason = Peruutuksen syy
certificate-hint-revoke = Syy tallennetaan, mutta julkisella sivulla näkyy vain peruutuksen päivä.
certificate-revoke = Peru sertifikaatti
certificate-revoked = Sertifikaatti on peruttu.
certificate-hint-reissue = Uusintapainos käyttää haltijan nykyistä nimeä; tunniste ja osoite pysyvät samoina.
certificate-reissue = Anna uusintapainos
certificate-reissued = Sertifikaatista on annettu uusintapainos.
certificates-mine = Sertifikaattini
certificates-mine-none = Sinulle ei ole vielä myönnetty sertifikaattia.
certificate-view = Näytä sertifikaatti
certificate-linkedin = Lisää LinkedIn-profiiliin
certificate-address = Sertifikaatin osoite (jaettavaksi)
ekj-report-title = Sertifikaatit organisaatioittain
ekj-report-all = Valmennusryhmät rinnakkain
ekj-report-topic = Kehittämishanke
ekj-report-certificates = Sertifikaatteja
ekj-report-cohort = Valmennusryhmä
cohort-organisations-count = Organisaatioita
error-certificate-reason = Kirjoita perustelu.
error-certificate-reason-long = Perustelu on liian pitkä (enintään 2 000 merkkiä).
error-certificate-code = Tunniste on muotoa XXXX-XXXX-XXXX-XXXX.
error-certificate-none-chosen = Valitse ainakin yksi osallistuja, jolle sertifikaattia ei ole vielä myönnetty.
error-certificate-forums = Anna foorumien määrä nollasta valmennusryhmän foorumien määrään.
mail-certificate-granted-subject = EKJ-sertifikaatti myönnetty ({ $cohort })
mail-certificate-granted-body =
    Onnittelut! Sinulle on myönnetty EKJ-sertifikaatti ({ $cohort }). Tunniste: { $code }

    Sertifikaatin julkinen sivu, jonka kuka tahansa voi tarkistaa:
    { $link }

    Koneluettava todiste (Open Badges 3.0):
    { $credential }
mail-certificate-revoked-subject = EKJ-sertifikaatti peruttu ({ $cohort })
mail-certificate-revoked-body =
    EKJ-sertifikaattisi { $code } ({ $cohort }) on peruttu. Sen julkinen sivu kertoo nyt peruutuksesta:
    { $link }
mail-certificate-reissued-subject = EKJ-sertifikaatista uusintapainos ({ $cohort })
mail-certificate-reissued-body =
    EKJ-sertifikaatistasi { $code } ({ $cohort }) on annettu uusintapainos. Osoite pysyy samana:
    { $link }

    Koneluettava todiste:
    { $credential }
certificate-granted-to = myönnetään
certificate-signatory = Kuntaliiton johtaja
certificate-qr-alt = QR-koodi sertifikaatin julkiselle tarkistussivulle
certificate-pdf = Tulostettava sertifikaatti (PDF)
certificate-pdf-fi = Lataa PDF suomeksi
certificate-pdf-sv = Lataa PDF ruotsiksi
certificate-check-title = Tarkista EKJ-sertifikaatti
certificate-check-hint = Sertifikaatissa oleva tunniste, esimerkiksi K7QM-3XRT-9WPA-H2NE.
certificate-check = Tarkista
