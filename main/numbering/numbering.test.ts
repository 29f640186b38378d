import { describe, expect, it } from 'vitest';
import { failure, startInvoicingApp } from '../invoices/invoice-fixtures';
import { numberReader } from './number-patterns';

const invoiceSeries = async (app: Awaited<ReturnType<typeof startInvoicingApp>>['app']) => {
  const series = (await app.call('numbering.list', {})).find((one) => one.documentKind === 'invoice');
  if (!series) throw new Error('No invoice series');
  return series;
};

describe('number series', () => {
  it('preview the number the next document issued today would get', async () => {
    const { app, issued } = await startInvoicingApp();
    expect((await app.call('numbering.list', {})).map((one) => [one.documentKind, one.nextNumber])).toEqual([
      ['credit_note', 'CN-2026-0001'],
      ['estimate', 'EST-2026-0001'],
      ['invoice', 'INV-2026-0001'],
    ]);
    await issued();
    expect((await invoiceSeries(app)).nextNumber).toBe('INV-2026-0002');
  });

  it('restart every year without a gap, numbering by the issue date’s year', async () => {
    const { app, issued } = await startInvoicingApp();
    const numberOf = async (id: number) => (await app.call('invoices.get', { id })).number;
    const first = await issued(1_000);
    const second = await issued(1_000);
    const lastYear = await issued(1_000, { issueDate: '2025-12-31' });
    app.clock.advance(40 * 86_400_000);
    const nextYear = await issued(1_000);
    expect(await Promise.all([first, second, lastYear, nextYear].map(numberOf))).toEqual([
      'INV-2026-0001',
      'INV-2026-0002',
      'INV-2025-0001',
      'INV-2027-0001',
    ]);
    expect((await invoiceSeries(app)).nextNumber).toBe('INV-2027-0002');
  });

  it('keep counting across years when the series does not restart', async () => {
    const { app, issued } = await startInvoicingApp();
    const series = await invoiceSeries(app);
    await app.call('numbering.update', {
      id: series.id,
      changes: { pattern: 'A{SEQ:3}', yearlyReset: false },
    });
    await issued();
    app.clock.advance(40 * 86_400_000);
    const id = await issued();
    expect((await app.call('invoices.get', { id })).number).toBe('A002');
  });

  it('take a new pattern for the next number; numbers already given stay', async () => {
    const { app, issued } = await startInvoicingApp();
    const first = await issued();
    const series = await invoiceSeries(app);
    const changed = await app.call('numbering.update', {
      id: series.id,
      changes: { name: 'Client invoices', pattern: 'RE-{YY}.{SEQ:5}' },
    });
    expect(changed).toMatchObject({ name: 'Client invoices', nextNumber: 'RE-26.00002', yearlyReset: true });
    const second = await issued();
    expect((await app.call('invoices.get', { id: first })).number).toBe('INV-2026-0001');
    expect((await app.call('invoices.get', { id: second })).number).toBe('RE-26.00002');
  });

  it('refuse a pattern that could give a number again', async () => {
    const { app, issued } = await startInvoicingApp();
    await issued();
    await issued();
    const { id } = await invoiceSeries(app);
    expect(await failure(app, 'numbering.update', { id, changes: { yearlyReset: false } })).toMatchObject({
      code: 'invalid_input',
      message: 'INV-2026-0001 was already given; this pattern could give it again. Change the prefix',
      fields: { pattern: expect.stringContaining('INV-2026-0001') },
    });
    expect(await failure(app, 'numbering.update', { id, changes: { pattern: 'INV-{SEQ:4}' } })).toMatchObject(
      {
        code: 'invalid_input',
        message: 'A series that restarts every year needs {YYYY} or {YY}, or its numbers would repeat',
      },
    );
    expect(
      await failure(app, 'numbering.update', { id, changes: { pattern: 'CN-{YYYY}-{SEQ:4}' } }),
    ).toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('like the Credit notes series (CN-2026-0001)'),
    });
    // Padding changes are fine: the counter is past every number the new pattern could read back.
    expect(
      (await app.call('numbering.update', { id, changes: { pattern: 'INV-{YYYY}-{SEQ}' } })).nextNumber,
    ).toBe('INV-2026-3');
  });

  it('refuse a pattern without a running number or with characters file names cannot hold', async () => {
    const { app } = await startInvoicingApp();
    const { id } = await invoiceSeries(app);
    expect(await failure(app, 'numbering.update', { id, changes: { pattern: 'INV-{YYYY}' } })).toMatchObject({
      fields: { 'changes.pattern': 'Include {SEQ} or {SEQ:4} for the running number' },
    });
    expect(
      await failure(app, 'numbering.update', { id, changes: { pattern: 'INV/{YYYY}/{SEQ}' } }),
    ).toMatchObject({
      code: 'invalid_input',
    });
  });
});

describe('reading a number back with a pattern', () => {
  it('finds the year and running number exactly as formatDocumentNumber printed them', () => {
    const read = numberReader('INV-{YYYY}-{SEQ:4}');
    expect(read('INV-2026-0042')).toEqual({ year: '2026', sequence: 42 });
    expect(read('INV-2026-12345')).toEqual({ year: '2026', sequence: 12345 });
    expect(read('INV-2026-042')).toBeNull();
    expect(read('INV-2026-01234')).toBeNull();
    expect(numberReader('{YY}.{SEQ}')('26.7')).toEqual({ year: '2026', sequence: 7 });
    expect(numberReader('A+{SEQ:2}')('A+07')).toEqual({ year: null, sequence: 7 });
  });
});
