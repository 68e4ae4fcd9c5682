import { DEMO_PASSWORD } from '../config';
import { DEMO_USERS } from '../users';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const STYLE = `
body{font:16px/1.5 system-ui,sans-serif;margin:0;background:#f3f5f8;color:#1b1f24}
main{max-width:420px;margin:48px auto;background:#fff;padding:32px;border-radius:8px;box-shadow:0 1px 4px #0002}
h1{font-size:1.4rem;margin:0 0 4px}p.sub{margin:0 0 24px;color:#4a5560}
label{display:block;font-weight:600;margin-top:16px}input[type=text],input[type=password]{width:100%;box-sizing:border-box;padding:10px;font:inherit;border:1px solid #8a949e;border-radius:4px}
input:focus,button:focus{outline:3px solid #0a6ed1;outline-offset:2px}
.actions{display:flex;gap:12px;margin-top:24px}button{font:inherit;padding:10px 20px;border-radius:4px;border:1px solid #0a6ed1;cursor:pointer}
button.primary{background:#0a6ed1;color:#fff}button.secondary{background:#fff;color:#0a6ed1}
.error{background:#fdecea;color:#8a1c12;padding:10px;border-radius:4px;margin-bottom:8px}
table{border-collapse:collapse;margin-top:24px;font-size:.9rem;width:100%}td,th{text-align:left;padding:4px 6px;border-top:1px solid #dde2e6}
code{font-size:.9em}
`;

export interface SignInPageInput {
  hidden: Record<string, string>;
  clientName: string;
  error?: string;
  login?: string;
}

/** The sandbox's Concur sign-in page: a plain form, no JavaScript. */
export function renderSignInPage(input: SignInPageInput, nonce: string): string {
  const hidden = Object.entries(input.hidden)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('');
  const users = DEMO_USERS.map((u) => `<tr><td><code>${escapeHtml(u.login)}</code></td><td>${escapeHtml(u.role)}</td></tr>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Sign in · SAP Concur sandbox</title><style nonce="${nonce}">${STYLE}</style></head>
<body><main>
<h1>SAP Concur (sandbox)</h1>
<p class="sub">${escapeHtml(input.clientName)} wants to use your Concur data.</p>
${input.error ? `<div class="error" role="alert">${escapeHtml(input.error)}</div>` : ''}
<form method="post" action="/oauth2/v0/authorize">
${hidden}
<label for="login">Email or Login ID</label>
<input id="login" name="login" type="text" autocomplete="username" autocapitalize="off" spellcheck="false" value="${escapeHtml(input.login ?? '')}" required>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password">
<div class="actions">
<button class="primary" type="submit" name="decision" value="allow">Sign In</button>
<button class="secondary" type="submit" name="decision" value="deny" formnovalidate>Deny</button>
</div>
</form>
<table aria-label="Demo sign-ins"><thead><tr><th>Demo sign-in</th><th>Access</th></tr></thead><tbody>${users}</tbody></table>
<p class="sub">Password for every demo user: <code>${escapeHtml(DEMO_PASSWORD)}</code></p>
</main></body></html>`;
}

export function renderAuthorizeErrorPage(message: string, code: number, nonce: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Sign-in error · SAP Concur sandbox</title><style nonce="${nonce}">${STYLE}</style></head>
<body><main><h1>This sign-in request cannot be completed</h1>
<div class="error" role="alert">${escapeHtml(message)} (code ${code})</div>
<p class="sub">The application that sent you here is misconfigured. Nothing was shared with it.</p></main></body></html>`;
}
