import { expect, it } from 'vitest';
import { readImageHeader } from '../../shared/image-header';
import { logoMaxSide } from '../../shared/profile';
import { startTestApp } from '../test-support';
import { loadInvoiceDefaults, loadLogo, loadProfile } from './profile.queries';
import { jpegHeader, solidPng } from './test-images';

it('a new workspace has an empty profile in EUR and 14-day payment terms', async () => {
  const app = await startTestApp();
  const { profile, defaults, logo } = await app.call('profile.get', {});
  expect(profile).toMatchObject({ legalName: '', taxId: '', locale: 'en', baseCurrency: 'EUR' });
  expect(profile.address.city).toBe('');
  expect(defaults).toEqual({ paymentTerms: 'net', termsDays: 14, rounding: 'half-up', priceMode: 'net' });
  expect(logo).toBeNull();
});

it('the seller details are kept, and the base currency is the one the funnel uses', async () => {
  const app = await startTestApp();
  await app.call('profile.update', {
    legalName: 'Łukasz Consulting',
    address: { line1: 'ul. Długa 5', city: 'Kraków', postalCode: '31-147', country: 'pl' },
    taxId: 'PL1234567890',
    bankDetails: 'IBAN PL61 1090 1014 0000 0712 1981 2874\nBIC WBKPPLPP',
  });
  const saved = await app.call('profile.update', { baseCurrency: 'PLN', locale: 'pl-PL' });

  expect(saved).toMatchObject({ legalName: 'Łukasz Consulting', taxId: 'PL1234567890', locale: 'pl-PL' });
  expect(saved.address).toMatchObject({ city: 'Kraków', country: 'PL', line2: '' });
  expect(await loadProfile(app.workspace.db)).toEqual(saved);
  expect((await app.call('forecast.rates', {})).baseCurrency).toBe('PLN');
  const deal = await app.call('deals.create', { title: 'Audit' });
  expect(deal.currency).toBe('PLN');
});

it('a bad email or currency is refused beside its field and nothing changes', async () => {
  const app = await startTestApp();
  const result = await app.send('profile.update', {
    legalName: 'X',
    email: 'not-an-email',
    baseCurrency: 'euro',
  });
  expect(result).toMatchObject({
    ok: false,
    error: { code: 'invalid_input', fields: { email: expect.any(String), baseCurrency: expect.any(String) } },
  });
  expect((await loadProfile(app.workspace.db)).legalName).toBe('');
});

it('invoice defaults change one field at a time', async () => {
  const app = await startTestApp();
  await app.call('profile.updateInvoiceDefaults', { termsDays: 30 });
  const saved = await app.call('profile.updateInvoiceDefaults', {
    priceMode: 'gross',
    rounding: 'half-even',
  });
  expect(saved).toEqual({ paymentTerms: 'net', termsDays: 30, rounding: 'half-even', priceMode: 'gross' });
  expect(await loadInvoiceDefaults(app.workspace.db)).toEqual(saved);
  expect(await app.send('profile.updateInvoiceDefaults', { termsDays: 400 })).toMatchObject({
    ok: false,
    error: { code: 'invalid_input', fields: { termsDays: expect.any(String) } },
  });
});

it('a PNG logo is stored with its size and shown as a data URL until removed', async () => {
  const app = await startTestApp();
  const png = solidPng(120, 40);
  const logo = await app.call('profile.setLogo', { kind: 'png', base64: png.toString('base64') });
  expect(logo).toMatchObject({ kind: 'png', width: 120, height: 40 });
  expect(logo.dataUrl).toBe(`data:image/png;base64,${png.toString('base64')}`);
  expect((await app.call('profile.get', {})).logo).toEqual(logo);
  expect(Buffer.from((await loadLogo(app.workspace.db))?.bytes ?? [])).toEqual(png);

  const jpeg = jpegHeader(300, 200);
  expect(await app.call('profile.setLogo', { kind: 'jpeg', base64: jpeg.toString('base64') })).toMatchObject({
    kind: 'jpeg',
    width: 300,
    height: 200,
  });
  expect(await loadLogo(app.workspace.db)).toMatchObject({ kind: 'jpeg', width: 300, height: 200 });

  expect(await app.call('profile.removeLogo', {})).toEqual({ removed: true });
  expect(await app.call('profile.removeLogo', {})).toEqual({ removed: false });
  expect(await loadLogo(app.workspace.db)).toBeNull();
});

it('anything but a real PNG or JPEG within the size limit is refused with a clear message', async () => {
  const app = await startTestApp();
  const attempt = (kind: 'png' | 'jpeg', bytes: Buffer) =>
    app.send('profile.setLogo', { kind, base64: bytes.toString('base64') });
  const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
  const gif = Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1');

  expect(await attempt('png', svg)).toMatchObject({
    ok: false,
    error: { code: 'invalid_input', fields: { base64: expect.stringContaining('Not a PNG or JPEG image') } },
  });
  expect(await attempt('png', gif)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  expect(await attempt('jpeg', solidPng(2, 2))).toMatchObject({
    ok: false,
    error: { fields: { kind: 'The image is a PNG, not a JPEG' } },
  });
  expect(await attempt('png', solidPng(logoMaxSide + 1, 10))).toMatchObject({
    ok: false,
    error: {
      fields: { base64: `The image is ${logoMaxSide + 1}×10 pixels; use at most 600 pixels per side` },
    },
  });
  expect(await attempt('png', Buffer.alloc(0))).toMatchObject({
    ok: false,
    error: { code: 'invalid_input' },
  });
  expect(await loadLogo(app.workspace.db)).toBeNull();
});

it('the header reader finds the size of PNG and JPEG files, skipping JPEG segments before the frame', () => {
  expect(readImageHeader(solidPng(600, 1))).toEqual({ kind: 'png', width: 600, height: 1 });
  expect(readImageHeader(jpegHeader(1, 600))).toEqual({ kind: 'jpeg', width: 1, height: 600 });
  expect(readImageHeader(jpegHeader(10, 10).subarray(0, 12))).toBeNull();
  expect(readImageHeader(new Uint8Array([0xff, 0xd8, 0xff]))).toBeNull();
});
