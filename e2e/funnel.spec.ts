import { expect, test } from './fixtures';

test('a lead met at a meetup is qualified into a deal, won on the board, and its note follows it to the account', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  const sidebar = page.getByRole('navigation', { name: 'Main' });
  const main = page.getByRole('main');

  await sidebar.getByRole('link', { name: 'Leads' }).click();
  await main.getByRole('link', { name: 'New lead' }).click();
  await page.getByLabel('First name').fill('Miriam');
  await page.getByLabel('Last name').fill('Okafor');
  await page.getByLabel('Email').fill('miriam@sunbeam.io');
  await page.getByLabel('Job title').fill('Founder');
  await page.getByLabel('Company name').fill('Sunbeam Labs');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Miriam Okafor' })).toBeVisible();

  const timeline = main.getByRole('region', { name: 'Timeline' });
  await timeline.getByLabel('Body').fill('Met at the Berlin meetup');
  await timeline.getByRole('button', { name: 'Log activity' }).click();
  await expect(timeline.getByRole('list', { name: 'History' })).toContainText('Met at the Berlin meetup');
  await expect(timeline.getByLabel('Body')).toHaveValue('');

  await main.getByRole('button', { name: 'Qualify' }).click();
  const qualify = page.getByRole('dialog', { name: 'Qualify lead' });
  await expect(qualify.getByLabel('Deal title')).toHaveValue('Sunbeam Labs deal');
  await qualify.getByLabel('Value').fill('12,500.50');
  await qualify.getByRole('button', { name: 'Qualify and create deal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sunbeam Labs deal' })).toBeVisible();
  await expect(main).toContainText('€12,500.50');

  await sidebar.getByRole('link', { name: 'Deals' }).click();
  const card = main.getByRole('article', { name: 'Sunbeam Labs deal' });
  await expect(main.getByRole('region', { name: 'Qualified' }).getByRole('article')).toHaveCount(1);
  await card.dragTo(main.getByRole('region', { name: 'Won' }));
  await expect(
    main.getByRole('region', { name: 'Won' }).getByRole('article', { name: 'Sunbeam Labs deal' }),
  ).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Sunbeam Labs deal won: moved to Won.');

  await sidebar.getByRole('link', { name: 'Accounts' }).click();
  await main.getByRole('link', { name: 'Sunbeam Labs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sunbeam Labs' })).toBeVisible();
  const history = main.getByRole('region', { name: 'Timeline' }).getByRole('list', { name: 'History' });
  await expect(history).toContainText('Met at the Berlin meetup');
  await expect(history).toContainText('Moved from Qualified to Won');
});
