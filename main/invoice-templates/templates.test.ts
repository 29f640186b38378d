import { expect, it } from 'vitest';
import { startTestApp } from '../test-support';
import { loadTemplate } from './templates.queries';

it('a new workspace has one default A4 template that new invoices start with', async () => {
  const app = await startTestApp();
  const [standard, ...others] = await app.call('invoiceTemplates.list', { archived: 'active' });
  expect(others).toEqual([]);
  expect(standard).toMatchObject({
    name: 'Standard',
    layout: 'classic',
    paper: 'A4',
    header: 'text',
    isDefault: true,
    archived: false,
  });
  expect(await loadTemplate(app.workspace.db, null)).toEqual(standard);
});

it('a template keeps what it was given and takes the defaults for the rest; updates touch only what changed', async () => {
  const app = await startTestApp();
  const created = await app.call('invoiceTemplates.create', {
    name: 'US clients',
    paper: 'Letter',
    accentColor: '#2F9E44',
  });
  expect(created).toMatchObject({ paper: 'Letter', accentColor: '#2f9e44', layout: 'classic', notes: '' });

  const updated = await app.call('invoiceTemplates.update', {
    id: created.id,
    changes: { layout: 'compact', header: 'logo', footer: 'Acme LLC · EIN 12-3456789' },
  });
  expect(updated).toMatchObject({ name: 'US clients', paper: 'Letter', layout: 'compact', header: 'logo' });
  expect(await loadTemplate(app.workspace.db, created.id)).toEqual(updated);
  expect((await app.call('invoiceTemplates.list', {})).map((t) => t.name)).toEqual([
    'Standard',
    'US clients',
  ]);
});

it('two active templates cannot share a name', async () => {
  const app = await startTestApp();
  expect(await app.send('invoiceTemplates.create', { name: 'standard' })).toMatchObject({
    ok: false,
    error: {
      code: 'conflict',
      message: 'A template named “standard” already exists',
      fields: { name: expect.any(String) },
    },
  });
  const other = await app.call('invoiceTemplates.create', { name: 'Other' });
  expect(
    await app.send('invoiceTemplates.update', { id: other.id, changes: { name: 'Standard' } }),
  ).toMatchObject({
    ok: false,
    error: { code: 'conflict' },
  });
});

it('exactly one template is the default, listed first', async () => {
  const app = await startTestApp();
  const compact = await app.call('invoiceTemplates.create', { name: 'Compact', layout: 'compact' });
  expect(await app.call('invoiceTemplates.setDefault', { id: compact.id })).toMatchObject({
    isDefault: true,
  });
  const list = await app.call('invoiceTemplates.list', {});
  expect(list.map((t) => [t.name, t.isDefault])).toEqual([
    ['Compact', true],
    ['Standard', false],
  ]);
  expect((await loadTemplate(app.workspace.db, null)).id).toBe(compact.id);
});

it('the default template cannot be archived; others can, and come back', async () => {
  const app = await startTestApp();
  const [standard] = await app.call('invoiceTemplates.list', {});
  const refused = await app.send('invoiceTemplates.archive', { id: standard?.id ?? 0, archived: true });
  expect(refused).toMatchObject({
    ok: false,
    error: { code: 'conflict', message: expect.stringContaining('make another template the default') },
  });

  const old = await app.call('invoiceTemplates.create', { name: 'Old' });
  expect(await app.call('invoiceTemplates.archive', { id: old.id, archived: true })).toMatchObject({
    archived: true,
  });
  expect((await app.call('invoiceTemplates.list', {})).map((t) => t.name)).toEqual(['Standard']);
  expect((await app.call('invoiceTemplates.list', { archived: 'archived' })).map((t) => t.name)).toEqual([
    'Old',
  ]);
  expect(await app.send('invoiceTemplates.setDefault', { id: old.id })).toMatchObject({
    ok: false,
    error: { code: 'conflict', message: expect.stringContaining('restore it') },
  });

  await app.call('invoiceTemplates.create', { name: 'Alpha' });
  expect((await app.call('invoiceTemplates.list', { archived: 'all' })).map((t) => t.name)).toEqual([
    'Standard',
    'Alpha',
    'Old',
  ]);

  await app.call('invoiceTemplates.archive', { id: old.id, archived: false });
  expect((await app.call('invoiceTemplates.list', {})).map((t) => t.name)).toEqual([
    'Standard',
    'Alpha',
    'Old',
  ]);
});

it('an unknown template is reported by id', async () => {
  const app = await startTestApp();
  expect(await app.send('invoiceTemplates.setDefault', { id: 999 })).toMatchObject({
    ok: false,
    error: { code: 'not_found', message: 'Template 999 does not exist' },
  });
});
