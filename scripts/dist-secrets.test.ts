import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CLIENT_SECRET, DEMO_PASSWORD } from '../sandbox/config';
import { DEV_COOKIE_SECRET, SANDBOX_DEFAULT_CLIENT_SECRET } from '../server/config';
import { buildIsStale } from './build-if-stale';
import { viteBuild } from './vite-build';

/*
 * What the browser downloads must hold no secret (security.md §0, W3). The app is built here into a temporary folder,
 * with canary values in every secret-like environment variable, so the test can never pass on a missing or stale build;
 * dist/ (what the e2e run serves) is scanned as well when it is up to date with the sources.
 */

const root = process.cwd();

/** Canaries for environment variables that must never reach the bundle, set for the build below. */
const CANARIES: Record<string, string> = {
  COOKIE_SECRET: 'canary-cookie-secret-3b9f0c1e7a5d4e26b8c1',
  GATEWAY_SESSION_SECRET: 'canary-gateway-session-secret-51d2e8a4f09c',
  CONCUR_CLIENT_SECRET: 'canary-concur-client-secret-c6a7e3b2d418',
  SANDBOX_CLIENT_SECRET: 'canary-sandbox-client-secret-9e04f7b1c2a3',
};

/** Secret-like values this machine has in its environment or .env file (never printed: findings name the variable). */
function environmentSecrets(): Record<string, string> {
  const found: Record<string, string> = {};
  const sources: Record<string, string | undefined>[] = [process.env];
  const dotEnv = join(root, '.env');
  if (existsSync(dotEnv)) {
    const parsed: Record<string, string> = {};
    for (const line of readFileSync(dotEnv, 'utf8').split('\n')) {
      const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*["']?([^"'\n]*)["']?\s*$/.exec(line);
      if (match?.[1] && match[2]) parsed[match[1]] = match[2];
    }
    sources.push(parsed);
  }
  for (const source of sources) {
    for (const [name, value] of Object.entries(source)) {
      if (value && value.length >= 12 && /SECRET|PASSWORD|PASSWD|TOKEN|PRIVATE|API_?KEY/i.test(name)) found[name] = value;
    }
  }
  return found;
}

interface Rule {
  name: string;
  test: (text: string) => boolean;
}

const literal = (name: string, value: string): Rule => ({ name, test: (text) => text.includes(value) });
const pattern = (name: string, regex: RegExp): Rule => ({ name, test: (text) => regex.test(text) });

/** A JSX prop `dangerouslySetInnerHTML` or an `{__html: …}` object, as compiled: an object key, not react-dom's own `case` or property reads. */
const DANGEROUS_HTML = /[{,]\s*["'`]?(?:dangerouslySetInnerHTML|__html)["'`]?\s*:/g;

/**
 * The one known use in a dependency: MUI's InitColorSchemeScript (an inline <script> for server-rendered pages), bundled
 * because createCssVarsProvider returns getInitColorSchemeScript whether or not it is called. The app never renders it
 * (checked below), and its inline script would be refused by `script-src 'self'` anyway. Matched by its exact text, so any
 * other occurrence fails.
 */
const KNOWN_THIRD_PARTY_HTML = [/^,?\s*(?:dangerouslySetInnerHTML:)?\{__html:`\(function\(\) \{\ntry \{\n {2}let colorScheme = '';/];

/** Uses of raw HTML in `text`, apart from the known third-party one. */
function rawHtmlUses(text: string): string[] {
  const uses: string[] = [];
  for (const match of text.matchAll(DANGEROUS_HTML)) {
    const at = match.index;
    const following = text.slice(at, at + 200);
    if (!KNOWN_THIRD_PARTY_HTML.some((known) => known.test(following))) uses.push(following.slice(0, 80));
  }
  return uses;
}

/** `password: "sandbox"`, `pwd ?? 'sandbox'`…: the demo password as a value, not the word "sandbox" in text or attributes. */
const DEMO_PASSWORD_AS_CREDENTIAL = new RegExp(
  `(?:password|passwd|pwd|credential|secret)[\\w$]*["'\`]?\\s*(?:[:=,]|\\?\\?|\\|\\|)\\s*["'\`]${DEMO_PASSWORD}["'\`]`,
  'i',
);

function rules(): Rule[] {
  return [
    literal('the sandbox client secret (sandbox/config.ts)', DEFAULT_CLIENT_SECRET),
    literal("the gateway's copy of the sandbox client secret (server/config.ts)", SANDBOX_DEFAULT_CLIENT_SECRET),
    literal('the development cookie secret (server/config.ts)', DEV_COOKIE_SECRET),
    ...Object.entries(CANARIES).map(([name, value]) => literal(`the ${name} canary`, value)),
    ...Object.entries(environmentSecrets()).map(([name, value]) => literal(`the value of $${name}`, value)),
    pattern('the demo password as a credential', DEMO_PASSWORD_AS_CREDENTIAL),
    pattern('a refresh token field (only the gateway handles refresh tokens)', /refresh[_-]?token/i),
    pattern('a client secret field', /client[_-]?secret/i),
    pattern('an OAuth grant (the gateway does the token calls)', /grant_type/),
    pattern('a hard-coded JWT', /eyJ[\w-]{10,}\.eyJ[\w-]{10,}\.[\w-]{10,}/),
    { name: 'dangerouslySetInnerHTML / __html (other than MUI InitColorSchemeScript)', test: (text) => rawHtmlUses(text).length > 0 },
  ];
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every rule each file breaks, as `file: rule` (binary files are read as latin1 so byte strings still match). */
function scan(dir: string): string[] {
  const findings: string[] = [];
  const active = rules();
  for (const file of filesUnder(dir)) {
    const text = readFileSync(file, 'latin1');
    for (const rule of active) if (rule.test(text)) findings.push(`${relative(dir, file)}: ${rule.name}`);
  }
  return findings;
}

describe('the rules themselves', () => {
  it('catch a compiled dangerouslySetInnerHTML but not react-dom handling the prop', () => {
    expect(rawHtmlUses('(0,r.jsx)(`div`,{className:a,dangerouslySetInnerHTML:{__html:e}})')).toHaveLength(2);
    expect(rawHtmlUses('createElement("div",{"dangerouslySetInnerHTML":x})')).toHaveLength(1);
    expect(rawHtmlUses('const p={__html:t}')).toHaveLength(1);
    expect(rawHtmlUses('case`dangerouslySetInnerHTML`:if(r!=null){if(typeof r!=`object`||!(`__html`in r))')).toEqual([]);
    expect(DANGEROUSLY_READS.flatMap(rawHtmlUses)).toEqual([]);
  });

  it("let MUI's InitColorSchemeScript through, and nothing that merely resembles it", () => {
    const mui = "(0,N.jsx)(`script`,{suppressHydrationWarning:!0,nonce:c,dangerouslySetInnerHTML:{__html:`(function() {\ntry {\n  let colorScheme = '';\n  const mode";
    expect(rawHtmlUses(mui)).toEqual([]);
    expect(rawHtmlUses('(0,N.jsx)(`div`,{dangerouslySetInnerHTML:{__html:`(function() {alert(1)})`}})')).toHaveLength(2);
  });

  it('catch the demo password only where it is a credential', () => {
    expect(DEMO_PASSWORD_AS_CREDENTIAL.test('{username:`finance.admin@sandbox.test`,password:`sandbox`}')).toBe(true);
    expect(DEMO_PASSWORD_AS_CREDENTIAL.test('defaultPassword="sandbox"')).toBe(true);
    expect(DEMO_PASSWORD_AS_CREDENTIAL.test('const pwd = env.PASSWORD ?? "sandbox"')).toBe(true);
    expect(DEMO_PASSWORD_AS_CREDENTIAL.test('iframe attributes: sandbox|scope|password')).toBe(false);
    expect(DEMO_PASSWORD_AS_CREDENTIAL.test('`Concur sandbox`')).toBe(false);
  });
});

/** How react-dom and Emotion read the prop (from a real build): must not count as app usage. */
const DANGEROUSLY_READS = [
  'typeof t.dangerouslySetInnerHTML==`object`&&t.dangerouslySetInnerHTML!==null',
  'n.dangerouslySetInnerHTML!=null&&(e.textContent=``)',
  'var bc=/^((children|dangerouslySetInnerHTML|key|ref|autoFocus|defaultValue)$/',
];

describe('the scan', () => {
  it('finds secrets planted in a build-like folder, and names the rule, not the value', () => {
    const planted = mkdtempSync(join(tmpdir(), 'concur-dist-planted-'));
    try {
      mkdirSync(join(planted, 'assets'));
      writeFileSync(join(planted, 'assets', 'a.js'), `const c={client_secret:"${DEFAULT_CLIENT_SECRET}"};`);
      writeFileSync(join(planted, 'assets', 'b.js'), `fetch(u,{body:JSON.stringify({username:u,password:\`${DEMO_PASSWORD}\`})})`);
      writeFileSync(join(planted, 'c.txt'), `${CANARIES.COOKIE_SECRET} refresh_token`);
      const findings = scan(planted);
      expect(findings).toEqual(
        expect.arrayContaining([
          'assets/a.js: the sandbox client secret (sandbox/config.ts)',
          'assets/a.js: a client secret field',
          'assets/b.js: the demo password as a credential',
          'c.txt: the COOKIE_SECRET canary',
          'c.txt: a refresh token field (only the gateway handles refresh tokens)',
        ]),
      );
      expect(findings.join('\n')).not.toContain(DEFAULT_CLIENT_SECRET);
    } finally {
      rmSync(planted, { recursive: true, force: true });
    }
  });
});

describe('the built app holds no secret', () => {
  const outDir = mkdtempSync(join(tmpdir(), 'concur-dist-scan-'));
  beforeAll(() => viteBuild(root, outDir, { env: CANARIES }), 180_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('builds a real app to scan (so the scan cannot pass on nothing)', () => {
    const files = filesUnder(outDir);
    expect(files.some((file) => file.endsWith('index.html'))).toBe(true);
    expect(files.filter((file) => file.endsWith('.js')).length).toBeGreaterThan(3);
    // The scan reads what it should: react-dom's own handling of the prop is in there, and not flagged.
    const text = files.map((file) => readFileSync(file, 'latin1')).join('\n');
    expect(text).toContain('dangerouslySetInnerHTML');
    expect(text).toContain('__CSP_NONCE__');
  });

  it('in a fresh build with canary secrets in the environment', () => {
    expect(scan(outDir)).toEqual([]);
  });

  it('in dist/, when it is up to date with the sources', (context) => {
    if (buildIsStale(root)) {
      context.skip('dist/ is missing or older than the sources; the fresh build above was scanned instead');
      return;
    }
    expect(scan(join(root, 'dist'))).toEqual([]);
  });

  it("and no source file uses dangerouslySetInnerHTML or renders MUI's InitColorSchemeScript (eslint react/no-danger guards the first too)", () => {
    const sources = filesUnder(join(root, 'src')).filter((file) => /\.(?:ts|tsx)$/.test(file) && !/\.test\.tsx?$/.test(file));
    expect(sources.length).toBeGreaterThan(0);
    const using = sources.filter((file) => /dangerouslySetInnerHTML|InitColorSchemeScript/.test(readFileSync(file, 'utf8')));
    expect(using.map((file) => relative(root, file))).toEqual([]);
  });
});
