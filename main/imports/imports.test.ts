import { describe, expect, it } from 'vitest';
import { type ImportProgress, maxCsvBytes } from '../../shared/imports';
import { startTestApp } from '../test-support';
import { countRows, csvOf, importCsv } from './import-test-support';

const header = ['First name', 'Last name', 'Email', 'Company'];

/** `count` people at a handful of companies; the rows listed in `bad` get an invalid email. */
const peopleCsv = (count: number, bad: number[] = []) =>
  csvOf([
    header,
    ...Array.from({ length: count }, (_, i) => [
      `Person${i}`,
      `Tester${i}`,
      bad.includes(i) ? `person${i}-at-example.com` : `person${i}@example.com`,
      `Company ${i % 7}`,
    ]),
  ]);

describe('an import run', () => {
  it('all-or-nothing: one bad row rolls everything back, companies included, and reports it', async () => {
    const app = await startTestApp();
    const result = await importCsv(app, 'contacts', peopleCsv(1000, [998]), { allOrNothing: true });
    expect(result).toEqual({
      importId: 'test-import',
      committed: false,
      total: 1000,
      created: 0,
      merged: 0,
      skipped: 0,
      failed: 1,
      companiesCreated: 0,
      errors: [{ row: 1000, column: 'Email', message: 'Enter a valid email address' }],
    });
    expect([countRows(app, 'contacts'), countRows(app, 'companies')]).toEqual([0, 0]);
    expect((await app.call('search.global', { query: 'person' })).contacts).toEqual([]);
  });

  it('partial: good rows are written and bad rows reported', async () => {
    const app = await startTestApp();
    const result = await importCsv(app, 'contacts', peopleCsv(1000, [3, 500, 998]), { allOrNothing: false });
    expect(result).toMatchObject({
      committed: true,
      total: 1000,
      created: 997,
      failed: 3,
      companiesCreated: 7,
    });
    expect(result.errors.map((error) => error.row)).toEqual([5, 502, 1000]);
    expect([countRows(app, 'contacts'), countRows(app, 'companies')]).toEqual([997, 7]);
  });

  it('never half-imports: a failure part-way leaves nothing written', async () => {
    const app = await startTestApp();
    app.workspace.sqlite.exec(`CREATE TRIGGER crash BEFORE INSERT ON contacts WHEN NEW.first_name = 'Person700'
      BEGIN SELECT RAISE(ABORT, 'disk on fire'); END`);
    expect(
      await app.send('imports.run', {
        importId: 'crash',
        kind: 'contacts',
        csv: peopleCsv(1000),
        mapping: ['firstName', 'lastName', 'email', 'company'],
        dedupe: 'skip',
        allOrNothing: false,
      }),
    ).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Something went wrong; nothing was saved.' },
    });
    expect([countRows(app, 'contacts'), countRows(app, 'companies')]).toEqual([0, 0]);
  });

  it('reports progress in order while the transaction is open, and other channels wait their turn', async () => {
    const app = await startTestApp();
    const events: ImportProgress[] = [];
    let listedDuringImport: Promise<number> | undefined;
    app.events.subscribe((event) => {
      if (event.name !== 'imports.progress') return;
      events.push(event.payload);
      if (event.payload.processed > 0 && !listedDuringImport) {
        listedDuringImport = app.call('contacts.list', {}).then((page) => page.total);
      }
    });
    const result = await importCsv(app, 'contacts', peopleCsv(10_000), { importId: 'progress-1' });
    expect(result.created).toBe(10_000);

    expect(events.every((event) => event.importId === 'progress-1')).toBe(true);
    expect(events.slice(0, 2)).toEqual([
      { importId: 'progress-1', processed: 0, total: 0, phase: 'parsing' },
      { importId: 'progress-1', processed: 0, total: 10_000, phase: 'importing' },
    ]);
    expect(events.at(-1)).toEqual({
      importId: 'progress-1',
      processed: 10_000,
      total: 10_000,
      phase: 'done',
    });
    const during = events.slice(2, -1);
    expect(during.length).toBeGreaterThan(0);
    expect(during.length).toBeLessThanOrEqual(10_000 / 200);
    for (const [index, event] of during.entries()) {
      expect(event).toMatchObject({ phase: 'importing', total: 10_000 });
      expect(event.processed % 200).toBe(0);
      expect(event.processed).toBeGreaterThan(during[index - 1]?.processed ?? 0);
    }
    // The list call was made mid-import; it queued behind the transaction and saw all of it.
    expect(await listedDuringImport).toBe(10_000);
  });

  it('needs only the kind, the text and the mapping: it makes up an id, skips duplicates, keeps good rows', async () => {
    const app = await startTestApp();
    const result = await app.call('imports.run', {
      kind: 'contacts',
      csv: peopleCsv(3, [1]),
      mapping: ['firstName', 'lastName', 'email', null],
    });
    expect(result).toMatchObject({ importId: expect.stringMatching(/^[\w-]{36}$/), created: 2, failed: 1 });
  });

  it('tells records.changed about the kinds it touched, once, after committing', async () => {
    const app = await startTestApp();
    const changes: unknown[] = [];
    app.events.subscribe((event) => event.name === 'records.changed' && changes.push(event.payload));
    await importCsv(app, 'contacts', peopleCsv(3));
    expect(changes).toEqual([{ kinds: ['contacts', 'companies'] }]);
  });
});

describe('import channels refuse bad input clearly', () => {
  const run = (csv: string, mapping: (string | null)[]) => ({
    importId: 'bad-input',
    kind: 'contacts',
    csv,
    mapping,
    dedupe: 'skip',
    allOrNothing: true,
  });
  const twoColumns = 'First name,Email\nAda,ada@example.com\n';

  it.each([
    [
      'a mapping for another number of columns',
      run(twoColumns, ['firstName']),
      'The mapping has 1 entries but the file has 2 columns',
    ],
    [
      'a field the kind does not have',
      run(twoColumns, ['firstName', 'website']),
      'Invalid input: mapping.1: There is no website for contacts',
    ],
    [
      'two columns for a single-value field',
      run(twoColumns, ['firstName', 'firstName']),
      'Invalid input: mapping.1: Only one column can fill First name',
    ],
    [
      'no column for the name',
      run(twoColumns, [null, 'email']),
      'Invalid input: mapping: Map a column to First name or Full name',
    ],
    [
      'a file with a header and nothing under it',
      run('First name,Email\n', ['firstName', 'email']),
      'Invalid input: csv: The file needs a header row and at least one row under it',
    ],
    [
      'a file whose first row names no columns',
      run(',\nAda,ada@example.com\n', ['firstName', 'email']),
      'The first row of the file must name the columns',
    ],
    [
      'a file over 20 MB',
      run(`First name\n${'x'.repeat(maxCsvBytes)}`, ['firstName']),
      'Invalid input: csv: The file is larger than 20 MB; split it into smaller files',
    ],
    [
      'an import id that is not one',
      { ...run(twoColumns, ['firstName', 'email']), importId: '../../etc' },
      'Invalid input: importId: Use 1 to 64 letters, digits, - or _',
    ],
  ])('%s', async (_, input, message) => {
    const app = await startTestApp();
    expect(await app.send('imports.run', input)).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message },
    });
    expect(countRows(app, 'contacts')).toBe(0);
  });

  it('previews a file: headers, first rows padded to the header, row count and the suggested mapping', async () => {
    const app = await startTestApp();
    const preview = await app.call('imports.preview', {
      kind: 'contacts',
      csv: '\uFEFFVorname;Nachname;E-Mail\r\nZoë;Müller;zoe@example.de\r\nBernd\r\n\r\nClara;Weber;"clara@example.de"\r\n',
    });
    expect(preview).toEqual({
      headers: ['Vorname', 'Nachname', 'E-Mail'],
      rows: [
        ['Zoë', 'Müller', 'zoe@example.de'],
        ['Bernd', '', ''],
        ['Clara', 'Weber', 'clara@example.de'],
      ],
      rowCount: 3,
      mapping: ['firstName', 'lastName', 'email'],
    });
  });
});
