import { expect, test } from './fixtures';

interface Stage {
  id: number;
  name: string;
}

const monthLabel = (offset: number) => {
  const now = new Date();
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 15));
  return {
    date: month.toISOString().slice(0, 10),
    label: new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(month),
  };
};

test('a scoring rule edited in Settings rescores the leads', async ({ page, host }) => {
  const lead = await host.call<{ id: number }>('leads.create', {
    firstName: 'Zoë',
    title: 'Co-Founder',
    source: 'referral',
  });
  await page.goto(`${host.url}#/settings/lead-scoring`);
  const scoring = page.getByRole('region', { name: 'Lead scoring' });
  await scoring.getByRole('textbox', { name: 'Points of fit rule 1' }).fill('40');
  await scoring.getByRole('switch', { name: 'fit rule 5 enabled' }).uncheck();
  await scoring.getByRole('button', { name: 'Save rules' }).click();
  await expect(page.getByText('Scoring rules saved')).toBeVisible();

  expect(await host.call('leads.get', { id: lead.id })).toMatchObject({
    score: 40,
    scoreBreakdown: [{ label: 'Title contains “founder”', points: 40 }],
  });
  await page.reload();
  await expect(scoring.getByRole('textbox', { name: 'Points of fit rule 1' })).toHaveValue('40');
  await expect(scoring.getByRole('switch', { name: 'fit rule 5 enabled' })).not.toBeChecked();
});

test('a rule value that does not fit its attribute is flagged beside it and nothing is saved', async ({
  page,
  host,
}) => {
  await page.goto(`${host.url}#/settings/lead-scoring`);
  const scoring = page.getByRole('region', { name: 'Lead scoring' });
  await scoring.getByRole('button', { name: 'Add engagement rule' }).click();
  await scoring.getByRole('textbox', { name: 'Value of engagement rule 4' }).fill('0');
  await scoring.getByRole('button', { name: 'Save rules' }).click();
  await expect(scoring.getByText('Use a whole number of days from 1 to 3,650')).toBeVisible();
  expect(await host.call<unknown[]>('scoring.rules', {})).toHaveLength(9);
});

test('Reports forecasts open deals by month, and a new exchange rate brings a currency in', async ({
  page,
  host,
}) => {
  const [sales] = await host.call<{ stages: Stage[] }[]>('pipelines.list', {});
  const stage = (name: string) => sales?.stages.find((s) => s.name === name)?.id;
  const next = monthLabel(1);
  const later = monthLabel(2);
  await host.call('deals.create', {
    title: 'Website relaunch',
    valueMinor: 1_000_000,
    currency: 'EUR',
    expectedCloseDate: next.date,
    stageId: stage('Negotiation'),
  });
  await host.call('deals.create', {
    title: 'Data audit',
    valueMinor: 200_000,
    currency: 'USD',
    expectedCloseDate: later.date,
    stageId: stage('Proposal sent'),
  });

  await page.goto(host.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Forecast', exact: true })).toBeVisible();
  await expect(page.getByRole('img', { name: /Bar chart of best case, commit and weighted/ })).toBeVisible();

  const table = page.getByRole('table');
  await expect(
    table.getByRole('row', { name: new RegExp(`^${next.label} 1 €10,000.00 €10,000.00 €7,500.00`) }),
  ).toBeVisible();
  // The USD deal shows under its month and again under the total.
  await expect(
    table.getByRole('row', { name: /^in USD Missing rate 1 \$2,000.00 \$0.00 \$1,000.00/ }),
  ).toHaveCount(2);
  await expect(page.getByText('USD has no exchange rate')).toBeVisible();

  const rates = page.getByRole('region', { name: 'Exchange rates' });
  await rates.getByRole('button', { name: 'Add a rate for USD' }).click();
  await rates.getByRole('textbox', { name: 'Rate for USD' }).fill('0.9');
  await rates.getByRole('button', { name: 'Save rates' }).click();
  await expect(page.getByText('Exchange rates saved')).toBeVisible();

  await expect(page.getByText('USD has no exchange rate')).toBeHidden();
  await expect(table.getByRole('row', { name: /^Total 2 €11,800.00 €10,000.00 €8,400.00/ })).toBeVisible();
  expect(await host.call('forecast.rates', {})).toMatchObject({ rates: [{ currency: 'USD', rate: '0.9' }] });
});

test('Reports says plainly when a pipeline has no open deals yet', async ({ page, host }) => {
  await page.goto(`${host.url}#/reports`);
  await expect(page.getByText('No open deals in Sales yet')).toBeVisible();
  const rates = page.getByRole('region', { name: 'Exchange rates' });
  await rates.getByRole('textbox', { name: 'Commit threshold' }).fill('60');
  await rates.getByRole('button', { name: 'Save rates' }).click();
  await expect(page.getByText('Exchange rates saved')).toBeVisible();
  expect(await host.call('forecast.rates', {})).toMatchObject({ commitProbability: 60 });
});
