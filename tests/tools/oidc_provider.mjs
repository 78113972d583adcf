// A real OpenID Connect provider on loopback for johto's tests: the npm package
// oidc-provider (installed with the browser tests), one confidential client, PKCE
// required, and a few people to sign in as. Its sign-in page lists them as buttons;
// choosing one signs in and grants the client at once.
//
//   node oidc_provider.mjs '{"client_id": "...", "client_secret": "...",
//     "redirect_uris": ["http://127.0.0.1:8080/oidc/callback"],
//     "post_logout_redirect_uris": ["http://127.0.0.1:8080/fi/"],
//     "accounts": {"maija": {"email": "...", "email_verified": true, "name": "..."}}}'
//
// It prints {"issuer": "http://127.0.0.1:PORT"} once listening, and ends when its
// standard input closes (so it never outlives the test that started it).

import http from 'node:http';

import Provider from '../browser/node_modules/oidc-provider/lib/index.js';

const config = JSON.parse(process.argv[2] ?? '{}');
const accounts = config.accounts ?? {};

function page(title, body) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;
}

function escape(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

async function form(ctx) {
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

const listener = http.createServer();
await new Promise((resolve) => listener.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${listener.address().port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: config.client_id,
      client_secret: config.client_secret,
      redirect_uris: config.redirect_uris,
      post_logout_redirect_uris: config.post_logout_redirect_uris ?? [],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['name'],
  },
  async findAccount(_ctx, id) {
    const person = accounts[id];
    if (!person) return undefined;
    return {
      accountId: id,
      async claims() {
        return { sub: id, ...person };
      },
    };
  },
  pkce: { required: () => true },
  features: {
    devInteractions: { enabled: false },
    rpInitiatedLogout: { enabled: true },
  },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  cookies: { keys: ['johto-test-provider'] },
});

provider.use(async (ctx, next) => {
  const path = ctx.path.split('/');
  if (path[1] !== 'interaction') return next();
  const uid = path[2];
  if (ctx.method === 'GET' && path.length === 3) {
    await provider.interactionDetails(ctx.req, ctx.res);
    const buttons = Object.entries(accounts)
      .map(([id, p]) => `<li><button type="submit" name="account" value="${escape(id)}">${escape(p.name ?? id)} (${escape(p.email)})</button></li>`)
      .join('');
    ctx.type = 'html';
    ctx.body = page('Test identity provider', `<form method="post" action="/interaction/${uid}/login"><ul>${buttons}</ul></form>`);
    return undefined;
  }
  if (ctx.method === 'POST' && path[3] === 'login') {
    const details = await provider.interactionDetails(ctx.req, ctx.res);
    const accountId = (await form(ctx)).get('account');
    if (!accounts[accountId]) {
      ctx.status = 400;
      ctx.body = 'no such account';
      return undefined;
    }
    const grant = new provider.Grant({ accountId, clientId: details.params.client_id });
    grant.addOIDCScope('openid email profile');
    const grantId = await grant.save();
    const to = await provider.interactionResult(ctx.req, ctx.res, {
      login: { accountId },
      consent: { grantId },
    }, { mergeWithLastSubmission: false });
    ctx.status = 303;
    ctx.redirect(to);
    return undefined;
  }
  return next();
});

listener.on('request', provider.callback());
// Only the first line is read: what the provider writes later must not end it.
process.stdout.on('error', () => {});
process.stdout.write(`${JSON.stringify({ issuer })}\n`);
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
