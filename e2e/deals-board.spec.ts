import type { Page } from '@playwright/test';
import { expect, type RunningHost, test } from './fixtures';

interface Stage {
  id: number;
  name: string;
}

/** Three deals for one client, created through the API: the board is what these tests exercise. */
const seedDeals = async (host: RunningHost) => {
  const [pipeline] = await host.call<{ stages: Stage[] }[]>('pipelines.list', {});
  const stages = pipeline?.stages ?? [];
  const stageId = (name: string) => stages.find((stage) => stage.name === name)?.id;
  const company = await host.call<{ id: number }>('companies.create', { name: 'Fjord Studio AS' });
  const deal = (title: string, valueMinor: number, stage: string) =>
    host.call('deals.create', {
      title,
      valueMinor,
      currency: 'EUR',
      companyId: company.id,
      stageId: stageId(stage),
    });
  await deal('Brand workshop', 450_000, 'Qualified');
  await deal('Website relaunch', 2_400_000, 'Qualified');
  await deal('SEO audit', 90_000, 'Proposal sent');
};

const openBoard = async (page: Page, host: RunningHost) => {
  await page.goto(host.url);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Deals' }).click();
  return page.getByRole('main');
};

test('a deal moves a stage from the keyboard, and focus and the announcement follow it', async ({
  page,
  host,
}) => {
  await seedDeals(host);
  const main = await openBoard(page, host);
  const qualified = main.getByRole('region', { name: 'Qualified' });
  const discovery = main.getByRole('region', { name: 'Discovery call' });

  await qualified.getByRole('article', { name: 'Brand workshop' }).focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(discovery.getByRole('article', { name: 'Brand workshop' })).toBeFocused();
  await expect(page.getByRole('status')).toHaveText('Moved Brand workshop to Discovery call.');
  await expect(qualified.getByRole('article')).toHaveCount(1);
  await expect(discovery).toContainText('€4,500.00');

  await page.keyboard.press('Alt+ArrowLeft');
  await expect(qualified.getByRole('article', { name: 'Brand workshop' })).toBeFocused();

  // The move survives a reload: it was saved, not only drawn.
  await page.reload();
  await expect(main.getByRole('region', { name: 'Qualified' }).getByRole('article')).toHaveCount(2);
});

test('losing a deal from its Move menu asks why, and the reason stays in its history', async ({
  page,
  host,
}) => {
  await seedDeals(host);
  const main = await openBoard(page, host);

  await main.getByRole('button', { name: 'Move SEO audit' }).click();
  await page.getByRole('menuitem', { name: 'Lost' }).click();
  const dialog = page.getByRole('dialog', { name: 'Why was this deal lost?' });
  await dialog.getByRole('button', { name: 'Mark as lost' }).click();
  await expect(dialog.getByText('Say why, for when you look back')).toBeVisible();
  await dialog.getByLabel('Reason').fill('Went with an in-house team');
  await dialog.getByRole('button', { name: 'Mark as lost' }).click();

  await expect(
    main.getByRole('region', { name: 'Lost' }).getByRole('article', { name: 'SEO audit' }),
  ).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('SEO audit lost: moved to Lost.');

  await main.getByRole('link', { name: 'SEO audit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'SEO audit' })).toBeVisible();
  await expect(main.getByRole('region', { name: 'Timeline' })).toContainText(
    'Moved from Proposal sent to Lost',
  );
  await expect(main.getByRole('region', { name: 'Timeline' })).toContainText('Went with an in-house team');
});

test('the table view sorts deals by value when its header is clicked', async ({ page, host }) => {
  await seedDeals(host);
  const main = await openBoard(page, host);
  await main.getByText('Table', { exact: true }).click();

  const table = main.getByRole('table', { name: 'Deals' });
  const titles = table.getByRole('row').locator('td:first-child');
  await expect(titles).toHaveCount(3);

  await table.getByRole('button', { name: 'Value' }).click();
  await expect(table.getByRole('columnheader', { name: 'Value' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(titles).toHaveText(['SEO audit', 'Brand workshop', 'Website relaunch']);

  await table.getByRole('button', { name: 'Value' }).click();
  await expect(table.getByRole('columnheader', { name: 'Value' })).toHaveAttribute('aria-sort', 'descending');
  await expect(titles).toHaveText(['Website relaunch', 'Brand workshop', 'SEO audit']);
});
