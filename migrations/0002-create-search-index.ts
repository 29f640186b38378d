import { type Kysely, sql } from 'kysely';

/**
 * Full-text search over folded text. lb_fold() is registered on every connection the app opens; it folds
 * letters SQLite's unicode61 tokenizer keeps apart (Ł, Æ, Đ...). Triggers keep the index in step with
 * every write path, including bulk seeding and imports.
 */
export const up = async (db: Kysely<unknown>) => {
  const statements = [
    `CREATE VIRTUAL TABLE contacts_fts USING fts5(name, emails, company, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')`,
    `CREATE VIRTUAL TABLE companies_fts USING fts5(name, website, tax_id, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')`,

    `CREATE TRIGGER contacts_fts_insert AFTER INSERT ON contacts BEGIN
       INSERT INTO contacts_fts (rowid, name, emails, company)
       VALUES (NEW.id, lb_fold(NEW.first_name || ' ' || NEW.last_name), lb_fold(NEW.emails),
               lb_fold(coalesce((SELECT name FROM companies WHERE id = NEW.company_id), '')));
     END`,
    `CREATE TRIGGER contacts_fts_update AFTER UPDATE OF first_name, last_name, emails, company_id ON contacts BEGIN
       UPDATE contacts_fts SET name = lb_fold(NEW.first_name || ' ' || NEW.last_name), emails = lb_fold(NEW.emails),
              company = lb_fold(coalesce((SELECT name FROM companies WHERE id = NEW.company_id), ''))
       WHERE rowid = NEW.id;
     END`,
    `CREATE TRIGGER contacts_fts_delete AFTER DELETE ON contacts BEGIN
       DELETE FROM contacts_fts WHERE rowid = OLD.id;
     END`,

    `CREATE TRIGGER companies_fts_insert AFTER INSERT ON companies BEGIN
       INSERT INTO companies_fts (rowid, name, website, tax_id)
       VALUES (NEW.id, lb_fold(NEW.name), lb_fold(NEW.website), lb_fold(NEW.tax_id));
     END`,
    `CREATE TRIGGER companies_fts_update AFTER UPDATE OF name, website, tax_id ON companies BEGIN
       UPDATE companies_fts SET name = lb_fold(NEW.name), website = lb_fold(NEW.website), tax_id = lb_fold(NEW.tax_id)
       WHERE rowid = NEW.id;
       UPDATE contacts_fts SET company = lb_fold(NEW.name)
       WHERE rowid IN (SELECT id FROM contacts WHERE company_id = NEW.id);
     END`,
    `CREATE TRIGGER companies_fts_delete AFTER DELETE ON companies BEGIN
       DELETE FROM companies_fts WHERE rowid = OLD.id;
     END`,

    `INSERT INTO companies_fts (rowid, name, website, tax_id)
       SELECT id, lb_fold(name), lb_fold(website), lb_fold(tax_id) FROM companies`,
    `INSERT INTO contacts_fts (rowid, name, emails, company)
       SELECT c.id, lb_fold(c.first_name || ' ' || c.last_name), lb_fold(c.emails), lb_fold(coalesce(co.name, ''))
       FROM contacts c LEFT JOIN companies co ON co.id = c.company_id`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
};
