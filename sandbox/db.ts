import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { generateSeed } from './seed/generate';
import { insertSeed } from './seed/insert';

export type SandboxDb = Database.Database;

export const SCHEMA_VERSION = '1';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS attendee_types (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  code TEXT NOT NULL,
  attendee_form_id TEXT NOT NULL,
  connector_id TEXT NOT NULL,
  duplicate_search_fields TEXT NOT NULL,
  allow_manual INTEGER NOT NULL,
  allow_count_editing INTEGER NOT NULL,
  is_system INTEGER NOT NULL,
  deleted INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS tax_invoices (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  concur_receipt_id TEXT NOT NULL,
  account_id TEXT NOT NULL,
  document_id TEXT NOT NULL,
  receipt_data TEXT NOT NULL,
  status TEXT,
  comment TEXT NOT NULL DEFAULT '',
  modified_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS tax_invoices_modified ON tax_invoices (modified_at);
CREATE TABLE IF NOT EXISTS tax_invoice_events (
  invoice_id TEXT NOT NULL,
  status TEXT,
  comment TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS opportunities (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  trip_id TEXT NOT NULL,
  type TEXT NOT NULL,
  is_active INTEGER NOT NULL,
  start_city TEXT NOT NULL,
  end_city TEXT NOT NULL,
  start_postal TEXT NOT NULL,
  end_postal TEXT NOT NULL,
  start_local TEXT NOT NULL,
  end_local TEXT NOT NULL,
  start_utc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS opportunities_trip ON opportunities (trip_id);
CREATE INDEX IF NOT EXISTS opportunities_start ON opportunities (start_utc);
CREATE TABLE IF NOT EXISTS purchase_orders (
  number TEXT PRIMARY KEY,
  vendor_name TEXT NOT NULL,
  currency TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS po_lines (
  po_number TEXT NOT NULL,
  external_id TEXT NOT NULL,
  description TEXT NOT NULL,
  receipt_type TEXT NOT NULL,
  quantity TEXT NOT NULL,
  uom TEXT NOT NULL,
  PRIMARY KEY (po_number, external_id)
);
CREATE TABLE IF NOT EXISTS po_receipts (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  po_number TEXT NOT NULL,
  line_external_id TEXT NOT NULL,
  goods_receipt_number TEXT NOT NULL,
  delivery_slip_number TEXT NOT NULL,
  received_date TEXT NOT NULL,
  received_quantity TEXT NOT NULL,
  is_received TEXT NOT NULL,
  uom TEXT NOT NULL,
  version TEXT NOT NULL,
  deleted TEXT NOT NULL DEFAULT 'false',
  custom TEXT NOT NULL DEFAULT '{}',
  linked_to_payment_request INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS po_receipts_po ON po_receipts (po_number);
CREATE INDEX IF NOT EXISTS po_receipts_grn ON po_receipts (goods_receipt_number);
CREATE TABLE IF NOT EXISTS auth_codes (
  code TEXT PRIMARY KEY,
  client_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  redirect_uri TEXT NOT NULL,
  scope TEXT NOT NULL,
  code_challenge TEXT,
  expires_at INTEGER NOT NULL,
  used_at INTEGER
);
CREATE TABLE IF NOT EXISTS access_tokens (
  jti TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  scope TEXT NOT NULL,
  expires_at INTEGER NOT NULL,
  revoked INTEGER NOT NULL DEFAULT 0,
  from_code TEXT
);
CREATE TABLE IF NOT EXISTS refresh_tokens (
  token TEXT PRIMARY KEY,
  client_id TEXT NOT NULL,
  user_id TEXT NOT NULL,
  scope TEXT NOT NULL,
  expires_at INTEGER NOT NULL,
  replaced_at INTEGER,
  revoked INTEGER NOT NULL DEFAULT 0,
  from_code TEXT
);
`;

/** Opens (creating and seeding when new) the sandbox database. `:memory:` works for tests. */
export function openDatabase(path: string, now = new Date()): SandboxDb {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);
  const seeded = db.prepare("SELECT value FROM meta WHERE key = 'seeded_at'").get() as { value: string } | undefined;
  if (!seeded) {
    const seed = generateSeed(now);
    db.transaction(() => {
      insertSeed(db, seed);
      db.prepare("INSERT INTO meta (key, value) VALUES ('seeded_at', ?), ('schema_version', ?)").run(now.toISOString(), SCHEMA_VERSION);
    })();
  }
  return db;
}

export function metaGet(db: SandboxDb, key: string): string | undefined {
  return (db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined)?.value;
}

export function metaSet(db: SandboxDb, key: string, value: string): void {
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}
