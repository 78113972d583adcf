# Kehittämisareena: kehittämisratkaisujen pankki, moderointi ja haastekampanjat.
nav-solutions = Kehittämisareena
solutions-title = Kehittämisareena
solutions-intro = Kuntatyöpaikkojen kehittämisratkaisuja eri toimialoilta: mikä oli ongelma, mitä tehtiin ja mitä siitä opittiin. Hae sanoilla ja rajaa valinnoilla; osoite pitää valinnat tallessa, joten voit jakaa ja tallentaa rajatun listan.
solutions-feed = Uudet ratkaisut (Atom-syöte)
solutions-campaigns = Haastekampanjat
solutions-new = Kirjoita uusi ratkaisu
solutions-mine = Organisaatiomme ratkaisut
solutions-moderation = Moderointi
solutions-search = Hae ratkaisuista
solutions-sort = Järjestys
solutions-sort-newest = Uusimmat ensin
solutions-sort-relevance = Osuvimmat ensin
solutions-apply = Näytä
solutions-found = { $count ->
    [one] Yksi ratkaisu
   *[other] { $count } ratkaisua
}
solutions-chosen = Valitut rajaukset
solutions-remove-choice = Poista rajaus: { $value }
solutions-none = Ei ratkaisuja.
solutions-facet-sector = Toimiala
solutions-facet-topic = Teema
solutions-facet-kind = Organisaation tyyppi
solutions-facet-region = Maakunta
solutions-facet-campaign = Kampanja
solutions-facet-year = Vuosi
solution-sector-social-health = Sosiaali- ja terveyspalvelut
solution-sector-education = Kasvatus ja opetus
solution-sector-technical = Tekniset palvelut
solution-sector-administration = Hallinto ja talous
solution-sector-culture = Kulttuuri ja vapaa-aika
solution-sector-whole-organisation = Koko organisaatio
topic-wellbeing = Työhyvinvointi
topic-leadership = Johtaminen
topic-collaboration = Yhteistyö
topic-digitalisation = Digitalisaatio
topic-work-arrangements = Työn järjestelyt
topic-customer-service = Asiakaspalvelu
topic-competence = Osaaminen
topic-change = Muutos
solution-state = Tila
solution-state-draft = Luonnos
solution-state-submitted = Odottaa moderointia
solution-state-returned = Palautettu korjattavaksi
solution-state-approved = Julkaistu
solution-state-hidden = Piilotettu
solution-organisation = Organisaatio
solution-field-title = Otsikko
solution-field-problem = Mikä oli ongelma
solution-field-actions = Mitä tehtiin
solution-field-results = Tulokset
solution-field-lessons = Opit
solution-field-period = Ajankohta
solution-field-year = Vuosi
solution-field-contact-name = Yhteyshenkilö
solution-field-contact-email = Yhteyshenkilön sähköposti
solution-field-consent = Yhteyshenkilön nimen ja osoitteen saa näyttää julkisesti
solution-hint-period = Esimerkiksi "syksy 2018".
solution-contact = Yhteyshenkilö
solution-other-language = Myös toisella kielellä
solution-edit = Muokkaa ratkaisua
solution-reason = Perustelu
solution-reason-hint = Palautus ja piilotus tarvitsevat perustelun; se lähetetään kirjoittajalle.
solution-action-approve = Hyväksy ja julkaise
solution-action-return = Palauta korjattavaksi
solution-action-hide = Piilota
solution-action-restore = Palauta näkyviin
solution-history = Historia
solution-history-created = Luotu
solution-history-edited = Muokattu
solution-history-submitted = Lähetetty moderoitavaksi
solution-history-approve = Hyväksytty
solution-history-return = Palautettu korjattavaksi
solution-history-hide = Piilotettu
solution-history-restore = Palautettu näkyviin
solution-history-attached = Liite lisätty
solution-history-detached = Liite poistettu
solution-related = Samasta teemasta
solution-form-intro = Kirjoita ratkaisu suomeksi, ruotsiksi tai molemmilla. Otsikko, ongelma ja toimenpiteet tarvitaan ainakin yhdellä kielellä. Voit tallentaa luonnoksen ja lähettää sen myöhemmin.
solution-texts-fi = Suomeksi
solution-texts-sv = Ruotsiksi
solution-choose = Valitse
solution-no-campaign = Ei kampanjaa
solution-closed-campaign = Päättynyt kampanja
solution-save-draft = Tallenna luonnos
solution-submit = Lähetä moderoitavaksi
solution-updated = Muutettu
solution-submitted = Ratkaisu on lähetetty moderoitavaksi.
solution-saved = Luonnos on tallennettu.
solution-reason-needed = Kirjoita perustelu ennen palautusta tai piilotusta.
solution-moderated = Ratkaisun tila on muutettu.
solution-not-applicable = Toimintoa ei voitu tehdä: ratkaisun tila on jo toinen.
solution-bulk-moderated = Valittujen ratkaisujen tila on muutettu.
solution-campaign-created = Kampanja on avattu.
solutions-campaign-new = Avaa haastekampanja
solutions-all-states = Kaikki tilat
solutions-all-campaigns = Kaikki kampanjat
solutions-queue-empty = Jonossa ei ole ratkaisuja.
solutions-queue-count = Jonossa { $count }
solutions-choose = Valitse
solutions-bulk-action = Toiminto valituille
solutions-moderate-chosen = Tee valituille
solutions-no-campaigns = Kampanjoita ei ole.
solutions-campaign-open = Käynnissä
solutions-campaign-closed = Kampanja on päättynyt.
solutions-campaign-time = Aika
solutions-campaign-submit = Osallistu kampanjaan ratkaisullasi
solutions-funnel = Kampanjan eteneminen
solutions-funnel-state = Tila
solutions-funnel-count = Ratkaisuja
solutions-campaign-brought = { $count ->
    [one] Kampanjan tuoma ratkaisu
   *[other] Kampanjan tuomat { $count } ratkaisua
}
solutions-campaign-title = Kampanjan nimi
solutions-campaign-call = Haaste
solutions-campaign-prize = Palkinto (vapaaehtoinen)
solutions-campaign-opens-date = Alkaa (päivä)
solutions-campaign-opens-time = Alkaa (kello)
solutions-campaign-closes-date = Päättyy (päivä)
solutions-campaign-closes-time = Päättyy (kello)
solutions-campaign-create = Avaa kampanja
error-solution-sector = Valitse toimiala.
error-solution-topic = Valitse teema.
error-solution-title = Kirjoita otsikko.
error-text-too-long = Teksti on liian pitkä.
error-solution-year = Kirjoita vuosi, esimerkiksi 2018.
error-solution-campaign = Valitse käynnissä oleva kampanja.
error-solution-contact = Kirjoita yhteyshenkilön nimi, jos sen saa näyttää.
error-solution-required = Tämä tieto tarvitaan.
error-solution-one-language = Kirjoita ratkaisu ainakin yhdellä kielellä.
error-solution-not-editable = Ratkaisua ei voi enää muokata: se on jo moderaattoreilla.
error-solution-campaign-times = Kampanjan pitää päättyä alkamisensa jälkeen.
mail-solution-approve-subject = Ratkaisunne on julkaistu: { $title }
mail-solution-approve-body =
    Kehittämisareenan moderaattori on hyväksynyt ratkaisunne, ja se on nyt julkinen:
    { $link }
mail-solution-return-subject = Ratkaisunne palautettiin korjattavaksi: { $title }
mail-solution-return-body =
    Moderaattori palautti ratkaisunne korjattavaksi. Perustelu:

    { $reason }

    Voitte muokata ratkaisua ja lähettää sen uudelleen:
    { $link }
mail-solution-hide-subject = Ratkaisunne piilotettiin: { $title }
mail-solution-hide-body =
    Moderaattori piilotti ratkaisunne kehittämisareenalta. Perustelu:

    { $reason }

    { $link }

solution-attachments = Liitteet
solution-no-attachments = Ratkaisulla ei ole vielä liitteitä.
solution-attach-file = Liitetiedosto
solution-attach-hint = Esimerkiksi malli, lomake tai esitys: PDF-, Word-, Excel-, PowerPoint-, OpenDocument-, PNG- tai JPEG-tiedosto, enintään { $size } Mt. Liitteet näkyvät kaikille, kun ratkaisu on hyväksytty.
solution-attach = Lisää liite
solution-attached = Liite on lisätty.
solution-detach = Poista liite { $name }
solution-detached = Liite on poistettu.
