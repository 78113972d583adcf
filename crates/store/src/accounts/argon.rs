//! Argon2id, the password hash, run on two threads of its own, off the async threads.
//!
//! A pass needs 19 MiB. Two threads bound the hashing to two passes at a time, so it
//! costs 38 MiB at most; a burst of logins waits its turn instead of growing the
//! process. Each pass allocates its block and frees it: the binary's allocator
//! (jemalloc) gives a block that size back to the system a tenth of a second after it
//! is freed, so a server that has hashed holds none of it afterwards. (glibc's
//! allocator kept most of each freed block mapped; with it, each thread kept one block
//! for good.)

use std::sync::{Arc, Mutex, OnceLock, mpsc};

use argon2::{
    Algorithm, Argon2, Block, Params, Version,
    password_hash::{Output, ParamsString, PasswordHash, SaltString, rand_core::OsRng},
};

use crate::{Result, StoreError};

const THREADS: usize = 2;

/// Runs `work` on one of the Argon2 threads.
async fn on_argon2_thread<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T> {
    type Work = Box<dyn FnOnce() + Send>;
    static QUEUE: OnceLock<mpsc::Sender<Work>> = OnceLock::new();
    let queue = QUEUE.get_or_init(|| {
        let (sender, receiver) = mpsc::channel::<Work>();
        let receiver = Arc::new(Mutex::new(receiver));
        for n in 0..THREADS {
            let receiver = receiver.clone();
            let spawned = std::thread::Builder::new()
                .name(format!("argon2-{n}"))
                .spawn(move || {
                    loop {
                        let next = match receiver.lock() {
                            Ok(receiver) => receiver.recv(),
                            Err(_) => return,
                        };
                        match next {
                            Ok(work) => work(),
                            Err(_) => return,
                        }
                    }
                });
            if let Err(e) = spawned {
                tracing::error!("cannot start an Argon2 thread: {e}");
            }
        }
        sender
    });
    let (done, result) = tokio::sync::oneshot::channel();
    queue
        .send(Box::new(move || {
            let _ = done.send(work());
        }))
        .map_err(|e| StoreError::Hashing(e.to_string()))?;
    result.await.map_err(|e| StoreError::Hashing(e.to_string()))
}

/// One Argon2 pass, in a block of its own.
fn pass(
    argon2: &Argon2,
    params: &Params,
    password: &[u8],
    salt: &[u8],
    out: &mut [u8],
) -> argon2::Result<()> {
    let mut memory = vec![Block::default(); params.block_count()];
    argon2.hash_password_into_with_memory(password, salt, out, &mut memory)
}

/// The PHC string (`$argon2id$v=19$m=…`) of a new hash of `password`, with the
/// crate's default parameters and a fresh salt.
fn hash_now(password: &[u8]) -> std::result::Result<String, String> {
    let salt = SaltString::generate(&mut OsRng);
    let params = Params::default();
    let argon2 = Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone());
    let mut salt_bytes = [0u8; 64];
    let raw_salt = salt
        .as_salt()
        .decode_b64(&mut salt_bytes)
        .map_err(|e| e.to_string())?;
    let length = params.output_len().unwrap_or(Params::DEFAULT_OUTPUT_LEN);
    let output = Output::init_with(length, |out| {
        pass(&argon2, &params, password, raw_salt, out).map_err(Into::into)
    })
    .map_err(|e| e.to_string())?;
    let hash = PasswordHash {
        algorithm: Algorithm::Argon2id.ident(),
        version: Some(Version::V0x13.into()),
        params: ParamsString::try_from(&params).map_err(|e| e.to_string())?,
        salt: Some(salt.as_salt()),
        hash: Some(output),
    };
    Ok(hash.to_string())
}

/// Whether `password` matches the PHC string `stored`, compared in constant time.
fn matches_now(password: &[u8], stored: &str) -> bool {
    let Ok(parsed) = PasswordHash::new(stored) else {
        return false;
    };
    let (Ok(algorithm), Ok(params), Some(salt), Some(expected)) = (
        Algorithm::try_from(parsed.algorithm),
        Params::try_from(&parsed),
        parsed.salt,
        parsed.hash,
    ) else {
        return false;
    };
    let Ok(version) = parsed.version.map_or(Ok(Version::V0x13), Version::try_from) else {
        return false;
    };
    let mut salt_bytes = [0u8; 64];
    let Ok(raw_salt) = salt.decode_b64(&mut salt_bytes) else {
        return false;
    };
    let argon2 = Argon2::new(algorithm, version, params.clone());
    Output::init_with(expected.len(), |out| {
        pass(&argon2, &params, password, raw_salt, out).map_err(Into::into)
    })
    // `Output`'s equality is constant-time.
    .is_ok_and(|computed| computed == expected)
}

/// A new hash of the password, as a PHC string.
pub(crate) async fn hash(password: String) -> Result<String> {
    on_argon2_thread(move || hash_now(password.as_bytes()))
        .await?
        .map_err(StoreError::Hashing)
}

/// Whether the password matches the stored hash. With none, a dummy hash is checked,
/// so a missing account takes as long to refuse as a wrong password.
pub(crate) async fn matches(password: String, stored: Option<String>) -> bool {
    static DUMMY: OnceLock<String> = OnceLock::new();
    on_argon2_thread(move || {
        let dummy = DUMMY.get_or_init(|| hash_now(b"no account here").unwrap_or_default());
        let real = stored.is_some();
        let ok = matches_now(password.as_bytes(), stored.as_deref().unwrap_or(dummy));
        ok && real
    })
    .await
    .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_matches_its_password_only_and_reads_as_the_crate_writes_it() {
        let ours = hash_now(b"correct horse battery").unwrap();
        assert!(
            ours.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{ours}"
        );
        assert!(matches_now(b"correct horse battery", &ours));
        assert!(!matches_now(b"correct horse batterY", &ours));
        assert!(!matches_now(b"correct horse battery", "not a hash"));
        // A hash the crate wrote the usual way (every account hashed before) still
        // matches, and the crate reads ours.
        use argon2::{PasswordHasher, PasswordVerifier};
        let salt = SaltString::generate(&mut OsRng);
        let theirs = Argon2::default()
            .hash_password(b"old one", &salt)
            .unwrap()
            .to_string();
        assert!(matches_now(b"old one", &theirs));
        let parsed = PasswordHash::new(&ours).unwrap();
        assert!(
            Argon2::default()
                .verify_password(b"correct horse battery", &parsed)
                .is_ok()
        );
    }
}
