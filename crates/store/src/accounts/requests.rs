//! Account requests: filed by anyone, decided by an HR developer of the organisation
//! or a coordinator.

use super::*;
use crate::LiteralCondition;

pub(super) fn request_from_model(m: account_request::Model) -> Result<AccountRequest> {
    Ok(AccountRequest {
        id: m.id,
        name: m.name,
        email: m.email,
        org_id: m.organisation_id,
        lang: known("account_requests.lang", &m.lang, Lang::parse(&m.lang).ok())?,
        status: known(
            "account_requests.status",
            &m.status,
            RequestStatus::parse(&m.status),
        )?,
        created_at: m.created_at,
    })
}

impl Accounts {
    /// Files a request for an account. It waits for an HR developer of the organisation
    /// or a coordinator.
    pub async fn request_account(
        &self,
        name: &PersonName,
        email: &Email,
        org_id: i32,
        lang: Lang,
    ) -> Result<i32> {
        let txn = self.begin_write().await?;
        if user::Entity::find()
            .filter(user::Column::Email.eq(email.as_str()))
            .one(&txn)
            .await?
            .is_some()
        {
            return Err(StoreError::EmailTaken);
        }
        let waiting = account_request::Entity::find()
            .filter(account_request::Column::Email.eq(email.as_str()))
            .filter(account_request::Column::Status.eq_literal(RequestStatus::Pending.as_str()))
            .one(&txn)
            .await?;
        if waiting.is_some() {
            return Err(StoreError::AlreadyRequested);
        }
        let id = account_request::Entity::insert(account_request::ActiveModel {
            name: Set(name.as_str().to_owned()),
            email: Set(email.as_str().to_owned()),
            organisation_id: Set(org_id),
            lang: Set(lang.code().to_owned()),
            status: Set(RequestStatus::Pending.as_str().to_owned()),
            decided_by: Set(None),
            decided_at: Set(None),
            created_at: Set(Utc::now()),
            ..Default::default()
        })
        .exec(&txn)
        .await?
        .last_insert_id;
        tell_approvers(&txn, id, org_id).await?;
        txn.commit().await?;
        Ok(id)
    }

    /// Requests waiting for a decision; of one organisation when `org` is given.
    pub async fn pending_requests(&self, org: Option<i32>) -> Result<Vec<AccountRequest>> {
        let mut query = account_request::Entity::find()
            .filter(account_request::Column::Status.eq_literal(RequestStatus::Pending.as_str()))
            .order_by_asc(account_request::Column::CreatedAt);
        if let Some(org) = org {
            query = query.filter(account_request::Column::OrganisationId.eq(org));
        }
        query
            .all(&self.db)
            .await?
            .into_iter()
            .map(request_from_model)
            .collect()
    }

    pub async fn account_request(&self, id: i32) -> Result<Option<AccountRequest>> {
        account_request::Entity::find_by_id(id)
            .one(&self.db)
            .await?
            .map(request_from_model)
            .transpose()
    }

    /// Approves or rejects a waiting request. Approval creates the account, as a
    /// manager of the requested organisation, without a password: the person sets one
    /// through the link they are sent. Returns the new account's id on approval.
    pub async fn decide_request(&self, id: i32, approve: bool, by: i32) -> Result<Option<i32>> {
        let txn = self.begin_write().await?;
        let status = if approve {
            RequestStatus::Approved
        } else {
            RequestStatus::Rejected
        };
        let decided = account_request::Entity::update_many()
            .col_expr(
                account_request::Column::Status,
                Expr::value(status.as_str()),
            )
            .col_expr(account_request::Column::DecidedBy, Expr::value(Some(by)))
            .col_expr(
                account_request::Column::DecidedAt,
                Expr::value(Some(Utc::now())),
            )
            .filter(account_request::Column::Id.eq(id))
            .filter(account_request::Column::Status.eq_literal(RequestStatus::Pending.as_str()))
            .exec(&txn)
            .await?;
        if decided.rows_affected != 1 {
            return Err(StoreError::NotFound);
        }
        let request = account_request::Entity::find_by_id(id)
            .one(&txn)
            .await?
            .ok_or(StoreError::NotFound)?;
        let created = if approve {
            let new = NewUser {
                email: Email::parse(&request.email).map_err(|_| StoreError::NotFound)?,
                name: PersonName::parse(&request.name).map_err(|_| StoreError::NotFound)?,
                org_id: request.organisation_id,
                lang: known(
                    "account_requests.lang",
                    &request.lang,
                    Lang::parse(&request.lang).ok(),
                )?,
                roles: vec![Role::Manager],
                password: None,
            };
            let user_id = insert_user(&txn, &new, None).await?;
            let notice = AccountNotice::Link {
                user_id,
                purpose: TokenPurpose::Welcome,
            };
            tell(&txn, notice).await?;
            Some(user_id)
        } else {
            tell(&txn, AccountNotice::RequestRejected { request_id: id }).await?;
            None
        };
        let action = if approve {
            "account_request.approve"
        } else {
            "account_request.reject"
        };
        crate::audit::record(
            &txn,
            Some(by),
            action,
            &format!("account_request:{id}"),
            &request.email,
        )
        .await?;
        txn.commit().await?;
        Ok(created)
    }
}
