import { type Kysely, sql } from 'kysely';

const statements = [
  `CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,

  `CREATE TABLE pipelines (
     id INTEGER PRIMARY KEY,
     name TEXT NOT NULL,
     position INTEGER NOT NULL,
     is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     archived_at TEXT)`,
  `CREATE UNIQUE INDEX pipelines_one_default ON pipelines (is_default) WHERE is_default = 1`,

  `CREATE TABLE pipeline_stages (
     id INTEGER PRIMARY KEY,
     pipeline_id INTEGER NOT NULL REFERENCES pipelines (id),
     name TEXT NOT NULL,
     position INTEGER NOT NULL,
     probability INTEGER NOT NULL CHECK (probability BETWEEN 0 AND 100),
     outcome TEXT NOT NULL DEFAULT 'open' CHECK (outcome IN ('open', 'won', 'lost')),
     archived_at TEXT)`,
  `CREATE INDEX pipeline_stages_by_pipeline ON pipeline_stages (pipeline_id, position)`,

  `CREATE TABLE accounts (
     id INTEGER PRIMARY KEY,
     company_id INTEGER NOT NULL UNIQUE REFERENCES companies (id),
     status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'at_risk', 'churned')),
     since TEXT NOT NULL,
     renewal_date TEXT,
     owner_notes TEXT NOT NULL DEFAULT '',
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL)`,

  `CREATE TABLE leads (
     id INTEGER PRIMARY KEY,
     first_name TEXT NOT NULL DEFAULT '',
     last_name TEXT NOT NULL DEFAULT '',
     email TEXT NOT NULL DEFAULT '',
     phone TEXT NOT NULL DEFAULT '',
     title TEXT NOT NULL DEFAULT '',
     company_name TEXT NOT NULL DEFAULT '',
     contact_id INTEGER REFERENCES contacts (id),
     company_id INTEGER REFERENCES companies (id),
     source TEXT NOT NULL DEFAULT '',
     status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'contacted', 'qualified', 'disqualified')),
     disqualify_reason TEXT NOT NULL DEFAULT '',
     score INTEGER NOT NULL DEFAULT 0,
     score_breakdown TEXT NOT NULL DEFAULT '[]',
     deal_id INTEGER,
     notes TEXT NOT NULL DEFAULT '',
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     archived_at TEXT)`,
  `CREATE INDEX leads_by_status ON leads (status, archived_at)`,
  `CREATE INDEX leads_by_contact ON leads (contact_id)`,
  `CREATE INDEX leads_by_company ON leads (company_id)`,

  `CREATE TABLE deals (
     id INTEGER PRIMARY KEY,
     title TEXT NOT NULL,
     pipeline_id INTEGER NOT NULL REFERENCES pipelines (id),
     stage_id INTEGER NOT NULL REFERENCES pipeline_stages (id),
     company_id INTEGER REFERENCES companies (id),
     account_id INTEGER REFERENCES accounts (id),
     lead_id INTEGER REFERENCES leads (id),
     value_minor INTEGER NOT NULL DEFAULT 0,
     currency TEXT NOT NULL CHECK (length(currency) = 3),
     expected_close_date TEXT,
     next_step TEXT NOT NULL DEFAULT '',
     close_reason TEXT NOT NULL DEFAULT '',
     closed_at TEXT,
     position REAL NOT NULL DEFAULT 0,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     archived_at TEXT)`,
  `CREATE INDEX deals_on_board ON deals (stage_id, position) WHERE archived_at IS NULL`,
  `CREATE INDEX deals_by_company ON deals (company_id)`,
  `CREATE INDEX deals_by_account ON deals (account_id)`,
  `CREATE INDEX deals_by_close_month ON deals (pipeline_id, expected_close_date) WHERE archived_at IS NULL`,

  `CREATE TABLE deal_contacts (
     deal_id INTEGER NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
     contact_id INTEGER NOT NULL REFERENCES contacts (id),
     PRIMARY KEY (deal_id, contact_id)) WITHOUT ROWID`,
  `CREATE INDEX deal_contacts_by_contact ON deal_contacts (contact_id)`,

  `CREATE TABLE deal_line_items (
     id INTEGER PRIMARY KEY,
     deal_id INTEGER NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
     position INTEGER NOT NULL,
     description TEXT NOT NULL,
     quantity TEXT NOT NULL,
     unit_price_minor INTEGER NOT NULL)`,
  `CREATE INDEX deal_line_items_by_deal ON deal_line_items (deal_id, position)`,

  `CREATE TABLE deal_stage_changes (
     id INTEGER PRIMARY KEY,
     deal_id INTEGER NOT NULL REFERENCES deals (id),
     kind TEXT NOT NULL CHECK (kind IN ('created', 'moved', 'won', 'lost', 'reopened')),
     from_stage_id INTEGER REFERENCES pipeline_stages (id),
     to_stage_id INTEGER NOT NULL REFERENCES pipeline_stages (id),
     reason TEXT NOT NULL DEFAULT '',
     changed_at TEXT NOT NULL)`,
  `CREATE INDEX deal_stage_changes_by_deal ON deal_stage_changes (deal_id, changed_at)`,

  `CREATE TABLE activities (
     id INTEGER PRIMARY KEY,
     kind TEXT NOT NULL CHECK (kind IN ('note', 'call', 'meeting', 'email', 'task')),
     subject TEXT NOT NULL DEFAULT '',
     body TEXT NOT NULL DEFAULT '',
     occurred_at TEXT NOT NULL,
     due_date TEXT,
     done_at TEXT,
     direction TEXT CHECK (direction IN ('inbound', 'outbound')),
     contact_id INTEGER REFERENCES contacts (id),
     company_id INTEGER REFERENCES companies (id),
     lead_id INTEGER REFERENCES leads (id),
     deal_id INTEGER REFERENCES deals (id),
     account_id INTEGER REFERENCES accounts (id),
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     archived_at TEXT,
     CHECK (coalesce(contact_id, company_id, lead_id, deal_id, account_id) IS NOT NULL))`,
  `CREATE INDEX activities_by_contact ON activities (contact_id, occurred_at) WHERE contact_id IS NOT NULL`,
  `CREATE INDEX activities_by_company ON activities (company_id, occurred_at) WHERE company_id IS NOT NULL`,
  `CREATE INDEX activities_by_lead ON activities (lead_id) WHERE lead_id IS NOT NULL`,
  `CREATE INDEX activities_by_deal ON activities (deal_id) WHERE deal_id IS NOT NULL`,
  `CREATE INDEX activities_open_tasks ON activities (due_date) WHERE kind = 'task' AND done_at IS NULL`,

  `CREATE TABLE lists (
     id INTEGER PRIMARY KEY,
     name TEXT NOT NULL,
     record_kind TEXT NOT NULL CHECK (record_kind IN ('contacts', 'companies')),
     filter TEXT,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     archived_at TEXT)`,
  `CREATE TABLE list_members (
     list_id INTEGER NOT NULL REFERENCES lists (id) ON DELETE CASCADE,
     record_id INTEGER NOT NULL,
     added_at TEXT NOT NULL,
     PRIMARY KEY (list_id, record_id)) WITHOUT ROWID`,

  `CREATE TABLE scoring_rules (
     id INTEGER PRIMARY KEY,
     category TEXT NOT NULL CHECK (category IN ('fit', 'engagement')),
     attribute TEXT NOT NULL,
     value TEXT NOT NULL,
     points INTEGER NOT NULL,
     position INTEGER NOT NULL,
     enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)))`,

  `CREATE TABLE currency_rates (
     currency TEXT PRIMARY KEY CHECK (length(currency) = 3),
     rate TEXT NOT NULL,
     updated_at TEXT NOT NULL)`,
];

const now = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

/** What a new workspace starts with; all of it is editable in Settings. */
const defaults = [
  `INSERT INTO settings (key, value) VALUES ('base_currency', '"EUR"'), ('commit_probability', '75')`,
  `INSERT INTO pipelines (id, name, position, is_default, created_at, updated_at) VALUES (1, 'Sales', 0, 1, ${now}, ${now})`,
  `INSERT INTO pipeline_stages (pipeline_id, name, position, probability, outcome) VALUES
     (1, 'Qualified', 0, 10, 'open'), (1, 'Discovery call', 1, 25, 'open'), (1, 'Proposal sent', 2, 50, 'open'),
     (1, 'Negotiation', 3, 75, 'open'), (1, 'Won', 4, 100, 'won'), (1, 'Lost', 5, 0, 'lost')`,
  `INSERT INTO scoring_rules (category, attribute, value, points, position) VALUES
     ('fit', 'title_contains', 'founder', 15, 0), ('fit', 'title_contains', 'head of', 10, 1),
     ('fit', 'title_contains', 'director', 10, 2), ('fit', 'company_size_at_least', '10', 10, 3),
     ('fit', 'source_is', 'referral', 20, 4), ('fit', 'source_is', 'website', 5, 5),
     ('engagement', 'activity_within_days', '14', 10, 6), ('engagement', 'meeting_within_days', '30', 15, 7),
     ('engagement', 'reply_within_days', '30', 10, 8)`,
];

/** Lists, leads, pipelines and deals, accounts, activities, lead scoring rules and forecast rates. */
export const up = async (db: Kysely<unknown>) => {
  for (const statement of [...statements, ...defaults]) await sql.raw(statement).execute(db);
};
