import { describe, expect, it } from 'vitest';
import { startTestApp } from '../test-support';
import { countRows, csvOf, importCsv } from './import-test-support';

const header = ['Deal name', 'Company', 'Amount', 'Currency', 'Stage', 'Close date', 'Next step'];

describe('importing deals', () => {
  it('reads values exactly into minor units of each currency, and puts each deal on its named stage', async () => {
    const app = await startTestApp();
    const result = await importCsv(
      app,
      'deals',
      csvOf([
        header,
        ['Website relaunch', 'Acme', '1,234.56', 'eur', 'proposal SENT', '2026-12-31', 'Send the contract'],
        ['Tokyo workshop', 'Acme', '1,234,567', 'JPY', '', '', ''],
        ['Manama audit', 'Gulf Trading', '1234.567', 'BHD', 'Négotiation', '', ''],
        ['Retainer', '', '0.1', '', 'Qualified', '', ''],
      ]),
    );
    expect(result).toMatchObject({ committed: true, created: 4, failed: 0, companiesCreated: 2 });

    const { rows } = await app.call('deals.list', { outcome: 'all', sort: 'title', direction: 'asc' });
    expect(rows.map((d) => [d.title, d.valueMinor, d.currency, d.stageName, d.companyName])).toEqual([
      ['Manama audit', 1234567, 'BHD', 'Negotiation', 'Gulf Trading'],
      ['Retainer', 10, 'EUR', 'Qualified', null],
      ['Tokyo workshop', 1234567, 'JPY', 'Qualified', 'Acme'],
      ['Website relaunch', 123456, 'EUR', 'Proposal sent', 'Acme'],
    ]);
    expect(rows[3]).toMatchObject({ expectedCloseDate: '2026-12-31', nextStep: 'Send the contract' });
  });

  it('records each new deal’s creation in its stage history', async () => {
    const app = await startTestApp();
    await importCsv(app, 'deals', csvOf([header, ['Retainer', '', '500', '', 'Discovery call', '', '']]));
    const [deal] = (await app.call('deals.list', {})).rows;
    expect(await app.call('deals.history', { id: deal?.id ?? 0 })).toEqual([
      expect.objectContaining({ kind: 'created', fromStage: null, toStage: 'Discovery call' }),
    ]);
  });

  it('takes the workspace’s base currency when a row names none', async () => {
    const app = await startTestApp();
    await app.call('forecast.saveRates', { baseCurrency: 'JPY', commitProbability: 75, rates: [] });
    await importCsv(
      app,
      'deals',
      csvOf([
        ['Title', 'Value'],
        ['Tokyo workshop', '250000'],
      ]),
    );
    expect((await app.call('deals.list', {})).rows[0]).toMatchObject({ valueMinor: 250000, currency: 'JPY' });
  });

  it('refuses amounts it cannot read exactly, unknown currencies and stages, and closed stages', async () => {
    const app = await startTestApp();
    const result = await importCsv(
      app,
      'deals',
      csvOf([
        header,
        ['Ambiguous', '', '1,234', 'BHD', '', '', ''],
        ['Garbled', '', '1.2.3', 'EUR', '', '', ''],
        ['Too precise', '', '10.5', 'JPY', '', '', ''],
        ['Funny money', '', '10', 'XYZ', '', '', ''],
        ['Lost in space', '', '10', '', 'Orbit', '', ''],
        ['Already won', '', '10', '', 'Won', '', ''],
        ['', '', '10', '', '', '', ''],
        ['Someday', '', '10', '', '', '2026-02-30', ''],
      ]),
      { allOrNothing: true },
    );
    expect(result).toMatchObject({ committed: false, created: 0, failed: 8 });
    expect(result.errors).toEqual([
      { row: 2, column: 'Amount', message: '“1,234” is ambiguous in BHD; write 1234 or 1.234' },
      { row: 3, column: 'Amount', message: 'Enter an amount such as 1,250.00' },
      { row: 4, column: 'Amount', message: 'JPY has no decimal places' },
      { row: 5, column: 'Currency', message: 'Use an ISO 4217 currency code such as EUR' },
      {
        row: 6,
        column: 'Stage',
        message:
          'Sales has no stage “Orbit”; use one of Qualified, Discovery call, Proposal sent, Negotiation',
      },
      {
        row: 7,
        column: 'Stage',
        message: '“Won” is a closed stage; import deals into an open stage, then win or lose them',
      },
      { row: 8, column: 'Deal name', message: 'Title is required' },
      { row: 9, column: 'Close date', message: 'Not a real date' },
    ]);
    expect(countRows(app, 'deals')).toBe(0);
  });
});
