//! A certificate as anyone's software can check it: an Open Badges 3.0
//! `OpenBadgeCredential` on the W3C Verifiable Credentials Data Model 2.0, signed with a
//! `DataIntegrityProof` of the `eddsa-jcs-2022` cryptosuite by the issuer's Ed25519 key,
//! the issuer named by `did:web` (its DID document at `/.well-known/did.json` lists
//! every key it ever used), and revocation published as a Bitstring Status List.
//!
//! The proof (W3C VC Data Integrity EdDSA Cryptosuites v1.0, 3.3): the proof options
//! and the document without its proof are each canonicalised with JCS (RFC 8785), each
//! hashed with SHA-256, and the Ed25519 signature of the two hashes joined (options
//! first) is the `proofValue`, base58btc in multibase (`z…`).

use std::path::Path;

use anyhow::Context;
use ed25519_dalek::{Signer, SigningKey};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

/// The multicodec prefix of an Ed25519 public key (`ed25519-pub`, 0xed as a varint).
const ED25519_PUB: [u8; 2] = [0xed, 0x01];
/// The multicodec prefix of an Ed25519 private key (`ed25519-priv`, 0x1300).
const ED25519_PRIV: [u8; 2] = [0x80, 0x26];
/// The fewest bits a status list holds (16 KB), so a list tells little of how many
/// certificates there are.
const STATUS_LIST_BITS: usize = 131_072;

/// The issuer's signing key.
pub struct IssuerKey {
    signing: SigningKey,
}

impl IssuerKey {
    /// A new key from the operating system's randomness.
    pub fn generate() -> IssuerKey {
        use rand::RngCore;
        let mut seed = [0u8; 32];
        rand::rng().fill_bytes(&mut seed);
        IssuerKey {
            signing: SigningKey::from_bytes(&seed),
        }
    }

    /// A key written as a multibase `ed25519-priv` (`z3u2…`).
    pub fn from_multibase(text: &str) -> anyhow::Result<IssuerKey> {
        let bytes = multibase_decode(text.trim())?;
        let seed: [u8; 32] = bytes
            .strip_prefix(&ED25519_PRIV)
            .context("not an Ed25519 private key")?
            .try_into()
            .map_err(|_| anyhow::anyhow!("an Ed25519 private key has 32 bytes"))?;
        Ok(IssuerKey {
            signing: SigningKey::from_bytes(&seed),
        })
    }

    /// The key as a multibase `ed25519-priv`, for its file.
    fn private_multibase(&self) -> String {
        let mut bytes = ED25519_PRIV.to_vec();
        bytes.extend_from_slice(self.signing.as_bytes());
        format!("z{}", bs58::encode(bytes).into_string())
    }

    /// The public key as a `Multikey`'s `publicKeyMultibase` (`z6Mk…`).
    pub fn public_multibase(&self) -> String {
        let mut bytes = ED25519_PUB.to_vec();
        bytes.extend_from_slice(self.signing.verifying_key().as_bytes());
        format!("z{}", bs58::encode(bytes).into_string())
    }

    /// The key in `path`, made (readable by its owner only) when there is none. It is
    /// never printed or logged.
    pub fn load_or_create(path: &Path) -> anyhow::Result<IssuerKey> {
        if path.exists() {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read the issuer key {}", path.display()))?;
            return IssuerKey::from_multibase(&text)
                .with_context(|| format!("the issuer key {} is not valid", path.display()));
        }
        let key = IssuerKey::generate();
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        use std::io::Write;
        let mut file = options
            .open(path)
            .with_context(|| format!("cannot write the issuer key {}", path.display()))?;
        writeln!(file, "{}", key.private_multibase())?;
        Ok(key)
    }

    /// Signs a document with a `DataIntegrityProof` (`eddsa-jcs-2022`), made by
    /// `verification_method` at `created` (an XML Schema date-time).
    pub fn sign(
        &self,
        mut document: Value,
        verification_method: &str,
        created: &str,
    ) -> anyhow::Result<Value> {
        let options = json!({
            "type": "DataIntegrityProof",
            "cryptosuite": "eddsa-jcs-2022",
            "created": created,
            "verificationMethod": verification_method,
            "proofPurpose": "assertionMethod",
            "@context": document["@context"].clone(),
        });
        let signature = self.signing.sign(&hash_data(&options, &document)?);
        let mut proof = options;
        proof["proofValue"] = Value::String(format!(
            "z{}",
            bs58::encode(signature.to_bytes()).into_string()
        ));
        document["proof"] = proof;
        Ok(document)
    }
}

/// SHA-256 of the proof options joined to SHA-256 of the document, each canonical.
fn hash_data(options: &Value, document: &Value) -> anyhow::Result<Vec<u8>> {
    let mut data = Sha256::digest(serde_jcs::to_vec(options)?).to_vec();
    data.extend_from_slice(&Sha256::digest(serde_jcs::to_vec(document)?));
    Ok(data)
}

fn multibase_decode(text: &str) -> anyhow::Result<Vec<u8>> {
    let rest = text
        .strip_prefix('z')
        .context("only base58btc multibase (z…) is read")?;
    Ok(bs58::decode(rest).into_vec()?)
}

/// The issuer's DID for its public address: `did:web:` and the host, a port after
/// `%3A` (`did:web:johto.example.fi`, `did:web:127.0.0.1%3A8080`).
pub fn did_web(public_url: &str) -> String {
    let host = public_url
        .split("://")
        .nth(1)
        .unwrap_or(public_url)
        .split('/')
        .next()
        .unwrap_or_default();
    format!("did:web:{}", host.replace(':', "%3A"))
}

/// The verification method of a key: the DID and the key as its fragment.
pub fn key_id(did: &str, public_multibase: &str) -> String {
    format!("{did}#{public_multibase}")
}

/// The issuer's DID document: every key it ever used, each a `Multikey` that asserts.
pub fn did_document(did: &str, keys: &[String]) -> Value {
    let methods: Vec<Value> = keys
        .iter()
        .map(|k| {
            json!({
                "id": key_id(did, k),
                "type": "Multikey",
                "controller": did,
                "publicKeyMultibase": k,
            })
        })
        .collect();
    let ids: Vec<Value> = keys.iter().map(|k| Value::String(key_id(did, k))).collect();
    json!({
        "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
        "id": did,
        "verificationMethod": methods,
        "assertionMethod": ids,
    })
}

/// The revocation list's `encodedList`: a bitstring of at least 131,072 bits, the bit
/// of each revoked index set (index 0 the first byte's highest bit), GZIP-compressed,
/// base64url without padding, in multibase (`u…`).
pub fn encoded_status_list(revoked: &[usize]) -> anyhow::Result<String> {
    use base64::Engine;
    use std::io::Write;
    let bits = revoked
        .iter()
        .map(|i| i + 1)
        .max()
        .unwrap_or(0)
        .max(STATUS_LIST_BITS)
        .next_multiple_of(8);
    let mut list = vec![0u8; bits / 8];
    for i in revoked {
        list[i / 8] |= 0x80 >> (i % 8);
    }
    let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gzip.write_all(&list)?;
    let compressed = gzip.finish()?;
    Ok(format!(
        "u{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(compressed)
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The W3C's test vector of `eddsa-jcs-2022` (vc-di-eddsa, TestVectors/keyPair.json
    /// and TestVectors/eddsa-jcs-2022 as of commit e899f97): the key, the unsigned
    /// credential, the combined hash of the proof options and the document, and the
    /// proof value.
    const VECTOR_KEY: &str = "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq";
    const VECTOR_PUBLIC: &str = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2";
    const VECTOR_COMBINED: &str = "ac75a9fbdb9b5606c064a88bb59ab355900074f6def99d16a82dd071a7a6706659b7cb6251b8991add1ce0bc83107e3db9dbbab5bd2c28f687db1a03abc92f19";
    const VECTOR_PROOF: &str =
        "z63t83Y53KfzJ5ZosfKTnqfMcKB2dmTrfjSaQjeNNjAD5srBowQfmWqeRb8rRjmeEuCBEsddF9LsVogtuTsijJKh4";

    fn vector_document() -> Value {
        json!({
            "@context": [
                "https://www.w3.org/ns/credentials/v2",
                "https://www.w3.org/ns/credentials/examples/v2"
            ],
            "id": "urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33",
            "type": ["VerifiableCredential", "AlumniCredential"],
            "name": "Alumni Credential",
            "description": "A minimum viable example of an Alumni Credential.",
            "issuer": "https://vc.example/issuers/5678",
            "validFrom": "2023-01-01T00:00:00Z",
            "credentialSubject": {
                "id": "did:example:abcdefgh",
                "alumniOf": "The School of Examples"
            }
        })
    }

    #[test]
    fn the_w3c_test_vector_signs_to_its_proof_value() {
        let key = IssuerKey::from_multibase(VECTOR_KEY).unwrap();
        assert_eq!(key.public_multibase(), VECTOR_PUBLIC);
        let method = format!("https://vc.example/issuers/5678#{VECTOR_PUBLIC}");
        let signed = key
            .sign(vector_document(), &method, "2023-02-24T23:36:38Z")
            .unwrap();
        let mut options = signed["proof"].clone();
        options.as_object_mut().unwrap().remove("proofValue");
        let combined: String = hash_data(&options, &vector_document())
            .unwrap()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(combined, VECTOR_COMBINED);
        assert_eq!(signed["proof"]["proofValue"], VECTOR_PROOF);
    }

    #[test]
    fn a_key_written_to_its_file_is_read_back_the_same() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("issuer.key");
        let made = IssuerKey::load_or_create(&path).unwrap();
        let read = IssuerKey::load_or_create(&path).unwrap();
        assert_eq!(made.public_multibase(), read.public_multibase());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o077, 0, "only its owner reads it");
        }
    }

    #[test]
    fn the_did_names_the_host_and_its_port() {
        assert_eq!(
            did_web("https://johto.example.fi"),
            "did:web:johto.example.fi"
        );
        assert_eq!(
            did_web("http://127.0.0.1:8080/"),
            "did:web:127.0.0.1%3A8080"
        );
    }

    #[test]
    fn a_revoked_index_sets_its_bit_in_a_list_of_sixteen_kilobytes() {
        use base64::Engine;
        use std::io::Read;
        let encoded = encoded_status_list(&[0, 9]).unwrap();
        let compressed = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(encoded.strip_prefix('u').unwrap())
            .unwrap();
        let mut list = Vec::new();
        flate2::read::GzDecoder::new(&compressed[..])
            .read_to_end(&mut list)
            .unwrap();
        assert_eq!(list.len(), 16 * 1024);
        assert_eq!(list[0], 0x80);
        assert_eq!(list[1], 0x40);
        assert!(list[2..].iter().all(|b| *b == 0));
    }
}
