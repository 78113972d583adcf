//! Demo data: the organisations of the first EKJ cohort (`shared/seeds/000_*`) with
//! their Finnish and Swedish names, the programme's partners, and one demo person for
//! every role in Finnish and in Swedish. Seeding happens once; a marker in `settings`
//! keeps it from running twice.

use domain::{
    Email, EmailDomain, Lang, NewPassword, OrgKind, OrgLanguages, OrgName, PersonName, Role,
};

use crate::{NewOrganisation, NewUser, Result, Store, StoreError};

/// The password of every demo account. Printed at start; only for demo data.
pub const DEMO_PASSWORD: &str = "johto-demo-2026";
const SEEDED_KEY: &str = "demo_seeded_at";

/// (Finnish name, Swedish name, kind, languages, demo domain)
const ORGANISATIONS: &[(&str, &str, OrgKind, OrgLanguages, &str)] = &[
    (
        "KT Kuntatyönantajat",
        "KT Kommunarbetsgivarna",
        OrgKind::Other,
        OrgLanguages::Bilingual,
        "kt.example",
    ),
    (
        "Suomen Kuntaliitto",
        "Finlands Kommunförbund",
        OrgKind::Other,
        OrgLanguages::Bilingual,
        "kuntaliitto.example",
    ),
    (
        "FCG Konsultointi Oy",
        "FCG Ab",
        OrgKind::Other,
        OrgLanguages::Bilingual,
        "fcg.example",
    ),
    (
        "Espoon kaupunki",
        "Esbo stad",
        OrgKind::Municipality,
        OrgLanguages::Bilingual,
        "espoo.example",
    ),
    (
        "Jämsän kaupunki",
        "Jämsä stad",
        OrgKind::Municipality,
        OrgLanguages::Finnish,
        "jamsa.example",
    ),
    (
        "Järvenpään kaupunki",
        "Träskända stad",
        OrgKind::Municipality,
        OrgLanguages::Finnish,
        "jarvenpaa.example",
    ),
    (
        "Kouvolan kaupunki",
        "Kouvola stad",
        OrgKind::Municipality,
        OrgLanguages::Finnish,
        "kouvola.example",
    ),
    (
        "Loviisan kaupunki",
        "Lovisa stad",
        OrgKind::Municipality,
        OrgLanguages::Bilingual,
        "loviisa.example",
    ),
    (
        "Mikkelin kaupunki",
        "S:t Michels stad",
        OrgKind::Municipality,
        OrgLanguages::Finnish,
        "mikkeli.example",
    ),
    (
        "Mäntyharjun kunta",
        "Mäntyharju kommun",
        OrgKind::Municipality,
        OrgLanguages::Finnish,
        "mantyharju.example",
    ),
    (
        "Porin kaupunki",
        "Björneborgs stad",
        OrgKind::Municipality,
        OrgLanguages::Finnish,
        "pori.example",
    ),
    (
        "Riihimäen kaupunki",
        "Riihimäki stad",
        OrgKind::Municipality,
        OrgLanguages::Finnish,
        "riihimaki.example",
    ),
    (
        "HUS-Kuvantaminen",
        "HNS Bilddiagnostik",
        OrgKind::JointMunicipalAuthority,
        OrgLanguages::Bilingual,
        "hus.example",
    ),
    (
        "Kymenlaakson sairaanhoito- ja sosiaalipalvelujen kuntayhtymä Carea",
        "Samkommunen för sjukvårds- och socialtjänster i Kymmenedalen Carea",
        OrgKind::JointMunicipalAuthority,
        OrgLanguages::Finnish,
        "carea.example",
    ),
    (
        "Perusturvakuntayhtymä Akseli",
        "Grundtrygghetssamkommunen Akseli",
        OrgKind::JointMunicipalAuthority,
        OrgLanguages::Finnish,
        "akseli.example",
    ),
    (
        "Keva",
        "Keva",
        OrgKind::Other,
        OrgLanguages::Bilingual,
        "keva.example",
    ),
];

/// (role, organisation domain, Finnish-speaking person, Swedish-speaking person)
const PEOPLE: &[(Role, &str, &str, &str)] = &[
    (
        Role::Manager,
        "espoo.example",
        "Maija Mäkinen",
        "Sofia Lindqvist",
    ),
    (
        Role::HrDeveloper,
        "espoo.example",
        "Heikki Hakala",
        "Hanna Sjöberg",
    ),
    (
        Role::ContentEditor,
        "kt.example",
        "Eeva Editori",
        "Elin Redaktör",
    ),
    (
        Role::Coordinator,
        "kt.example",
        "Kaisa Koordinaattori",
        "Karin Koordinator",
    ),
    (
        Role::Coach,
        "fcg.example",
        "Ville Valmentaja",
        "Viktor Coach",
    ),
    (
        Role::Evaluator,
        "keva.example",
        "Arja Arvioija",
        "Anna Utvärderare",
    ),
    (
        Role::Certifier,
        "kuntaliitto.example",
        "Sari Sertifioija",
        "Sara Certifierare",
    ),
    (
        Role::Administrator,
        "kt.example",
        "Antti Ylläpitäjä",
        "Axel Administratör",
    ),
];

/// A demo account as the start-up banner lists it.
#[derive(Debug, Clone)]
pub struct DemoLogin {
    pub role: Role,
    pub lang: Lang,
    pub email: String,
}

/// The e-mail address of a demo person: role and language before the organisation's domain.
fn demo_email(role: Role, lang: Lang, domain: &str) -> String {
    format!(
        "{}.{}@{domain}",
        role.as_str().replace('_', "-"),
        lang.code()
    )
}

/// Every demo login, whether seeded yet or not.
pub fn demo_logins() -> Vec<DemoLogin> {
    PEOPLE
        .iter()
        .flat_map(|(role, domain, _, _)| {
            [Lang::Fi, Lang::Sv].map(|lang| DemoLogin {
                role: *role,
                lang,
                email: demo_email(*role, lang, domain),
            })
        })
        .collect()
}

fn invalid(e: domain::Invalid) -> StoreError {
    StoreError::Hashing(format!("demo data is invalid: {e}"))
}

impl Store {
    pub async fn demo_seeded(&self) -> Result<bool> {
        Ok(self.setting(SEEDED_KEY).await?.is_some())
    }

    /// Seeds the demo data unless it is there already. Returns whether it seeded.
    pub async fn seed_demo(&self) -> Result<bool> {
        if self.demo_seeded().await? {
            return Ok(false);
        }
        let password = NewPassword::parse(DEMO_PASSWORD, DEMO_PASSWORD).map_err(invalid)?;
        let mut kt = None;
        for (name_fi, name_sv, kind, languages, domain) in ORGANISATIONS {
            let new = NewOrganisation {
                name_fi: OrgName::parse(name_fi).map_err(invalid)?,
                name_sv: OrgName::parse(name_sv).map_err(invalid)?,
                kind: *kind,
                business_id: None,
                languages: *languages,
                parent_id: None,
                domains: vec![EmailDomain::parse(domain).map_err(invalid)?],
            };
            let id = self.create_organisation(&new, None).await?;
            kt.get_or_insert(id);
        }
        for (role, domain, name_fi, name_sv) in PEOPLE {
            let org_id = self
                .organisation_of_domain(domain)
                .await?
                .ok_or(StoreError::NotFound)?;
            for (lang, name) in [(Lang::Fi, name_fi), (Lang::Sv, name_sv)] {
                let mut roles = vec![*role];
                // Everyone who leads people can use the academy as a manager too.
                if matches!(role, Role::HrDeveloper | Role::Coordinator) {
                    roles.push(Role::Manager);
                }
                let new = NewUser {
                    email: Email::parse(&demo_email(*role, lang, domain)).map_err(invalid)?,
                    name: PersonName::parse(name).map_err(invalid)?,
                    org_id,
                    lang,
                    roles,
                    password: Some(password.clone()),
                };
                self.create_user(&new, None).await?;
            }
        }
        // A few people waiting for approval in Espoo, so the HR developer has work.
        if let Some(espoo) = self.organisation_of_domain("espoo.example").await? {
            for (name, email, lang) in [
                ("Pekka Uusi", "pekka.uusi@espoo.example", Lang::Fi),
                ("Greta Ny", "greta.ny@espoo.example", Lang::Sv),
            ] {
                self.request_account(
                    &PersonName::parse(name).map_err(invalid)?,
                    &Email::parse(email).map_err(invalid)?,
                    espoo,
                    lang,
                )
                .await?;
            }
        }
        self.set_setting(SEEDED_KEY, &chrono::Utc::now().to_rfc3339())
            .await?;
        Ok(true)
    }
}
