//! How wrong passwords slow down and then lock an account.
//!
//! The first few mistakes cost nothing. After that every further mistake locks the
//! account for twice as long as the one before, up to a ceiling, so guessing becomes
//! slow at once while the real owner is never locked out for long: a lock always ends
//! by itself, and a correct login (or a password reset) clears the count.

use chrono::{DateTime, Duration, Utc};

/// Mistakes allowed before the first lock.
pub const FREE_ATTEMPTS: u32 = 4;
/// The first lock.
pub const FIRST_LOCK_SECONDS: i64 = 30;
/// No lock is ever longer than this.
pub const MAX_LOCK_SECONDS: i64 = 15 * 60;

/// How long the account is locked after its `failures`-th consecutive wrong password.
pub fn lock_after(failures: u32) -> Option<Duration> {
    let over = failures.checked_sub(FREE_ATTEMPTS)?;
    if over == 0 {
        return None;
    }
    let doublings = (over - 1).min(16);
    let seconds = (FIRST_LOCK_SECONDS << doublings).min(MAX_LOCK_SECONDS);
    Some(Duration::seconds(seconds))
}

/// When the lock that follows `failures` ends, counted from `now`.
pub fn locked_until(failures: u32, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    lock_after(failures).map(|d| now + d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_mistakes_are_free_then_locks_double_up_to_a_ceiling() {
        assert_eq!(lock_after(1), None);
        assert_eq!(lock_after(FREE_ATTEMPTS), None);
        assert_eq!(lock_after(FREE_ATTEMPTS + 1), Some(Duration::seconds(30)));
        assert_eq!(lock_after(FREE_ATTEMPTS + 2), Some(Duration::seconds(60)));
        assert_eq!(lock_after(FREE_ATTEMPTS + 3), Some(Duration::seconds(120)));
        assert_eq!(lock_after(1000), Some(Duration::seconds(MAX_LOCK_SECONDS)));
    }
}
