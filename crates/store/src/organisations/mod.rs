//! Organisations: municipalities, joint authorities, wellbeing services counties,
//! group companies and the programme's partners.

pub mod entity;

use std::collections::HashMap;

use chrono::Utc;
use domain::{BusinessId, EmailDomain, Lang, OrgKind, OrgLanguages, OrgName, Region, Slug};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait, JoinType,
    QueryFilter, QueryOrder, QuerySelect, QueryTrait, RelationDef, Select,
};

use crate::{
    Result, StoreError,
    entity::{organisation, organisation_domain},
    known,
};

repository!(
    /// Organisations: municipalities, joint authorities, counties, group companies and the
    /// programme's partners, with their staff e-mail domains.
    Organisations,
    organisations
);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organisation {
    pub id: i32,
    pub slug: String,
    pub name_fi: String,
    pub name_sv: String,
    pub name_en: Option<String>,
    pub kind: OrgKind,
    pub business_id: Option<String>,
    pub languages: OrgLanguages,
    pub parent_id: Option<i32>,
    pub domains: Vec<String>,
    /// Where it works, when known.
    pub region: Option<Region>,
}

impl Organisation {
    /// The name in the reader's language: Swedish readers see the Swedish name, English
    /// readers the English one where there is one, everyone else the Finnish one.
    pub fn name(&self, lang: impl std::borrow::Borrow<Lang>) -> &str {
        match lang.borrow() {
            Lang::Sv => &self.name_sv,
            Lang::En => self.name_en.as_deref().unwrap_or(&self.name_fi),
            Lang::Fi => &self.name_fi,
        }
    }
}

/// What an organisation is made of when created or edited; every field already valid.
#[derive(Debug, Clone)]
pub struct NewOrganisation {
    /// The URL name; `None`: made from the Finnish name, unique.
    pub slug: Option<Slug>,
    pub name_fi: OrgName,
    pub name_sv: OrgName,
    pub name_en: Option<OrgName>,
    pub kind: OrgKind,
    pub business_id: Option<BusinessId>,
    pub languages: OrgLanguages,
    pub parent_id: Option<i32>,
    pub domains: Vec<EmailDomain>,
    /// Where it works, when known.
    pub region: Option<Region>,
}

fn from_model(m: organisation::Model, domains: Vec<String>) -> Result<Organisation> {
    Ok(Organisation {
        id: m.id,
        slug: m.slug,
        name_fi: m.name_fi,
        name_sv: m.name_sv,
        name_en: m.name_en,
        kind: known("organisations.kind", &m.kind, OrgKind::parse(&m.kind).ok())?,
        business_id: m.business_id,
        languages: known(
            "organisations.languages",
            &m.languages,
            OrgLanguages::parse(&m.languages).ok(),
        )?,
        parent_id: m.parent_id,
        domains,
        region: region(m.region.as_deref())?,
    })
}

/// The `organisations.region` column read: none, or a region johto knows.
pub(crate) fn region(raw: Option<&str>) -> Result<Option<Region>> {
    raw.map(|raw| known("organisations.region", raw, Region::parse(raw).ok()))
        .transpose()
}

/// A URL name from the Finnish name: lower case ASCII letters, digits and hyphens.
pub fn slugify(name: &str) -> String {
    let mut slug = String::new();
    for c in name.to_lowercase().chars() {
        let c = match c {
            'ä' | 'å' | 'á' | 'à' => 'a',
            'ö' | 'ø' | 'ó' => 'o',
            'é' | 'è' => 'e',
            'ü' => 'u',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-').to_owned();
    if slug.is_empty() {
        "organisation".to_owned()
    } else {
        slug
    }
}

/// The organisations `query` finds, in its order, each with its own e-mail domains in
/// order: one statement, a row for each domain (one with none for an organisation that
/// has none).
async fn with_domains(
    db: &impl ConnectionTrait,
    query: Select<organisation::Entity>,
) -> Result<Vec<Organisation>> {
    let domains: RelationDef = organisation_domain::Entity::belongs_to(organisation::Entity)
        .from(organisation_domain::Column::OrganisationId)
        .to(organisation::Column::Id)
        .into();
    let statement = query
        .join(JoinType::LeftJoin, domains.rev())
        .column_as(organisation_domain::Column::Domain, "domain")
        .order_by_asc(organisation_domain::Column::Domain)
        .into_query();
    let rows = db.query_all(&statement).await?;
    let orgs: Vec<(organisation::Model, _)> =
        crate::one_to_many(rows, |domains: &mut Vec<String>, _, row| {
            domains.extend(row.try_get::<Option<String>>("", "domain")?);
            Ok(())
        })?;
    orgs.into_iter()
        .map(|(org, domains)| from_model(org, domains))
        .collect()
}

/// Every organisation with its domains, as one instance holds them in memory: they are
/// few (a few hundred), change seldom, and most pages name one. Read anew when
/// `organisations_version` has moved (`snapshot`).
#[derive(Debug)]
pub(crate) struct Directory {
    version: String,
    /// By Finnish name, then by id.
    all: Vec<Organisation>,
    /// Where each id is in `all`.
    at: HashMap<i32, usize>,
}

impl crate::snapshot::Versioned for Directory {
    fn version(&self) -> &str {
        &self.version
    }
}

impl Directory {
    fn get(&self, id: i32) -> Option<&Organisation> {
        self.at.get(&id).map(|&i| &self.all[i])
    }
}

/// The setting that changes whenever an organisation or its domains do.
const VERSION_KEY: &str = "organisations_version";

/// Tells every instance that the organisations changed, inside the change's
/// transaction.
async fn bump_version(txn: &DatabaseTransaction) -> Result<()> {
    crate::settings::move_version(txn, VERSION_KEY).await
}

impl Organisations {
    /// Every organisation with its domains: this instance's snapshot, confirmed against
    /// `organisations_version` at most once every `snapshot::RECHECK`, and at once
    /// after a change through this instance.
    async fn directory(&self) -> Result<std::sync::Arc<Directory>> {
        self.directory
            .get(
                || crate::settings::version(&self.db, VERSION_KEY),
                |version| async move {
                    let query = organisation::Entity::find()
                        .order_by_asc(organisation::Column::NameFi)
                        .order_by_asc(organisation::Column::Id);
                    let all = with_domains(&self.db, query).await?;
                    let at = all.iter().enumerate().map(|(i, o)| (o.id, i)).collect();
                    Ok(Directory { version, all, at })
                },
            )
            .await
    }

    /// Every organisation, by Finnish name.
    pub async fn all(&self) -> Result<Vec<Organisation>> {
        Ok(self.directory().await?.all.clone())
    }

    /// The organisations of these ids (a list's few), with their domains, by Finnish
    /// name.
    pub async fn some(&self, ids: &[i32]) -> Result<Vec<Organisation>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let directory = self.directory().await?;
        let mut found: Vec<usize> = ids
            .iter()
            .filter_map(|id| directory.at.get(id))
            .copied()
            .collect();
        found.sort_unstable();
        found.dedup();
        Ok(found
            .into_iter()
            .map(|i| directory.all[i].clone())
            .collect())
    }

    /// The region of each of these organisations (a list's few), by id.
    pub async fn regions(
        &self,
        ids: &[i32],
    ) -> Result<std::collections::HashMap<i32, Option<Region>>> {
        if ids.is_empty() {
            return Ok(Default::default());
        }
        let directory = self.directory().await?;
        Ok(ids
            .iter()
            .filter_map(|&id| directory.get(id).map(|o| (id, o.region)))
            .collect())
    }

    pub async fn organisation(&self, id: i32) -> Result<Option<Organisation>> {
        Ok(self.directory().await?.get(id).cloned())
    }

    pub async fn organisation_by_slug(&self, slug: &str) -> Result<Option<Organisation>> {
        Ok(self
            .directory()
            .await?
            .all
            .iter()
            .find(|o| o.slug == slug)
            .cloned())
    }

    /// Creates an organisation: with the URL name given (refused when taken), or a
    /// unique one made from its Finnish name.
    pub async fn create_organisation(
        &self,
        new: &NewOrganisation,
        actor: Option<i32>,
    ) -> Result<i32> {
        let txn = self.begin_write().await?;
        let id = insert_organisation(&txn, new, actor).await?;
        txn.commit().await?;
        self.directory.forget();
        Ok(id)
    }

    pub async fn update_organisation(
        &self,
        id: i32,
        new: &NewOrganisation,
        actor: Option<i32>,
    ) -> Result<()> {
        let txn = self.begin_write().await?;
        update_organisation(&txn, id, new, actor).await?;
        txn.commit().await?;
        self.directory.forget();
        self.arena.forget();
        Ok(())
    }

    /// Writes a list of organisations (an operator's file) in one transaction: each is
    /// created, or updated where its URL name exists, with a parent named by URL name
    /// that exists already or comes earlier in the list. On the first refusal nothing
    /// is written, and the refusal names the entry (counted from 0). A second run of the
    /// same list changes nothing.
    pub async fn import_organisations(
        &self,
        entries: &[(NewOrganisation, Option<Slug>)],
        actor: Option<i32>,
    ) -> Result<ImportCount, (usize, StoreError)> {
        let txn = self.begin_write().await.map_err(|e| (0, e))?;
        let mut count = ImportCount::default();
        for (at, (new, parent)) in entries.iter().enumerate() {
            let written = import_one(&txn, new, parent.as_ref(), actor).await;
            match written.map_err(|e| (at, e))? {
                Imported::Created => count.created += 1,
                Imported::Updated => count.updated += 1,
                Imported::Unchanged => count.unchanged += 1,
            }
        }
        txn.commit().await.map_err(|e| (entries.len(), e.into()))?;
        self.directory.forget();
        self.arena.forget();
        Ok(count)
    }

    /// The organisation whose staff use this e-mail domain, if any.
    pub async fn organisation_of_domain(&self, domain: &str) -> Result<Option<i32>> {
        Ok(
            organisation_domain::Entity::find_by_id(domain.to_lowercase())
                .one(&self.db)
                .await?
                .map(|d| d.organisation_id),
        )
    }
}

/// What an import did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct ImportCount {
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
}

enum Imported {
    Created,
    Updated,
    Unchanged,
}

async fn import_one(
    txn: &DatabaseTransaction,
    new: &NewOrganisation,
    parent: Option<&Slug>,
    actor: Option<i32>,
) -> Result<Imported> {
    let mut new = new.clone();
    if let Some(parent) = parent {
        let found = organisation::Entity::find()
            .filter(organisation::Column::Slug.eq(parent.as_str()))
            .one(txn)
            .await?
            .ok_or(StoreError::NotFound)?;
        new.parent_id = Some(found.id);
    }
    let slug = new.slug.as_ref().ok_or(StoreError::NotFound)?;
    let Some(existing) = organisation::Entity::find()
        .filter(organisation::Column::Slug.eq(slug.as_str()))
        .one(txn)
        .await?
    else {
        insert_organisation(txn, &new, actor).await?;
        return Ok(Imported::Created);
    };
    let mut domains: Vec<String> = organisation_domain::Entity::find()
        .filter(organisation_domain::Column::OrganisationId.eq(existing.id))
        .all(txn)
        .await?
        .into_iter()
        .map(|d| d.domain)
        .collect();
    domains.sort();
    let mut wanted: Vec<String> = new.domains.iter().map(|d| d.as_str().to_owned()).collect();
    wanted.sort();
    let same = existing.name_fi == new.name_fi.as_str()
        && existing.name_sv == new.name_sv.as_str()
        && existing.name_en.as_deref() == new.name_en.as_ref().map(OrgName::as_str)
        && existing.kind == new.kind.as_str()
        && existing.business_id.as_deref() == new.business_id.as_ref().map(BusinessId::as_str)
        && existing.languages == new.languages.as_str()
        && existing.parent_id == new.parent_id
        && existing.region.as_deref() == new.region.map(Region::as_str)
        && domains == wanted;
    if same {
        return Ok(Imported::Unchanged);
    }
    update_organisation(txn, existing.id, &new, actor).await?;
    Ok(Imported::Updated)
}

async fn insert_organisation(
    txn: &DatabaseTransaction,
    new: &NewOrganisation,
    actor: Option<i32>,
) -> Result<i32> {
    let slug = match &new.slug {
        Some(slug) => {
            let taken = organisation::Entity::find()
                .filter(organisation::Column::Slug.eq(slug.as_str()))
                .one(txn)
                .await?
                .is_some();
            if taken {
                return Err(StoreError::SlugTaken);
            }
            slug.as_str().to_owned()
        }
        None => {
            let base = slugify(new.name_fi.as_str());
            let mut slug = base.clone();
            let mut n = 2;
            while organisation::Entity::find()
                .filter(organisation::Column::Slug.eq(&slug))
                .one(txn)
                .await?
                .is_some()
            {
                slug = format!("{base}-{n}");
                n += 1;
            }
            slug
        }
    };
    if let Some(parent) = new.parent_id
        && organisation::Entity::find_by_id(parent)
            .one(txn)
            .await?
            .is_none()
    {
        return Err(StoreError::NotFound);
    }
    let id = organisation::Entity::insert(organisation::ActiveModel {
        slug: Set(slug),
        name_fi: Set(new.name_fi.as_str().to_owned()),
        name_sv: Set(new.name_sv.as_str().to_owned()),
        name_en: Set(new.name_en.as_ref().map(|n| n.as_str().to_owned())),
        kind: Set(new.kind.as_str().to_owned()),
        business_id: Set(new.business_id.as_ref().map(|b| b.as_str().to_owned())),
        languages: Set(new.languages.as_str().to_owned()),
        parent_id: Set(new.parent_id),
        region: Set(new.region.map(|r| r.as_str().to_owned())),
        created_at: Set(Utc::now()),
        ..Default::default()
    })
    .exec(txn)
    .await?
    .last_insert_id;
    replace_domains(txn, id, &new.domains).await?;
    bump_version(txn).await?;
    crate::audit::record(
        txn,
        actor,
        "organisation.create",
        &format!("organisation:{id}"),
        new.name_fi.as_str(),
    )
    .await?;
    Ok(id)
}

/// Changes an organisation; its URL name stays as it is.
async fn update_organisation(
    txn: &DatabaseTransaction,
    id: i32,
    new: &NewOrganisation,
    actor: Option<i32>,
) -> Result<()> {
    let Some(existing) = organisation::Entity::find_by_id(id).one(txn).await? else {
        return Err(StoreError::NotFound);
    };
    if let Some(parent) = new.parent_id {
        // Walk up from the proposed parent; meeting this organisation means a cycle.
        let mut cursor = Some(parent);
        while let Some(at) = cursor {
            if at == id {
                return Err(StoreError::ParentCycle);
            }
            cursor = organisation::Entity::find_by_id(at)
                .one(txn)
                .await?
                .ok_or(StoreError::NotFound)?
                .parent_id;
        }
    }
    let mut model: organisation::ActiveModel = existing.into();
    model.name_fi = Set(new.name_fi.as_str().to_owned());
    model.name_sv = Set(new.name_sv.as_str().to_owned());
    model.name_en = Set(new.name_en.as_ref().map(|n| n.as_str().to_owned()));
    model.kind = Set(new.kind.as_str().to_owned());
    model.business_id = Set(new.business_id.as_ref().map(|b| b.as_str().to_owned()));
    model.languages = Set(new.languages.as_str().to_owned());
    model.parent_id = Set(new.parent_id);
    model.region = Set(new.region.map(|r| r.as_str().to_owned()));
    organisation::Entity::update(model).exec(txn).await?;
    replace_domains(txn, id, &new.domains).await?;
    bump_version(txn).await?;
    // The arena names the organisations and filters by their kind and region.
    crate::solutions::bump_version(txn).await?;
    crate::audit::record(
        txn,
        actor,
        "organisation.update",
        &format!("organisation:{id}"),
        new.name_fi.as_str(),
    )
    .await?;
    Ok(())
}

async fn replace_domains(
    txn: &sea_orm::DatabaseTransaction,
    id: i32,
    domains: &[EmailDomain],
) -> Result<()> {
    organisation_domain::Entity::delete_many()
        .filter(organisation_domain::Column::OrganisationId.eq(id))
        .exec(txn)
        .await?;
    for domain in domains {
        let taken = organisation_domain::Entity::find_by_id(domain.as_str().to_owned())
            .one(txn)
            .await?;
        if taken.is_some() {
            return Err(StoreError::DomainTaken);
        }
        organisation_domain::Entity::insert(organisation_domain::ActiveModel {
            domain: Set(domain.as_str().to_owned()),
            organisation_id: Set(id),
        })
        .exec(txn)
        .await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::slugify;

    #[test]
    fn slugs_fold_nordic_letters() {
        assert_eq!(slugify("Jämsän kaupunki"), "jamsan-kaupunki");
        assert_eq!(slugify("HUS Kuvantaminen"), "hus-kuvantaminen");
        assert_eq!(slugify("  ---  "), "organisation");
    }
}
