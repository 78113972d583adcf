//! The demo's certificates, as the programme granted them: every one of EKJ1's 134
//! managers on 12 February 2016 and EKJ3's 89 at the ceremony of 1 November 2018, by the
//! association of municipalities, carried over from the programme's earlier register;
//! EKJ2's, one of them revoked since. EKJ4, still running, has none: its participants'
//! checklists are partly met.

use chrono::{NaiveDate, Utc};
use domain::coaching::Enrolment;

use crate::{Result, Store, StoreError, demo::invalid};

const CERTIFICATES_SEEDED_KEY: &str = "demo_certificates_seeded_at";

/// (cohort, day of issue)
const GRANTED: [(&str, (i32, u32, u32)); 3] = [
    ("EKJ1", (2016, 2, 12)),
    ("EKJ2", (2017, 10, 31)),
    ("EKJ3", (2018, 11, 1)),
];

impl Store {
    pub(crate) async fn seed_demo_certificates(&self) -> Result<bool> {
        if self.setting(CERTIFICATES_SEEDED_KEY).await?.is_some() {
            return Ok(false);
        }
        let issuer = self
            .organisations()
            .organisation_of_domain("kuntaliitto.example")
            .await?
            .ok_or(StoreError::NotFound)?;
        let certificates = self.certificates();
        for (code, (y, m, d)) in GRANTED {
            let Some(cohort) = self.coaching().cohort_by_code(code).await? else {
                continue;
            };
            let day = NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| {
                invalid(domain::Invalid {
                    message_id: "error-date",
                })
            })?;
            let reason = format!(
                "Siirretty valmennusohjelman aiemmasta rekisteristä: myönnetty {}.{}.{y}. / Överfört från programmets tidigare register: beviljat {}.{}.{y}.",
                d, m, d, m
            );
            let people: Vec<i32> = self
                .coaching()
                .participants(cohort.id)
                .await?
                .into_iter()
                .filter(|p| p.enrolment == Enrolment::Confirmed)
                .map(|p| p.user_id)
                .collect();
            for (i, person) in people.iter().enumerate() {
                let (cert, _) = certificates
                    .grant((cohort.id, *person), (issuer, day), Some(&reason), None)
                    .await?;
                if code == "EKJ2" && i == 0 {
                    certificates
                        .revoke(
                            cert.id,
                            NaiveDate::from_ymd_opt(2018, 3, 1).unwrap_or(day),
                            "Myönnetty virheellisesti: osallistuja oli keskeyttänyt valmennuksen.",
                            None,
                        )
                        .await?;
                }
            }
        }
        self.set_setting(CERTIFICATES_SEEDED_KEY, &Utc::now().to_rfc3339())
            .await?;
        Ok(true)
    }
}
