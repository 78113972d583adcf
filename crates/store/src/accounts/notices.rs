//! What the accounts tell people by e-mail: a one-time link, a request waiting for its
//! approver, a request turned down. Each is queued as an [`AccountNotice`] in the
//! transaction of the change it tells of, so an account is never made without its
//! welcome link nor a mail sent for a change that was rolled back. The worker writes
//! the e-mail when it sends it; a link's secret is made only then, so no secret waits
//! in the queue.

use super::*;
use crate::LiteralCondition;

/// The job kind of an [`AccountNotice`].
pub const ACCOUNT_NOTICE_JOB: &str = "account_notice";

/// An e-mail of the accounts, queued with the change it tells of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "notice", rename_all = "snake_case")]
pub enum AccountNotice {
    /// A one-time link for the person: a forgotten password, or the first password
    /// of a new account.
    Link { user_id: i32, purpose: TokenPurpose },
    /// A request waits for this approver (an HR developer of its organisation).
    RequestWaiting { request_id: i32, approver_id: i32 },
    /// The request was turned down; told to the address that asked.
    RequestRejected { request_id: i32 },
}

pub(super) async fn tell(db: &impl ConnectionTrait, notice: AccountNotice) -> Result<()> {
    crate::jobs::enqueue(db, ACCOUNT_NOTICE_JOB, &notice, Utc::now()).await?;
    Ok(())
}

/// Tells every HR developer of the organisation whose account is open that a request
/// waits for them.
pub(super) async fn tell_approvers(
    txn: &sea_orm::DatabaseTransaction,
    request_id: i32,
    org_id: i32,
) -> Result<()> {
    let approvers = user::Entity::find()
        .filter(user::Column::OrganisationId.eq(org_id))
        .filter(user::Column::Disabled.eq_literal(false))
        .filter(
            user::Column::Id.in_subquery(
                sea_orm::sea_query::Query::select()
                    .column(user_role::Column::UserId)
                    .from(user_role::Entity)
                    .and_where(user_role::Column::Role.eq_literal(Role::HrDeveloper.as_str()))
                    .to_owned(),
            ),
        )
        .order_by_asc(user::Column::Id)
        .all(txn)
        .await?;
    for approver in approvers {
        let notice = AccountNotice::RequestWaiting {
            request_id,
            approver_id: approver.id,
        };
        tell(txn, notice).await?;
    }
    Ok(())
}

impl Accounts {
    /// Queues a password-reset link for the person.
    pub async fn send_password_reset(&self, user_id: i32) -> Result<()> {
        let notice = AccountNotice::Link {
            user_id,
            purpose: TokenPurpose::PasswordReset,
        };
        tell(&self.db, notice).await
    }
}
