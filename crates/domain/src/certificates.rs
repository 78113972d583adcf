//! EKJ certificates: the criteria a cohort states and the checklist they make of a
//! participant's facts, who grants and revokes them, who reads whose checklist, and the
//! certificate's public code.

use serde::{Deserialize, Serialize};

use crate::{
    Invalid, Principal, Role,
    coaching::{CohortTie, coaches, may_run_cohorts, may_see_people_of},
    invalid,
};

/// What a cohort asks of a participant before the certificate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Criteria {
    /// Leadership forums attended, at the least.
    pub min_forums: i32,
    /// Every interim task approved.
    pub tasks: bool,
    /// The certificate work approved.
    pub certificate_work: bool,
    /// Both self-assessments taken.
    pub assessments: bool,
    /// The participant's organisation took part in the developmental evaluation.
    pub evaluation: bool,
}

impl Default for Criteria {
    /// The programme's own: four of the five forums, every task and the certificate
    /// work approved, both self-assessments, the organisation evaluated.
    fn default() -> Criteria {
        Criteria {
            min_forums: 4,
            tasks: true,
            certificate_work: true,
            assessments: true,
            evaluation: true,
        }
    }
}

/// One criterion of the checklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Criterion {
    Forums,
    Tasks,
    CertificateWork,
    Assessments,
    Evaluation,
}

impl Criterion {
    pub const ALL: [Criterion; 5] = [
        Criterion::Forums,
        Criterion::Tasks,
        Criterion::CertificateWork,
        Criterion::Assessments,
        Criterion::Evaluation,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Criterion::Forums => "forums",
            Criterion::Tasks => "tasks",
            Criterion::CertificateWork => "certificate_work",
            Criterion::Assessments => "assessments",
            Criterion::Evaluation => "evaluation",
        }
    }
}

/// What is known of one participant, for the checklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Facts {
    pub forums_attended: i32,
    pub interim_tasks: usize,
    pub interim_approved: usize,
    /// `None` when the cohort has no certificate work yet.
    pub certificate_work_approved: Option<bool>,
    pub start_assessment: bool,
    pub end_assessment: bool,
    pub organisation_evaluated: bool,
}

/// A criterion the cohort states, and whether it is met.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Check {
    pub criterion: Criterion,
    pub met: bool,
}

/// The checklist: each criterion the cohort states, met or not.
pub fn checklist(criteria: Criteria, facts: Facts) -> Vec<Check> {
    let mut checks = Vec::new();
    let mut add = |criterion, met| checks.push(Check { criterion, met });
    if criteria.min_forums > 0 {
        add(
            Criterion::Forums,
            facts.forums_attended >= criteria.min_forums,
        );
    }
    if criteria.tasks {
        add(
            Criterion::Tasks,
            facts.interim_approved >= facts.interim_tasks,
        );
    }
    if criteria.certificate_work {
        add(
            Criterion::CertificateWork,
            facts.certificate_work_approved == Some(true),
        );
    }
    if criteria.assessments {
        add(
            Criterion::Assessments,
            facts.start_assessment && facts.end_assessment,
        );
    }
    if criteria.evaluation {
        add(Criterion::Evaluation, facts.organisation_evaluated);
    }
    checks
}

/// Whether every criterion is met.
pub fn meets(checks: &[Check]) -> bool {
    checks.iter().all(|c| c.met)
}

/// The certifier (the association of municipalities) grants and revokes certificates;
/// administrators may step in.
pub fn may_certify(who: &Principal) -> bool {
    who.has(Role::Certifier) || who.is_admin()
}

/// Who reads one participant's checklist: the participant, those who see the people
/// of their organisation in the cohort, its coaches, and the certifier.
pub fn may_see_checklist(
    who: &Principal,
    tie: CohortTie<'_>,
    person: i32,
    person_org: i32,
) -> bool {
    who.user_id == person
        || may_see_people_of(who, tie, person_org)
        || coaches(who, tie)
        || may_certify(who)
}

/// Who sees a cohort's checklist grid: those who run the programme, its coaches, and
/// the certifier.
pub fn may_see_checklist_grid(who: &Principal, tie: CohortTie<'_>) -> bool {
    may_run_cohorts(who) || coaches(who, tie) || may_certify(who)
}

/// Who reads the certificate reports (certificates by organisation, cohorts side by
/// side): those who run the programme, the coaches and the certifier.
pub fn may_see_reports(who: &Principal) -> bool {
    may_run_cohorts(who) || who.has(Role::Coach) || may_certify(who)
}

/// The written reason for an exception to a criterion, or for a revocation: required,
/// at most 2,000 characters.
pub fn parse_reason(raw: &str) -> Result<String, Invalid> {
    let text = crate::coaching::parse_optional_text(raw)?;
    if text.is_empty() {
        Err(invalid("error-certificate-reason"))
    } else if text.chars().count() > 2000 {
        Err(invalid("error-certificate-reason-long"))
    } else {
        Ok(text)
    }
}

/// The letters of a certificate's code: no 0/O, 1/I/L, so it can be read off paper.
pub const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/// A certificate's public code: four groups of four from `CODE_ALPHABET`
/// (`K7QM-3XRT-9WPA-H2NE`), 80 bits of chance, never a sequence.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct CertificateCode(String);

impl CertificateCode {
    /// Reads a code as typed or printed: case and dashes do not matter.
    pub fn parse(raw: &str) -> Result<CertificateCode, Invalid> {
        let letters: String = raw
            .trim()
            .chars()
            .filter(|c| *c != '-' && *c != ' ')
            .map(|c| c.to_ascii_uppercase())
            .collect();
        if letters.len() != 16 || !letters.bytes().all(|b| CODE_ALPHABET.contains(&b)) {
            return Err(invalid("error-certificate-code"));
        }
        Ok(CertificateCode::from_letters(&letters))
    }

    /// The code of sixteen random indices into the alphabet.
    pub fn from_random(indices: [u8; 16]) -> CertificateCode {
        let letters: String = indices
            .iter()
            .map(|i| CODE_ALPHABET[usize::from(*i) % CODE_ALPHABET.len()] as char)
            .collect();
        CertificateCode::from_letters(&letters)
    }

    fn from_letters(letters: &str) -> CertificateCode {
        let groups: Vec<&str> = (0..4).map(|i| &letters[i * 4..i * 4 + 4]).collect();
        CertificateCode(groups.join("-"))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for CertificateCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts() -> Facts {
        Facts {
            forums_attended: 4,
            interim_tasks: 3,
            interim_approved: 3,
            certificate_work_approved: Some(true),
            start_assessment: true,
            end_assessment: true,
            organisation_evaluated: true,
        }
    }

    #[test]
    fn a_participant_who_did_everything_meets_the_default_criteria() {
        let checks = checklist(Criteria::default(), facts());
        assert_eq!(checks.len(), 5);
        assert!(meets(&checks));
    }

    #[test]
    fn each_missing_fact_fails_its_own_criterion() {
        let cases: [(Facts, Criterion); 5] = [
            (
                Facts {
                    forums_attended: 3,
                    ..facts()
                },
                Criterion::Forums,
            ),
            (
                Facts {
                    interim_approved: 2,
                    ..facts()
                },
                Criterion::Tasks,
            ),
            (
                Facts {
                    certificate_work_approved: None,
                    ..facts()
                },
                Criterion::CertificateWork,
            ),
            (
                Facts {
                    end_assessment: false,
                    ..facts()
                },
                Criterion::Assessments,
            ),
            (
                Facts {
                    organisation_evaluated: false,
                    ..facts()
                },
                Criterion::Evaluation,
            ),
        ];
        for (f, failing) in cases {
            let checks = checklist(Criteria::default(), f);
            assert!(!meets(&checks));
            let unmet: Vec<Criterion> = checks
                .iter()
                .filter(|c| !c.met)
                .map(|c| c.criterion)
                .collect();
            assert_eq!(unmet, vec![failing]);
        }
    }

    #[test]
    fn a_cohort_states_only_the_criteria_it_asks() {
        let criteria = Criteria {
            min_forums: 0,
            tasks: false,
            certificate_work: true,
            assessments: false,
            evaluation: false,
        };
        let checks = checklist(
            criteria,
            Facts {
                forums_attended: 0,
                ..facts()
            },
        );
        assert_eq!(
            checks.iter().map(|c| c.criterion).collect::<Vec<_>>(),
            vec![Criterion::CertificateWork]
        );
    }

    #[test]
    fn codes_are_read_off_paper_whatever_the_case_and_dashes() {
        let code =
            CertificateCode::from_random([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 30]);
        assert_eq!(code.as_str(), "ABCD-EFGH-JKMN-PQR9");
        assert_eq!(CertificateCode::parse("abcd efgh jkmn pqr9"), Ok(code));
        assert!(
            CertificateCode::parse("ABCD-EFGH-JKMN-PQR0").is_err(),
            "0 is not a letter of codes"
        );
        assert!(CertificateCode::parse("ABCD").is_err());
    }

    #[test]
    fn a_checklist_is_its_persons_their_organisations_and_the_certifiers() {
        let tie = CohortTie {
            provider_id: 3,
            organisations: &[10, 11],
            participant: false,
        };
        let person = |user_id, org_id, role| Principal {
            user_id,
            org_id,
            roles: vec![role],
        };
        assert!(may_see_checklist(&person(7, 10, Role::Manager), tie, 7, 10));
        assert!(may_see_checklist(
            &person(8, 10, Role::HrDeveloper),
            tie,
            7,
            10
        ));
        assert!(!may_see_checklist(
            &person(8, 11, Role::HrDeveloper),
            tie,
            7,
            10
        ));
        assert!(may_see_checklist(
            &person(8, 2, Role::Certifier),
            tie,
            7,
            10
        ));
        assert!(!may_see_checklist(
            &person(8, 10, Role::Manager),
            tie,
            7,
            10
        ));
        assert!(may_certify(&person(8, 2, Role::Certifier)));
        assert!(!may_certify(&person(8, 1, Role::Coordinator)));
    }
}
