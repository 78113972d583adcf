//! E-mail. In development every message is written as an `.eml` file under the data
//! folder; with `[mail.smtp]` configured it goes out over SMTP. Subjects and bodies come
//! from the Fluent files, in the recipient's own language. A run of many messages (a
//! newsletter's batch) goes through a `MailSession`: one connection of its own, with
//! Nagle's algorithm off, since lettre writes a message's end in a write of its own
//! and a server that delays its acknowledgement would otherwise hold every message
//! some 40 ms.

use std::{path::PathBuf, sync::Arc};

use domain::Lang;
use lettre::{
    AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
    message::{Attachment, Mailbox, MultiPart, SinglePart, header::ContentType},
    transport::smtp::{
        authentication::{Credentials, Mechanism},
        client::{AsyncSmtpConnection, TlsParameters},
        extension::ClientId,
    },
};
use serde::Deserialize;
use store::events::Notice;

use crate::i18n;

#[derive(Debug, Clone, Deserialize)]
pub struct SmtpConfig {
    pub host: String,
    #[serde(default = "default_port")]
    pub port: u16,
    #[serde(default)]
    pub username: Option<String>,
    #[serde(default)]
    pub password: Option<String>,
    /// `starttls` (default), `tls` (implicit, port 465) or `none` (a relay on the
    /// same host only).
    #[serde(default = "default_security")]
    pub security: String,
}

fn default_port() -> u16 {
    587
}

fn default_security() -> String {
    "starttls".to_owned()
}

/// A message johto sends, with what it needs to say.
#[derive(Debug, Clone)]
pub enum Mail {
    PasswordReset {
        link: String,
    },
    Welcome {
        name: String,
        link: String,
    },
    RequestWaiting {
        name: String,
        email: String,
        link: String,
    },
    RequestRejected {
        name: String,
    },
    /// The person's data was erased, as they asked.
    Erased,
    /// The person's request for erasure was refused, for this reason.
    ErasureRefused {
        name: String,
        reason: String,
        link: String,
    },
    NewTheme {
        title: String,
        link: String,
    },
    /// A new post in the reader's peer group.
    GroupPost {
        group: String,
        author: String,
        excerpt: String,
        link: String,
    },
    /// A coach's feedback on a work the reader (or their peer group) handed in.
    Feedback {
        task: String,
        outcome: String,
        link: String,
    },
    /// A coach's morning digest of works handed in since the last one.
    CoachDigest {
        count: usize,
        late: usize,
        list: String,
        link: String,
    },
    /// An invitation to a round of the developmental evaluation, or a reminder of it.
    Evaluation {
        reminder: bool,
        survey: String,
        round: String,
        closes: String,
        link: String,
    },
    /// A certificate granted to the reader, revoked or reissued.
    Certificate {
        event: store::certificates::CertificateEvent,
        cohort: String,
        code: String,
        link: String,
        credential: String,
    },
    /// An application for sparring received, decided (the letter), or reconsidered.
    Sparring {
        event: store::development::SparringEvent,
        round: String,
        /// The letter, or the answer to the reconsideration request.
        text: String,
        link: String,
    },
    /// A moderator approved, returned or hid the reader's solution.
    Solution {
        /// The history's action: `approve`, `return` or `hide`.
        action: String,
        title: String,
        reason: String,
        link: String,
    },
    /// The link that confirms a newsletter subscription (double opt-in).
    NewsletterConfirm {
        link: String,
    },
    /// An e-mail about an event; which one follows from the notice.
    Event {
        notice: Notice,
        title: String,
        when: String,
        link: String,
        /// The calendar entry, where the mail concerns a time.
        calendar: Option<String>,
    },
}

/// The Fluent message of an event's e-mail.
fn event_key(notice: Notice) -> &'static str {
    match notice {
        Notice::Confirmed => "mail-event-confirmed",
        Notice::Waiting(_) => "mail-event-waiting",
        Notice::Promoted => "mail-event-promoted",
        Notice::Cancelled => "mail-event-cancelled",
        Notice::Changed => "mail-event-changed",
        Notice::Removed => "mail-event-removed",
        Notice::Reminder => "mail-event-reminder",
        Notice::Feedback => "mail-event-feedback",
    }
}

/// The Fluent message of a certificate's e-mail.
fn certificate_key(event: store::certificates::CertificateEvent) -> &'static str {
    use store::certificates::CertificateEvent;
    match event {
        CertificateEvent::Granted => "mail-certificate-granted",
        CertificateEvent::Revoked => "mail-certificate-revoked",
        CertificateEvent::Reissued => "mail-certificate-reissued",
    }
}

/// The Fluent message of a sparring application's e-mail.
fn sparring_key(event: store::development::SparringEvent) -> &'static str {
    use store::development::SparringEvent;
    match event {
        SparringEvent::Receipt => "mail-sparring-receipt",
        SparringEvent::Decision => "mail-sparring-decision",
        SparringEvent::Reconsidered => "mail-sparring-reconsidered",
    }
}

impl Mail {
    fn key_and_args(&self) -> (&'static str, Vec<(&'static str, String)>) {
        match self {
            Mail::PasswordReset { link } => ("mail-reset", vec![("link", link.clone())]),
            Mail::Welcome { name, link } => (
                "mail-welcome",
                vec![("name", name.clone()), ("link", link.clone())],
            ),
            Mail::RequestWaiting { name, email, link } => (
                "mail-request-waiting",
                vec![
                    ("name", name.clone()),
                    ("email", email.clone()),
                    ("link", link.clone()),
                ],
            ),
            Mail::RequestRejected { name } => {
                ("mail-request-rejected", vec![("name", name.clone())])
            }
            Mail::Erased => ("mail-erased", vec![]),
            Mail::ErasureRefused { name, reason, link } => (
                "mail-erasure-refused",
                vec![
                    ("name", name.clone()),
                    ("reason", reason.clone()),
                    ("link", link.clone()),
                ],
            ),
            Mail::GroupPost {
                group,
                author,
                excerpt,
                link,
            } => (
                "mail-group-post",
                vec![
                    ("group", group.clone()),
                    ("author", author.clone()),
                    ("excerpt", excerpt.clone()),
                    ("link", link.clone()),
                ],
            ),
            Mail::Feedback {
                task,
                outcome,
                link,
            } => (
                "mail-feedback",
                vec![
                    ("task", task.clone()),
                    ("outcome", outcome.clone()),
                    ("link", link.clone()),
                ],
            ),
            Mail::CoachDigest {
                count,
                late,
                list,
                link,
            } => (
                "mail-coach-digest",
                vec![
                    ("count", count.to_string()),
                    ("late", late.to_string()),
                    ("list", list.clone()),
                    ("link", link.clone()),
                ],
            ),
            Mail::Evaluation {
                reminder,
                survey,
                round,
                closes,
                link,
            } => (
                if *reminder {
                    "mail-evaluation-reminder"
                } else {
                    "mail-evaluation-invitation"
                },
                vec![
                    ("survey", survey.clone()),
                    ("round", round.clone()),
                    ("closes", closes.clone()),
                    ("link", link.clone()),
                ],
            ),
            Mail::Certificate {
                event,
                cohort,
                code,
                link,
                credential,
            } => (
                certificate_key(*event),
                vec![
                    ("cohort", cohort.clone()),
                    ("code", code.clone()),
                    ("link", link.clone()),
                    ("credential", credential.clone()),
                ],
            ),
            Mail::Sparring {
                event,
                round,
                text,
                link,
            } => (
                sparring_key(*event),
                vec![
                    ("round", round.clone()),
                    ("text", text.clone()),
                    ("link", link.clone()),
                ],
            ),
            Mail::NewsletterConfirm { link } => {
                ("mail-newsletter-confirm", vec![("link", link.clone())])
            }
            Mail::Solution {
                action,
                title,
                reason,
                link,
            } => (
                match action.as_str() {
                    "approve" => "mail-solution-approve",
                    "return" => "mail-solution-return",
                    _ => "mail-solution-hide",
                },
                vec![
                    ("title", title.clone()),
                    ("reason", reason.clone()),
                    ("link", link.clone()),
                ],
            ),
            Mail::NewTheme { title, link } => (
                "mail-new-theme",
                vec![("title", title.clone()), ("link", link.clone())],
            ),
            Mail::Event {
                notice,
                title,
                when,
                link,
                ..
            } => {
                let mut args = vec![
                    ("title", title.clone()),
                    ("when", when.clone()),
                    ("link", link.clone()),
                ];
                if let Notice::Waiting(place) = notice {
                    args.push(("place", place.to_string()));
                }
                (event_key(*notice), args)
            }
        }
    }

    /// The calendar entry sent along, where the mail concerns a time.
    pub fn calendar(&self) -> Option<&str> {
        match self {
            Mail::Event { calendar, .. } => calendar.as_deref(),
            _ => None,
        }
    }

    /// The subject and plain-text body in `lang`.
    pub fn render(&self, lang: Lang) -> (String, String) {
        let (key, args) = self.key_and_args();
        let subject = i18n::t_args(lang, &format!("{key}-subject"), &args);
        let body = i18n::t_args(lang, &format!("{key}-body"), &args);
        let footer = i18n::t(lang, "mail-footer");
        (subject, format!("{body}\n\n-- \n{footer}\n"))
    }
}

/// Why a message did not go out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SendError {
    /// The server refused it for good (5xx), or it could not be written at all.
    Permanent(String),
    /// Anything that may pass: a 4xx answer, a connection that failed.
    Passing(String),
}

impl std::fmt::Display for SendError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SendError::Permanent(e) | SendError::Passing(e) => f.write_str(e),
        }
    }
}

enum Transport {
    File(AsyncFileTransport<Tokio1Executor>),
    /// The pooled transport for single messages, and the settings for a session's own
    /// connection.
    Smtp(AsyncSmtpTransport<Tokio1Executor>, SmtpConfig),
}

#[derive(Clone)]
pub struct Mailer {
    transport: Arc<Transport>,
    from: Mailbox,
}

impl Mailer {
    /// Writes each message as an `.eml` file into `dir`.
    pub fn to_folder(dir: PathBuf, from: &str) -> anyhow::Result<Mailer> {
        std::fs::create_dir_all(&dir)?;
        Ok(Mailer {
            transport: Arc::new(Transport::File(AsyncFileTransport::new(dir))),
            from: from.parse()?,
        })
    }

    pub fn smtp(config: &SmtpConfig, from: &str) -> anyhow::Result<Mailer> {
        let mut builder = match config.security.as_str() {
            "tls" => AsyncSmtpTransport::<Tokio1Executor>::relay(&config.host)?,
            "none" => AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&config.host),
            _ => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&config.host)?,
        }
        .port(config.port);
        if let (Some(user), Some(password)) = (&config.username, &config.password) {
            builder = builder.credentials(Credentials::new(user.clone(), password.clone()));
        }
        Ok(Mailer {
            transport: Arc::new(Transport::Smtp(builder.build(), config.clone())),
            from: from.parse()?,
        })
    }

    /// A run of messages over one connection (a newsletter's batch).
    pub fn session(&self) -> MailSession<'_> {
        MailSession {
            mailer: self,
            connection: None,
        }
    }

    pub async fn send(&self, to: &str, lang: Lang, mail: &Mail) -> anyhow::Result<()> {
        let (subject, body) = mail.render(lang);
        let builder = Message::builder()
            .from(self.from.clone())
            .to(to.parse()?)
            .subject(subject);
        let message = match mail.calendar() {
            None => builder.header(ContentType::TEXT_PLAIN).body(body)?,
            Some(calendar) => builder.multipart(
                MultiPart::mixed()
                    .singlepart(SinglePart::plain(body))
                    .singlepart(Attachment::new("johto-event.ics".to_owned()).body(
                        calendar.to_owned(),
                        ContentType::parse("text/calendar; charset=utf-8")?,
                    )),
            )?,
        };
        match self.transport.as_ref() {
            Transport::File(t) => {
                t.send(message).await?;
            }
            Transport::Smtp(t, _) => {
                t.send(message).await?;
            }
        }
        Ok(())
    }
}

/// Messages sent one after another over one SMTP connection of their own, opened at
/// the first and opened again after a failure (lettre closes a connection on any
/// error). Into a folder, each message is a file as always.
pub struct MailSession<'a> {
    mailer: &'a Mailer,
    connection: Option<AsyncSmtpConnection>,
}

impl MailSession<'_> {
    /// Sends a message built elsewhere (a newsletter) from johto's address. An SMTP
    /// server's permanent refusal (5xx) is told apart from a passing failure.
    pub async fn send_message(
        &mut self,
        build: impl FnOnce(lettre::message::MessageBuilder) -> anyhow::Result<Message>,
    ) -> Result<(), SendError> {
        let message = build(Message::builder().from(self.mailer.from.clone()))
            .map_err(|e| SendError::Permanent(format!("{e:#}")))?;
        let config = match self.mailer.transport.as_ref() {
            Transport::File(t) => {
                return t
                    .send(message)
                    .await
                    .map(|_| ())
                    .map_err(|e| SendError::Passing(e.to_string()));
            }
            Transport::Smtp(_, config) => config,
        };
        let mut connection = match self.connection.take() {
            Some(open) => open,
            None => connect(config).await?,
        };
        connection
            .send(message.envelope(), &message.formatted())
            .await
            .map_err(smtp_error)?;
        self.connection = Some(connection);
        Ok(())
    }

    /// Says goodbye to the server.
    pub async fn close(mut self) {
        if let Some(mut connection) = self.connection.take() {
            let _ = connection.quit().await;
        }
    }
}

fn smtp_error(e: lettre::transport::smtp::Error) -> SendError {
    if e.is_permanent() {
        SendError::Permanent(e.to_string())
    } else {
        SendError::Passing(e.to_string())
    }
}

/// A connection as the pooled transport makes it, but with `TCP_NODELAY` (except with
/// implicit TLS, which lettre connects itself).
async fn connect(config: &SmtpConfig) -> Result<AsyncSmtpConnection, SendError> {
    const TIMEOUT: std::time::Duration = std::time::Duration::from_secs(60);
    let hello = ClientId::default();
    let tls = || TlsParameters::new(config.host.clone()).map_err(smtp_error);
    let address = (config.host.as_str(), config.port);
    let mut connection = if config.security == "tls" {
        AsyncSmtpConnection::connect_tokio1(address, Some(TIMEOUT), &hello, Some(tls()?), None)
            .await
            .map_err(smtp_error)?
    } else {
        let passing = |e: std::io::Error| SendError::Passing(e.to_string());
        let stream = tokio::time::timeout(TIMEOUT, tokio::net::TcpStream::connect(address))
            .await
            .map_err(|_| SendError::Passing("the SMTP server did not answer".to_owned()))?
            .map_err(passing)?;
        stream.set_nodelay(true).map_err(passing)?;
        let mut connection = AsyncSmtpConnection::connect_with_transport(Box::new(stream), &hello)
            .await
            .map_err(smtp_error)?;
        if config.security != "none" {
            if !connection.can_starttls() {
                return Err(SendError::Passing(
                    "the SMTP server does not offer STARTTLS".to_owned(),
                ));
            }
            connection
                .starttls(tls()?, &hello)
                .await
                .map_err(smtp_error)?;
        }
        connection
    };
    if let (Some(user), Some(password)) = (&config.username, &config.password) {
        connection
            .auth(
                &[Mechanism::Plain, Mechanism::Login],
                &Credentials::new(user.clone(), password.clone()),
            )
            .await
            .map_err(smtp_error)?;
    }
    Ok(connection)
}
