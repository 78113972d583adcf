//! The coaching programme's background job: telling a peer group's members of a new
//! post, in each member's language, from the post as it is when the mail is sent.

use store::{
    coaching::{POST_JOB, PostNotice},
    jobs::Job,
};

use crate::{
    AppState,
    feature::{JobKind, JobRun},
    mail::Mail,
};

pub(super) const JOBS: &[JobKind] = &[JobKind {
    kind: POST_JOB,
    run: run_post,
}];

/// The first words of a post for the mail, at most 200 characters.
fn excerpt(body: &str) -> String {
    let flat = body.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() > 200 {
        format!("{}…", flat.chars().take(199).collect::<String>())
    } else {
        flat
    }
}

/// Nothing is sent for a post deleted since, nor to someone who has left the group or
/// whose account is closed.
fn run_post<'a>(state: &'a AppState, job: &'a Job) -> JobRun<'a> {
    Box::pin(async move {
        let job: PostNotice = job.payload()?;
        let coaching = state.store.coaching();
        let Some(post) = coaching.post(job.post_id).await? else {
            return Ok(());
        };
        let Some(group) = coaching.group(post.group_id).await? else {
            return Ok(());
        };
        let Some(cohort) = coaching.cohort(group.cohort_id).await? else {
            return Ok(());
        };
        if !group.members.contains(&job.user_id) {
            return Ok(());
        }
        let Some(reader) = state.store.accounts().open_user(job.user_id).await? else {
            return Ok(());
        };
        let author = state
            .store
            .accounts()
            .user(post.author_id)
            .await?
            .map(|a| a.name)
            .unwrap_or_default();
        let mail = Mail::GroupPost {
            group: group.name.clone(),
            author,
            excerpt: excerpt(&post.body),
            link: state.config.url(&format!(
                "/{}/coaching/{}/groups/{}",
                reader.lang.code(),
                cohort.code,
                group.id
            )),
        };
        state.mailer.send(&reader.email, reader.lang, &mail).await
    })
}

#[cfg(test)]
mod tests {
    use super::excerpt;

    #[test]
    fn an_excerpt_is_one_line_of_at_most_200_characters() {
        assert_eq!(excerpt("Hei\n\n  kaikki "), "Hei kaikki");
        let long = "sana ".repeat(100);
        assert_eq!(excerpt(&long).chars().count(), 200);
        assert!(excerpt(&long).ends_with('…'));
    }
}
