//! Organisations: municipalities, joint authorities, wellbeing services counties,
//! group companies and the programme's partners.

use chrono::Utc;
use domain::{BusinessId, EmailDomain, Lang, OrgKind, OrgLanguages, OrgName};
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::{
    Result, Store, StoreError,
    entity::{organisation, organisation_domain},
    known,
};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organisation {
    pub id: i32,
    pub slug: String,
    pub name_fi: String,
    pub name_sv: String,
    pub kind: OrgKind,
    pub business_id: Option<String>,
    pub languages: OrgLanguages,
    pub parent_id: Option<i32>,
    pub domains: Vec<String>,
}

impl Organisation {
    /// The name in the reader's language: Swedish readers see the Swedish name, everyone
    /// else the Finnish one.
    pub fn name(&self, lang: impl std::borrow::Borrow<Lang>) -> &str {
        match lang.borrow() {
            Lang::Sv => &self.name_sv,
            Lang::Fi | Lang::En => &self.name_fi,
        }
    }
}

/// What an organisation is made of when created or edited; every field already valid.
#[derive(Debug, Clone)]
pub struct NewOrganisation {
    pub name_fi: OrgName,
    pub name_sv: OrgName,
    pub kind: OrgKind,
    pub business_id: Option<BusinessId>,
    pub languages: OrgLanguages,
    pub parent_id: Option<i32>,
    pub domains: Vec<EmailDomain>,
}

fn from_model(m: organisation::Model, domains: Vec<String>) -> Result<Organisation> {
    Ok(Organisation {
        id: m.id,
        slug: m.slug,
        name_fi: m.name_fi,
        name_sv: m.name_sv,
        kind: known("organisations.kind", &m.kind, OrgKind::parse(&m.kind).ok())?,
        business_id: m.business_id,
        languages: known(
            "organisations.languages",
            &m.languages,
            OrgLanguages::parse(&m.languages).ok(),
        )?,
        parent_id: m.parent_id,
        domains,
    })
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

impl Store {
    pub async fn organisations(&self) -> Result<Vec<Organisation>> {
        let orgs = organisation::Entity::find()
            .order_by_asc(organisation::Column::NameFi)
            .all(&self.db)
            .await?;
        let domains = organisation_domain::Entity::find()
            .order_by_asc(organisation_domain::Column::Domain)
            .all(&self.db)
            .await?;
        Ok(orgs
            .into_iter()
            .map(|o| {
                let own = domains
                    .iter()
                    .filter(|d| d.organisation_id == o.id)
                    .map(|d| d.domain.clone())
                    .collect();
                from_model(o, own)
            })
            .collect::<Result<_>>()?)
    }

    pub async fn organisation(&self, id: i32) -> Result<Option<Organisation>> {
        let Some(org) = organisation::Entity::find_by_id(id).one(&self.db).await? else {
            return Ok(None);
        };
        let domains = self.domains_of(id).await?;
        Ok(Some(from_model(org, domains)?))
    }

    pub async fn organisation_by_slug(&self, slug: &str) -> Result<Option<Organisation>> {
        let Some(org) = organisation::Entity::find()
            .filter(organisation::Column::Slug.eq(slug))
            .one(&self.db)
            .await?
        else {
            return Ok(None);
        };
        let domains = self.domains_of(org.id).await?;
        Ok(Some(from_model(org, domains)?))
    }

    async fn domains_of(&self, id: i32) -> Result<Vec<String>> {
        Ok(organisation_domain::Entity::find()
            .filter(organisation_domain::Column::OrganisationId.eq(id))
            .order_by_asc(organisation_domain::Column::Domain)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|d| d.domain)
            .collect())
    }

    /// Creates an organisation with a unique URL name made from its Finnish name.
    pub async fn create_organisation(
        &self,
        new: &NewOrganisation,
        actor: Option<i32>,
    ) -> Result<i32> {
        let base = slugify(new.name_fi.as_str());
        let mut slug = base.clone();
        let mut n = 2;
        while organisation::Entity::find()
            .filter(organisation::Column::Slug.eq(&slug))
            .one(&self.db)
            .await?
            .is_some()
        {
            slug = format!("{base}-{n}");
            n += 1;
        }
        if let Some(parent) = new.parent_id
            && self.organisation(parent).await?.is_none()
        {
            return Err(StoreError::NotFound);
        }
        let txn = self.begin_write().await?;
        let id = organisation::Entity::insert(organisation::ActiveModel {
            slug: Set(slug),
            name_fi: Set(new.name_fi.as_str().to_owned()),
            name_sv: Set(new.name_sv.as_str().to_owned()),
            kind: Set(new.kind.as_str().to_owned()),
            business_id: Set(new.business_id.as_ref().map(|b| b.as_str().to_owned())),
            languages: Set(new.languages.as_str().to_owned()),
            parent_id: Set(new.parent_id),
            created_at: Set(Utc::now()),
            ..Default::default()
        })
        .exec(&txn)
        .await?
        .last_insert_id;
        replace_domains(&txn, id, &new.domains).await?;
        crate::audit::record(
            &txn,
            actor,
            "organisation.create",
            &format!("organisation:{id}"),
            new.name_fi.as_str(),
        )
        .await?;
        txn.commit().await?;
        Ok(id)
    }

    pub async fn update_organisation(
        &self,
        id: i32,
        new: &NewOrganisation,
        actor: Option<i32>,
    ) -> Result<()> {
        let Some(existing) = organisation::Entity::find_by_id(id).one(&self.db).await? else {
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
                    .one(&self.db)
                    .await?
                    .ok_or(StoreError::NotFound)?
                    .parent_id;
            }
        }
        let txn = self.begin_write().await?;
        let mut model: organisation::ActiveModel = existing.into();
        model.name_fi = Set(new.name_fi.as_str().to_owned());
        model.name_sv = Set(new.name_sv.as_str().to_owned());
        model.kind = Set(new.kind.as_str().to_owned());
        model.business_id = Set(new.business_id.as_ref().map(|b| b.as_str().to_owned()));
        model.languages = Set(new.languages.as_str().to_owned());
        model.parent_id = Set(new.parent_id);
        organisation::Entity::update(model).exec(&txn).await?;
        replace_domains(&txn, id, &new.domains).await?;
        crate::audit::record(
            &txn,
            actor,
            "organisation.update",
            &format!("organisation:{id}"),
            new.name_fi.as_str(),
        )
        .await?;
        txn.commit().await?;
        Ok(())
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
