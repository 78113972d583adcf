//! Organisations of the municipal sector and what identifies them.

use serde::{Deserialize, Serialize};

use crate::{Invalid, invalid, required_text};

/// What kind of body an organisation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrgKind {
    Municipality,
    JointMunicipalAuthority,
    WellbeingServicesCounty,
    MunicipalGroupCompany,
    Other,
}

impl OrgKind {
    pub const ALL: [OrgKind; 5] = [
        OrgKind::Municipality,
        OrgKind::JointMunicipalAuthority,
        OrgKind::WellbeingServicesCounty,
        OrgKind::MunicipalGroupCompany,
        OrgKind::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            OrgKind::Municipality => "municipality",
            OrgKind::JointMunicipalAuthority => "joint_municipal_authority",
            OrgKind::WellbeingServicesCounty => "wellbeing_services_county",
            OrgKind::MunicipalGroupCompany => "municipal_group_company",
            OrgKind::Other => "other",
        }
    }

    /// The stored name, or the short one an operator types
    /// (`joint_authority`, `wellbeing_county`, `municipal_company`).
    pub fn parse(raw: &str) -> Result<OrgKind, Invalid> {
        let raw = raw.trim().to_ascii_lowercase().replace('-', "_");
        let short = match raw.as_str() {
            "joint_authority" => Some(OrgKind::JointMunicipalAuthority),
            "wellbeing_county" => Some(OrgKind::WellbeingServicesCounty),
            "municipal_company" => Some(OrgKind::MunicipalGroupCompany),
            _ => None,
        };
        short
            .or_else(|| OrgKind::ALL.into_iter().find(|k| k.as_str() == raw))
            .ok_or(invalid("error-org-kind-invalid"))
    }
}

/// The official languages an organisation works in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrgLanguages {
    Finnish,
    Swedish,
    Bilingual,
}

impl OrgLanguages {
    pub const ALL: [OrgLanguages; 3] = [
        OrgLanguages::Finnish,
        OrgLanguages::Swedish,
        OrgLanguages::Bilingual,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            OrgLanguages::Finnish => "finnish",
            OrgLanguages::Swedish => "swedish",
            OrgLanguages::Bilingual => "bilingual",
        }
    }

    /// The stored name, or language codes as an operator types them (`fi`, `sv`,
    /// `fi,sv`).
    pub fn parse(raw: &str) -> Result<OrgLanguages, Invalid> {
        let codes: Vec<&str> = raw
            .split([',', ' '])
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .collect();
        let by_codes = match (codes.contains(&"fi"), codes.contains(&"sv"), codes.len()) {
            (true, false, 1) => Some(OrgLanguages::Finnish),
            (false, true, 1) => Some(OrgLanguages::Swedish),
            (true, true, 2) => Some(OrgLanguages::Bilingual),
            _ => None,
        };
        by_codes
            .or_else(|| {
                OrgLanguages::ALL
                    .into_iter()
                    .find(|k| k.as_str() == raw.trim())
            })
            .ok_or(invalid("error-org-languages-invalid"))
    }
}

/// An organisation's URL name (`jamsan-kaupunki`): lower-case ASCII letters, digits
/// and single hyphens between them, at most 80 characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slug(String);

impl Slug {
    pub fn parse(raw: &str) -> Result<Slug, Invalid> {
        let value = raw.trim();
        let ok = !value.is_empty()
            && value.len() <= 80
            && !value.starts_with('-')
            && !value.ends_with('-')
            && !value.contains("--")
            && value
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if ok {
            Ok(Slug(value.to_owned()))
        } else {
            Err(invalid("error-slug-invalid"))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An organisation's name in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgName(String);

impl OrgName {
    pub fn parse(raw: &str) -> Result<OrgName, Invalid> {
        required_text(raw, 200, "error-org-name-empty", "error-org-name-too-long").map(OrgName)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_inner(self) -> String {
        self.0
    }
}

/// A Finnish business ID (Y-tunnus / FO-nummer): seven digits, a hyphen and a check
/// digit computed with the weights 7, 9, 10, 5, 8, 4, 2 modulo 11.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BusinessId(String);

impl BusinessId {
    pub fn parse(raw: &str) -> Result<BusinessId, Invalid> {
        let value = raw.trim();
        let err = invalid("error-business-id-invalid");
        let (body, check) = value.split_once('-').ok_or(err)?;
        if body.len() != 7 || check.len() != 1 {
            return Err(err);
        }
        let digits: Vec<u32> = body.chars().filter_map(|c| c.to_digit(10)).collect();
        let check = check
            .chars()
            .next()
            .and_then(|c| c.to_digit(10))
            .ok_or(err)?;
        if digits.len() != 7 {
            return Err(err);
        }
        let sum: u32 = digits
            .iter()
            .zip([7, 9, 10, 5, 8, 4, 2])
            .map(|(d, w)| d * w)
            .sum();
        let expected = match sum % 11 {
            0 => 0,
            1 => return Err(err),
            r => 11 - r,
        };
        if expected != check {
            return Err(err);
        }
        Ok(BusinessId(value.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An e-mail domain that identifies an organisation's staff, such as `espoo.fi`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmailDomain(String);

impl EmailDomain {
    pub fn parse(raw: &str) -> Result<EmailDomain, Invalid> {
        let value = raw.trim().trim_start_matches('@').to_lowercase();
        let ok = value.len() <= 253
            && value.contains('.')
            && !value.starts_with(['.', '-'])
            && !value.ends_with(['.', '-'])
            && !value.contains("..")
            && value
                .chars()
                .all(|c| c.is_alphanumeric() || c == '.' || c == '-');
        if ok {
            Ok(EmailDomain(value))
        } else {
            Err(invalid("error-domain-invalid"))
        }
    }

    /// Parses a list separated by commas, spaces or new lines.
    pub fn parse_list(raw: &str) -> Result<Vec<EmailDomain>, Invalid> {
        let mut domains: Vec<EmailDomain> = Vec::new();
        for part in raw
            .split([',', ' ', '\n', '\r', '\t', ';'])
            .filter(|p| !p.trim().is_empty())
        {
            let domain = EmailDomain::parse(part)?;
            if !domains.contains(&domain) {
                domains.push(domain);
            }
        }
        Ok(domains)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn business_id_check_digit_is_verified() {
        assert!(BusinessId::parse("0101263-6").is_ok());
        assert!(BusinessId::parse("0101263-5").is_err());
        assert!(BusinessId::parse("101263-6").is_err());
        assert!(BusinessId::parse("abcdefg-1").is_err());
    }

    #[test]
    fn domain_lists_accept_commas_and_new_lines_and_drop_repeats() {
        let list = EmailDomain::parse_list("espoo.fi, esbo.fi\n@Espoo.fi").expect("valid");
        let names: Vec<_> = list.iter().map(EmailDomain::as_str).collect();
        assert_eq!(names, ["espoo.fi", "esbo.fi"]);
        assert!(EmailDomain::parse_list("not a domain").is_err());
    }

    #[test]
    fn kinds_and_languages_round_trip() {
        for kind in OrgKind::ALL {
            assert_eq!(OrgKind::parse(kind.as_str()), Ok(kind));
        }
        for languages in OrgLanguages::ALL {
            assert_eq!(OrgLanguages::parse(languages.as_str()), Ok(languages));
        }
    }

    #[test]
    fn operators_may_type_short_kinds_and_language_codes() {
        assert_eq!(
            OrgKind::parse("joint_authority"),
            Ok(OrgKind::JointMunicipalAuthority)
        );
        assert_eq!(
            OrgKind::parse("wellbeing-county"),
            Ok(OrgKind::WellbeingServicesCounty)
        );
        assert_eq!(
            OrgKind::parse("municipal_company"),
            Ok(OrgKind::MunicipalGroupCompany)
        );
        assert!(OrgKind::parse("kingdom").is_err());
        assert_eq!(OrgLanguages::parse("fi"), Ok(OrgLanguages::Finnish));
        assert_eq!(OrgLanguages::parse("sv"), Ok(OrgLanguages::Swedish));
        assert_eq!(OrgLanguages::parse("fi,sv"), Ok(OrgLanguages::Bilingual));
        assert_eq!(OrgLanguages::parse("sv, fi"), Ok(OrgLanguages::Bilingual));
        assert!(OrgLanguages::parse("fi,fi").is_err());
        assert!(OrgLanguages::parse("de").is_err());
    }

    #[test]
    fn slugs_are_lower_case_words_joined_by_hyphens() {
        assert!(Slug::parse("jamsan-kaupunki").is_ok());
        assert!(Slug::parse("ekj5").is_ok());
        for bad in ["", "Jamsa", "jämsä", "-a", "a-", "a--b", "a b"] {
            assert!(Slug::parse(bad).is_err(), "{bad}");
        }
    }
}

/// Finland's regions (maakunnat / landskap), where an organisation works or an event
/// is held: for the sparring rounds' floors, the reports by region and finding a
/// training nearby.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Region {
    Uusimaa,
    VarsinaisSuomi,
    Satakunta,
    KantaHame,
    Pirkanmaa,
    PaijatHame,
    Kymenlaakso,
    EtelaKarjala,
    EtelaSavo,
    PohjoisSavo,
    PohjoisKarjala,
    KeskiSuomi,
    EtelaPohjanmaa,
    Pohjanmaa,
    KeskiPohjanmaa,
    PohjoisPohjanmaa,
    Kainuu,
    Lappi,
    Ahvenanmaa,
}

impl Region {
    pub const ALL: [Region; 19] = [
        Region::Uusimaa,
        Region::VarsinaisSuomi,
        Region::Satakunta,
        Region::KantaHame,
        Region::Pirkanmaa,
        Region::PaijatHame,
        Region::Kymenlaakso,
        Region::EtelaKarjala,
        Region::EtelaSavo,
        Region::PohjoisSavo,
        Region::PohjoisKarjala,
        Region::KeskiSuomi,
        Region::EtelaPohjanmaa,
        Region::Pohjanmaa,
        Region::KeskiPohjanmaa,
        Region::PohjoisPohjanmaa,
        Region::Kainuu,
        Region::Lappi,
        Region::Ahvenanmaa,
    ];

    /// Its stored name, also the end of its Fluent label's id (`region-…`).
    pub fn as_str(self) -> &'static str {
        match self {
            Region::Uusimaa => "uusimaa",
            Region::VarsinaisSuomi => "varsinais-suomi",
            Region::Satakunta => "satakunta",
            Region::KantaHame => "kanta-hame",
            Region::Pirkanmaa => "pirkanmaa",
            Region::PaijatHame => "paijat-hame",
            Region::Kymenlaakso => "kymenlaakso",
            Region::EtelaKarjala => "etela-karjala",
            Region::EtelaSavo => "etela-savo",
            Region::PohjoisSavo => "pohjois-savo",
            Region::PohjoisKarjala => "pohjois-karjala",
            Region::KeskiSuomi => "keski-suomi",
            Region::EtelaPohjanmaa => "etela-pohjanmaa",
            Region::Pohjanmaa => "pohjanmaa",
            Region::KeskiPohjanmaa => "keski-pohjanmaa",
            Region::PohjoisPohjanmaa => "pohjois-pohjanmaa",
            Region::Kainuu => "kainuu",
            Region::Lappi => "lappi",
            Region::Ahvenanmaa => "ahvenanmaa",
        }
    }

    pub fn parse(raw: &str) -> Result<Region, Invalid> {
        Region::ALL
            .into_iter()
            .find(|r| r.as_str() == raw.trim())
            .ok_or(invalid("error-region"))
    }
}
