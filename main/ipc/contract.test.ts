import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type ChannelInput, type ChannelName, channelNames, contract } from '../../shared/ipc/contract';
import { startTestApp, type TestApp } from '../test-support';

/** One valid input per channel; the mapped type makes a new channel without an example fail to compile. */
const validExamples: { [K in ChannelName]: (ids: { contact: number; company: number }) => ChannelInput<K> } =
  {
    'workspace.info': () => ({}),
    'contacts.list': ({ company }) => ({
      query: 'ada',
      status: 'all',
      companyId: company,
      sort: 'name',
      offset: 0,
      limit: 10,
    }),
    'contacts.get': ({ contact }) => ({ id: contact }),
    'contacts.create': ({ company }) => ({
      firstName: 'Grace',
      lastName: 'Hopper',
      title: 'Rear Admiral',
      companyId: company,
      emails: ['grace@navy.mil'],
      phones: ['+1 555 0100'],
      tags: ['cobol'],
      notes: 'Met at a conference',
      address: {
        line1: '1 Main St',
        line2: '',
        city: 'Arlington',
        postalCode: '22201',
        region: 'VA',
        country: 'US',
      },
    }),
    'contacts.update': ({ contact }) => ({
      id: contact,
      changes: { title: 'Commodore', emails: ['g@example.com'] },
    }),
    'contacts.archive': ({ contact }) => ({ id: contact }),
    'contacts.restore': ({ contact }) => ({ id: contact }),
    'companies.list': () => ({ query: 'acme', status: 'active', sort: 'recent', offset: 0, limit: 5 }),
    'companies.get': ({ company }) => ({ id: company }),
    'companies.create': () => ({
      name: 'Northwind',
      website: 'northwind.example',
      email: 'hello@northwind.example',
      phone: '+44 20 7946 0000',
      taxId: 'GB123456789',
      industry: 'Retail',
      employeeCount: 40,
      tags: ['retail'],
      notes: '',
      address: { line1: '', line2: '', city: 'London', postalCode: '', region: '', country: 'GB' },
    }),
    'companies.update': ({ company }) => ({ id: company, changes: { industry: 'Logistics' } }),
    'companies.archive': ({ company }) => ({ id: company }),
    'companies.restore': ({ company }) => ({ id: company }),
    'search.global': () => ({ query: 'grace', limit: 5 }),
  };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const huge = 'x'.repeat(200_000);

const wrongTypeFor = (value: Json): Json => {
  if (typeof value === 'string') return 12345;
  if (typeof value === 'number') return 'twelve';
  if (typeof value === 'boolean') return 'yes';
  if (value === null) return { nested: true };
  return 'not a list or object';
};

/** Every way of breaking a valid input one field at a time: wrong type, oversized text, unknown key. */
const mutations = (example: { [key: string]: Json }, path: string[] = []): [string, Json][] => {
  const at = (key: string, value: Json): [string, Json] => [
    [...path, key].join('.'),
    { ...example, [key]: value },
  ];
  const result: [string, Json][] = [at('__unexpected__', 'surprise')];
  for (const [key, value] of Object.entries(example)) {
    result.push(at(key, wrongTypeFor(value)));
    if (typeof value === 'string') result.push(at(`${key}(huge)`, huge));
    if (Array.isArray(value) && typeof value[0] === 'string') result.push(at(`${key}[huge]`, [huge]));
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [nestedPath, nested] of mutations(value, [...path, key])) {
        result.push([nestedPath, { ...example, [key]: nested }]);
      }
    }
  }
  return result;
};

const changesSoFar = (app: TestApp) =>
  app.workspace.sqlite.prepare('SELECT total_changes()').pluck().get() as number;

describe.each(channelNames)('channel %s', (channel) => {
  const setUp = async () => {
    const app = await startTestApp();
    const company = await app.call('companies.create', { name: 'Acme' });
    const contact = await app.call('contacts.create', { firstName: 'Ada', companyId: company.id });
    const example = validExamples[channel]({ contact: contact.id, company: company.id }) as {
      [key: string]: Json;
    };
    return { app, example };
  };

  it('accepts its documented example', async () => {
    const { app, example } = await setUp();
    expect(await app.send(channel, example)).toMatchObject({ ok: true });
  });

  it('rejects malformed input with a clear error and writes nothing', async () => {
    const { app, example } = await setUp();
    const badInputs: [string, Json | undefined][] = [
      ['missing input', undefined],
      ['null', null],
      ['a number', 42],
      ['a string', 'hello'],
      ['a list', [example]],
      ...mutations(example),
    ];
    const schema = z.toJSONSchema(contract[channel].input, { io: 'input' });
    if ((schema.required ?? []).length > 0) badInputs.push(['an empty object', {}]);

    const before = changesSoFar(app);
    for (const [label, input] of badInputs) {
      const result = await app.send(channel, input);
      expect(result, `${channel} with ${label}`).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', message: expect.stringMatching(/^Invalid input: .+/) },
      });
    }
    expect(changesSoFar(app)).toBe(before);
  });
});

it('an unknown channel is refused by name', async () => {
  const app = await startTestApp();
  expect(await app.send('contacts.drop', {})).toEqual({
    ok: false,
    error: { code: 'unknown_channel', message: 'There is no channel named "contacts.drop"' },
  });
});
