//! Roles and the question every request asks: may this person touch that object?
//!
//! Access is checked twice: the route's role, and the object's organisation. A person
//! who may not see an object is answered as if it did not exist.

use serde::{Deserialize, Serialize};

use crate::{Invalid, invalid};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Manager,
    HrDeveloper,
    ContentEditor,
    Coordinator,
    Coach,
    Evaluator,
    Certifier,
    Administrator,
}

impl Role {
    pub const ALL: [Role; 8] = [
        Role::Manager,
        Role::HrDeveloper,
        Role::ContentEditor,
        Role::Coordinator,
        Role::Coach,
        Role::Evaluator,
        Role::Certifier,
        Role::Administrator,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Manager => "manager",
            Role::HrDeveloper => "hr_developer",
            Role::ContentEditor => "content_editor",
            Role::Coordinator => "coordinator",
            Role::Coach => "coach",
            Role::Evaluator => "evaluator",
            Role::Certifier => "certifier",
            Role::Administrator => "administrator",
        }
    }

    pub fn parse(raw: &str) -> Result<Role, Invalid> {
        let normalised = raw.trim().to_ascii_lowercase().replace('-', "_");
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == normalised)
            .ok_or(invalid("error-role-invalid"))
    }
}

/// The signed-in person as far as access is concerned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    pub user_id: i32,
    pub org_id: i32,
    pub roles: Vec<Role>,
}

impl Principal {
    pub fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    pub fn is_admin(&self) -> bool {
        self.has(Role::Administrator)
    }

    /// Whether this person may see and manage the people (and account requests) of an
    /// organisation: administrators and coordinators everywhere, HR developers in their
    /// own organisation only.
    pub fn may_manage_people_of(&self, org_id: i32) -> bool {
        self.is_admin()
            || self.has(Role::Coordinator)
            || (self.has(Role::HrDeveloper) && self.org_id == org_id)
    }

    /// Whether this person manages people at all, and so sees the people pages.
    pub fn manages_people(&self) -> bool {
        self.is_admin() || self.has(Role::Coordinator) || self.has(Role::HrDeveloper)
    }

    /// The one organisation this person's people pages are limited to, or `None` when
    /// they see every organisation.
    pub fn people_scope(&self) -> Option<i32> {
        if self.is_admin() || self.has(Role::Coordinator) {
            None
        } else {
            Some(self.org_id)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(org_id: i32, roles: &[Role]) -> Principal {
        Principal {
            user_id: 1,
            org_id,
            roles: roles.to_vec(),
        }
    }

    #[test]
    fn hr_developer_manages_only_their_own_organisation() {
        let hr = person(7, &[Role::HrDeveloper]);
        assert!(hr.may_manage_people_of(7));
        assert!(!hr.may_manage_people_of(8));
        assert_eq!(hr.people_scope(), Some(7));
    }

    #[test]
    fn coordinators_and_administrators_manage_everyone() {
        for role in [Role::Coordinator, Role::Administrator] {
            let p = person(1, &[role]);
            assert!(p.may_manage_people_of(99));
            assert_eq!(p.people_scope(), None);
        }
    }

    #[test]
    fn a_manager_manages_nobody() {
        let m = person(7, &[Role::Manager]);
        assert!(!m.manages_people());
        assert!(!m.may_manage_people_of(7));
    }

    #[test]
    fn roles_parse_from_their_names() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Ok(role));
        }
        assert_eq!(Role::parse("hr-developer"), Ok(Role::HrDeveloper));
        assert!(Role::parse("king").is_err());
    }
}
