//! `johto org`: the organisations of a deployment, added one by one, imported from a
//! file, and listed. A fresh production database has none until an operator adds them.

use std::path::PathBuf;

use anyhow::{Context, bail};
use clap::Subcommand;
use domain::{BusinessId, EmailDomain, OrgKind, OrgLanguages, OrgName, Region, Slug};
use store::{NewOrganisation, Store, StoreError};

use crate::parse;

// Parsed once from the command line: its size does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Subcommand)]
pub enum OrgCommand {
    /// Add an organisation.
    Add {
        /// Its URL name, e.g. jamsan-kaupunki.
        #[arg(long)]
        slug: String,
        #[arg(long)]
        name_fi: String,
        #[arg(long)]
        name_sv: String,
        #[arg(long)]
        name_en: Option<String>,
        /// municipality, joint_authority, wellbeing_county, municipal_company or other.
        #[arg(long)]
        kind: String,
        /// The Finnish business ID (Y-tunnus), e.g. 0101263-6.
        #[arg(long)]
        business_id: String,
        /// The URL name of the organisation it belongs to (a group's parent).
        #[arg(long)]
        parent: Option<String>,
        /// An e-mail domain of its staff; repeat for several.
        #[arg(long = "domain")]
        domains: Vec<String>,
        /// fi, sv or fi,sv.
        #[arg(long, default_value = "fi")]
        languages: String,
        /// The region it works in, e.g. uusimaa, pirkanmaa, pohjois-pohjanmaa.
        #[arg(long)]
        region: Option<String>,
    },
    /// Add or update organisations from a CSV file with the header
    /// `slug,name_fi,name_sv,kind,business_id,domains` (domains separated by spaces;
    /// `name_en`, `parent`, `languages` and `region` columns may be added). Nothing is written when
    /// a row is refused; running the same file again changes nothing.
    Import { file: PathBuf },
    /// List the organisations.
    List,
}

/// One organisation as the operator wrote it, before it is checked.
struct Written<'a> {
    slug: &'a str,
    name_fi: &'a str,
    name_sv: &'a str,
    name_en: &'a str,
    kind: &'a str,
    business_id: &'a str,
    domains: Vec<&'a str>,
    languages: &'a str,
    parent: &'a str,
    region: &'a str,
}

impl Written<'_> {
    /// The organisation and its parent's URL name, or what is wrong with it.
    fn check(&self) -> anyhow::Result<(NewOrganisation, Option<Slug>)> {
        let optional = |raw: &str| (!raw.trim().is_empty()).then(|| raw.trim().to_owned());
        let new = NewOrganisation {
            slug: Some(parse("slug", Slug::parse(self.slug))?),
            name_fi: parse("name-fi", OrgName::parse(self.name_fi))?,
            name_sv: parse("name-sv", OrgName::parse(self.name_sv))?,
            name_en: optional(self.name_en)
                .map(|n| parse("name-en", OrgName::parse(&n)))
                .transpose()?,
            kind: parse("kind", OrgKind::parse(self.kind))?,
            business_id: Some(parse("business-id", BusinessId::parse(self.business_id))?),
            languages: parse("languages", OrgLanguages::parse(self.languages))?,
            parent_id: None,
            region: optional(self.region)
                .map(|r| parse("region", Region::parse(&r)))
                .transpose()?,
            domains: self
                .domains
                .iter()
                .map(|d| parse("domain", EmailDomain::parse(d)))
                .collect::<anyhow::Result<_>>()?,
        };
        let parent = optional(self.parent)
            .map(|p| parse("parent", Slug::parse(&p)))
            .transpose()?;
        Ok((new, parent))
    }
}

/// A store refusal in an operator's words.
fn refusal(e: StoreError, slug: &str, parent: Option<&Slug>) -> anyhow::Error {
    match e {
        StoreError::SlugTaken => {
            anyhow::anyhow!("--slug: {slug:?} is taken by another organisation")
        }
        StoreError::DomainTaken => {
            anyhow::anyhow!("--domain: a domain of {slug:?} belongs to another organisation")
        }
        StoreError::NotFound => match parent {
            Some(parent) => anyhow::anyhow!("--parent: no organisation {:?}", parent.as_str()),
            None => anyhow::anyhow!("{slug:?} could not be written"),
        },
        StoreError::ParentCycle => {
            anyhow::anyhow!("--parent: {slug:?} cannot belong to itself or its own member")
        }
        other => other.into(),
    }
}

pub async fn run(store: &Store, command: OrgCommand) -> anyhow::Result<()> {
    match command {
        OrgCommand::Add {
            slug,
            name_fi,
            name_sv,
            name_en,
            kind,
            business_id,
            parent,
            domains,
            languages,
            region,
        } => {
            let written = Written {
                slug: &slug,
                name_fi: &name_fi,
                name_sv: &name_sv,
                name_en: name_en.as_deref().unwrap_or_default(),
                kind: &kind,
                business_id: &business_id,
                domains: domains.iter().map(String::as_str).collect(),
                languages: &languages,
                parent: parent.as_deref().unwrap_or_default(),
                region: region.as_deref().unwrap_or_default(),
            };
            let (mut new, parent) = written.check()?;
            if let Some(parent) = &parent {
                let found = store
                    .organisations()
                    .organisation_by_slug(parent.as_str())
                    .await?
                    .with_context(|| format!("--parent: no organisation {:?}", parent.as_str()))?;
                new.parent_id = Some(found.id);
            }
            let id = store
                .organisations()
                .create_organisation(&new, None)
                .await
                .map_err(|e| refusal(e, &slug, parent.as_ref()))?;
            println!("Added {slug} (id {id}).");
        }
        OrgCommand::Import { file } => {
            let text = std::fs::read_to_string(&file)
                .with_context(|| format!("cannot read {}", file.display()))?;
            let entries = read_csv(&text)?;
            let count = store
                .organisations()
                .import_organisations(&entries, None)
                .await
                .map_err(|(at, e)| {
                    let (new, parent) = &entries[at.min(entries.len().saturating_sub(1))];
                    let slug = new.slug.as_ref().map(Slug::as_str).unwrap_or_default();
                    // The header is line 1, so entry 0 is on line 2.
                    refusal(e, slug, parent.as_ref())
                        .context(format!("line {}: nothing was imported", at + 2))
                })?;
            println!(
                "{} added, {} updated, {} unchanged.",
                count.created, count.updated, count.unchanged
            );
        }
        OrgCommand::List => {
            for org in store.organisations().all().await? {
                println!(
                    "{:<32} {:<11} {:<26} {:<18} {}",
                    org.slug,
                    org.business_id.as_deref().unwrap_or("-"),
                    org.kind.as_str(),
                    org.region.map_or("-", |r| r.as_str()),
                    org.name_fi
                );
            }
        }
    }
    Ok(())
}

/// The file's rows, each checked; the first bad row is refused with its line.
fn read_csv(text: &str) -> anyhow::Result<Vec<(NewOrganisation, Option<Slug>)>> {
    let mut reader = csv::ReaderBuilder::new()
        .trim(csv::Trim::All)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let header = reader.headers().context("line 1: no header")?.clone();
    let column = |name: &str| header.iter().position(|h| h == name);
    let required = [
        "slug",
        "name_fi",
        "name_sv",
        "kind",
        "business_id",
        "domains",
    ];
    for name in required {
        if column(name).is_none() {
            bail!(
                "line 1: the header has no column {name:?}; it needs {}",
                required.join(",")
            );
        }
    }
    let mut entries = Vec::new();
    for (at, record) in reader.records().enumerate() {
        let line = at + 2;
        let record = record.with_context(|| format!("line {line}"))?;
        let get = |name: &str| column(name).and_then(|i| record.get(i)).unwrap_or_default();
        let written = Written {
            slug: get("slug"),
            name_fi: get("name_fi"),
            name_sv: get("name_sv"),
            name_en: get("name_en"),
            kind: get("kind"),
            business_id: get("business_id"),
            domains: get("domains").split_whitespace().collect(),
            languages: match get("languages") {
                "" => "fi",
                languages => languages,
            },
            parent: get("parent"),
            region: get("region"),
        };
        entries.push(
            written
                .check()
                .with_context(|| format!("line {line}: nothing was imported"))?,
        );
    }
    Ok(entries)
}
