import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type ChannelInput, type ChannelName, channelNames, contract } from '../../shared/ipc/contract';
import { startTestApp, type TestApp } from '../test-support';

/** One valid input per channel; the mapped type makes a new channel without an example fail to compile. */
type ExampleIds = {
  contact: number;
  company: number;
  list: number;
  lead: number;
  deal: number;
  wonDeal: number;
  account: number;
  activity: number;
  task: number;
  pipeline: number;
  stage: number;
  taxRate: number;
  catalogItem: number;
  template: number;
  draftInvoice: number;
  overdueInvoice: number;
  payment: number;
  numberSeries: number;
  draftEstimate: number;
  sentEstimate: number;
  approvedEstimate: number;
  schedule: number;
  openAccountInvoice: number;
  draftEmail: number;
  queuedEmail: number;
  failedEmail: number;
};

const validExamples: { [K in ChannelName]: (ids: ExampleIds) => ChannelInput<K> } = {
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
  'activities.create': ({ contact }) => ({
    kind: 'call',
    subject: 'Scoping call',
    body: 'Wants a quote for Q1',
    occurredAt: '2026-11-20T10:00:00Z',
    direction: 'outbound',
    contactId: contact,
  }),
  'activities.update': ({ activity }) => ({ id: activity, changes: { subject: 'Kick-off', dueDate: null } }),
  'activities.complete': ({ task }) => ({ id: task, done: true }),
  'activities.archive': ({ activity }) => ({ id: activity }),
  'activities.restore': ({ activity }) => ({ id: activity }),
  'activities.timeline': ({ company }) => ({ of: 'company', id: company, limit: 50 }),
  'activities.tasks': () => ({ status: 'open', dueBefore: '2026-12-31', offset: 0, limit: 20 }),
  'leads.list': () => ({
    status: 'open',
    query: 'ada',
    sort: 'score',
    includeArchived: false,
    offset: 0,
    limit: 20,
  }),
  'leads.get': ({ lead }) => ({ id: lead }),
  'leads.create': () => ({
    firstName: 'Ada',
    lastName: 'Byron',
    email: 'ada@engines.example',
    phone: '+44 20 7946 0000',
    title: 'Founder',
    companyName: 'Analytical Engines',
    source: 'referral',
    notes: 'Met at a meetup',
  }),
  'leads.update': ({ lead }) => ({ id: lead, changes: { status: 'contacted', title: 'CEO' } }),
  'leads.qualify': ({ lead }) => ({
    id: lead,
    dealTitle: 'Website relaunch',
    valueMinor: 500_000,
    currency: 'EUR',
  }),
  'leads.disqualify': ({ lead }) => ({ id: lead, reason: 'No budget this year' }),
  'leads.archive': ({ lead }) => ({ id: lead }),
  'leads.restore': ({ lead }) => ({ id: lead }),
  'pipelines.list': () => ({}),
  'pipelines.save': () => ({
    name: 'Retainers',
    isDefault: false,
    stages: [
      { name: 'Talking', probability: 20, outcome: 'open' },
      { name: 'Signed', probability: 100, outcome: 'won' },
      { name: 'Passed', probability: 0, outcome: 'lost' },
    ],
  }),
  'deals.list': ({ company }) => ({
    outcome: 'all',
    companyId: company,
    query: 'web',
    sort: 'value',
    direction: 'asc',
    includeArchived: false,
    offset: 0,
    limit: 10,
  }),
  'deals.board': ({ pipeline }) => ({ pipelineId: pipeline, cardsPerStage: 20 }),
  'deals.get': ({ deal }) => ({ id: deal }),
  'deals.create': ({ company, contact, catalogItem, taxRate }) => ({
    title: 'Brand audit',
    companyId: company,
    contactIds: [contact],
    valueMinor: 120_000,
    currency: 'EUR',
    expectedCloseDate: '2027-01-31',
    nextStep: 'Send the proposal',
    lineItems: [
      { description: 'Workshop day', quantity: '1.5', unitPriceMinor: 80_000 },
      {
        catalogItemId: catalogItem,
        description: 'Workshop',
        quantity: '6',
        unit: 'hour',
        unitPriceMinor: 15_000,
        taxRateId: taxRate,
      },
    ],
  }),
  'deals.update': ({ deal }) => ({ id: deal, changes: { nextStep: 'Call back on Monday' } }),
  'deals.move': ({ deal, stage }) => ({ id: deal, stageId: stage, beforeId: null }),
  'deals.win': ({ deal }) => ({ id: deal, reason: 'Best fit' }),
  'deals.lose': ({ deal }) => ({ id: deal, reason: 'Went with an agency' }),
  'deals.reopen': ({ wonDeal }) => ({ id: wonDeal }),
  'deals.archive': ({ deal }) => ({ id: deal }),
  'deals.restore': ({ deal }) => ({ id: deal }),
  'deals.history': ({ deal }) => ({ id: deal }),
  'taxRates.list': () => ({ archived: 'all' }),
  'taxRates.create': () => ({
    name: 'GST 5% + QST 9.975%',
    kind: 'standard',
    components: [
      { name: 'GST', rate: '5' },
      { name: 'QST', rate: '9.975', compound: false },
    ],
    note: '',
  }),
  'taxRates.update': ({ taxRate }) => ({ id: taxRate, changes: { name: 'VAT 7% (reduced)' } }),
  'taxRates.setDefault': ({ taxRate }) => ({ id: taxRate }),
  'taxRates.archive': ({ taxRate }) => ({ id: taxRate, archived: true }),
  'catalog.list': () => ({ query: 'strat', archived: 'all', offset: 0, limit: 20 }),
  'catalog.get': ({ catalogItem }) => ({ id: catalogItem }),
  'catalog.create': ({ taxRate }) => ({
    name: 'Copywriting',
    description: 'Per printed page',
    unitType: 'custom',
    unitLabel: 'page',
    unitPriceMinor: 9_000,
    currency: 'EUR',
    taxRateId: taxRate,
  }),
  'catalog.update': ({ catalogItem }) => ({ id: catalogItem, changes: { unitPriceMinor: 16_000 } }),
  'catalog.archive': ({ catalogItem }) => ({ id: catalogItem, archived: true }),
  'accounts.list': () => ({ status: 'all', query: 'acme', offset: 0, limit: 10 }),
  'accounts.get': ({ account }) => ({ id: account }),
  'accounts.forCompany': ({ company }) => ({ companyId: company }),
  'accounts.update': ({ account }) => ({
    id: account,
    changes: { status: 'at_risk', renewalDate: '2027-06-30', ownerNotes: 'Renewal call in May' },
  }),
  'lists.list': () => ({ status: 'all', recordKind: 'contacts' }),
  'lists.get': ({ list }) => ({ id: list }),
  'lists.create': ({ company }) => ({
    name: 'Berlin founders',
    recordKind: 'contacts',
    filter: { query: 'ada', tags: ['founder'], companyId: company, country: 'DE' },
  }),
  'lists.update': ({ list }) => ({ id: list, changes: { name: 'Newsletter' } }),
  'lists.archive': ({ list }) => ({ id: list }),
  'lists.restore': ({ list }) => ({ id: list }),
  'lists.members': ({ list }) => ({ listId: list, query: 'ada', offset: 0, limit: 50 }),
  'lists.addMembers': ({ list, contact }) => ({ listId: list, recordIds: [contact] }),
  'lists.removeMembers': ({ list, contact }) => ({ listId: list, recordIds: [contact] }),
  'scoring.rules': () => ({}),
  'scoring.saveRules': () => ({
    rules: [
      { attribute: 'title_contains', value: 'founder', points: 15, enabled: true },
      { attribute: 'reply_within_days', value: '30', points: 10, enabled: false },
    ],
  }),
  'scoring.explain': ({ lead }) => ({ leadId: lead }),
  'scoring.recompute': () => ({}),
  'forecast.get': ({ pipeline }) => ({ pipelineId: pipeline, months: 6 }),
  'forecast.rates': () => ({}),
  'forecast.saveRates': () => ({
    baseCurrency: 'EUR',
    commitProbability: 80,
    rates: [{ currency: 'JPY', rate: '0.0061' }],
  }),
  'imports.preview': () => ({ kind: 'contacts', csv: 'First name,E-mail\nGrace,grace@navy.mil\n' }),
  'imports.run': () => ({
    importId: 'contract-example',
    kind: 'contacts',
    csv: 'First name,E-mail,Company\nGrace,grace@navy.mil,Acme\n',
    mapping: ['firstName', 'email', 'company'],
    dedupe: 'merge',
    allOrNothing: true,
  }),
  'exports.csv': ({ company }) => ({
    kind: 'contacts',
    filter: { query: 'ada', status: 'all', companyId: company, sort: 'name' },
  }),
  'profile.get': () => ({}),
  'profile.update': () => ({
    legalName: 'Łukasz Consulting GmbH',
    address: { line1: 'Torstraße 1', city: 'Berlin', postalCode: '10119', country: 'DE' },
    taxId: 'DE123456789',
    email: 'billing@lukasz.example',
    phone: '+49 30 1234567',
    bankDetails: 'IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX',
    locale: 'de-DE',
    baseCurrency: 'EUR',
  }),
  'profile.updateInvoiceDefaults': () => ({
    paymentTerms: 'net',
    termsDays: 30,
    rounding: 'half-up',
    priceMode: 'gross',
  }),
  'profile.setLogo': () => ({
    kind: 'png',
    base64: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC',
  }),
  'profile.removeLogo': () => ({}),
  'invoiceTemplates.list': () => ({ archived: 'all' }),
  'invoiceTemplates.create': () => ({
    name: 'Compact US',
    layout: 'compact',
    paper: 'Letter',
    accentColor: '#2f9e44',
    header: 'logo',
    notes: 'Thank you for your business.',
    terms: 'Net 30',
    footer: 'Registered in Delaware',
  }),
  'invoiceTemplates.update': ({ template }) => ({
    id: template,
    changes: { name: 'Plain', footer: 'Thanks' },
  }),
  'invoiceTemplates.setDefault': ({ template }) => ({ id: template }),
  'invoiceTemplates.archive': ({ template }) => ({ id: template, archived: true }),
  'invoices.list': ({ account }) => ({
    status: 'overdue',
    accountId: account,
    currency: 'EUR',
    issuedFrom: '2026-01-01',
    issuedTo: '2026-12-31',
    query: 'inv',
    sort: 'dueDate',
    direction: 'asc',
    offset: 0,
    limit: 50,
  }),
  'invoices.summary': () => ({}),
  'invoices.get': ({ draftInvoice }) => ({ id: draftInvoice }),
  'invoices.create': ({ company, contact, account, wonDeal, template, catalogItem, taxRate }) => ({
    companyId: company,
    contactIds: [contact],
    accountId: account,
    dealId: wonDeal,
    templateId: template,
    issueDate: '2026-11-24',
    paymentTerms: 'net',
    termsDays: 30,
    supplyDate: '2026-11-20',
    currency: 'EUR',
    priceMode: 'net',
    rounding: 'half-up',
    discountPercent: '5',
    discountMinor: null,
    notes: 'Thank you for your business',
    terms: 'Net 30',
    footer: 'Registered in Berlin',
    lines: [
      {
        catalogItemId: catalogItem,
        description: 'Strategy workshop',
        quantity: '6',
        unit: 'hour',
        unitPriceMinor: 15_000,
        discountPercent: null,
        discountMinor: 1_000,
        taxRateId: taxRate,
      },
    ],
  }),
  'invoices.createFromDeal': ({ wonDeal }) => ({ dealId: wonDeal }),
  'invoices.createFromAccount': ({ account }) => ({ accountId: account }),
  'invoices.update': ({ draftInvoice }) => ({
    id: draftInvoice,
    changes: { notes: 'Thanks!', paymentTerms: 'end_of_month' },
  }),
  'invoices.delete': ({ draftInvoice }) => ({ id: draftInvoice }),
  'invoices.issue': ({ draftInvoice }) => ({ id: draftInvoice }),
  'invoices.void': ({ overdueInvoice }) => ({ id: overdueInvoice, reason: 'Sent to the wrong company' }),
  'invoices.recordPayment': ({ overdueInvoice }) => ({
    invoiceId: overdueInvoice,
    paidOn: '2026-11-24',
    amountMinor: 5_000,
    method: 'card',
    reference: 'Stripe ch_1',
  }),
  'invoices.deletePayment': ({ payment }) => ({ paymentId: payment, reason: 'The transfer bounced' }),
  'invoices.document': ({ overdueInvoice }) => ({ id: overdueInvoice }),
  'invoices.exportPdf': ({ overdueInvoice }) => ({ id: overdueInvoice }),
  'invoices.exportPdfs': ({ draftInvoice, overdueInvoice }) => ({ ids: [draftInvoice, overdueInvoice] }),
  'invoices.cancelExport': () => ({ jobId: 'no-such-job' }),
  'invoices.escalate': ({ overdueInvoice }) => ({ id: overdueInvoice }),
  'numbering.list': () => ({}),
  'numbering.update': ({ numberSeries }) => ({
    id: numberSeries,
    changes: { name: 'Client invoices', pattern: 'RE-{YYYY}-{SEQ:5}', yearlyReset: true },
  }),
  'estimates.list': () => ({ status: 'expired', query: 'Acme', offset: 0, limit: 50 }),
  'estimates.get': ({ sentEstimate }) => ({ id: sentEstimate }),
  'estimates.create': ({ company, contact, deal, template, catalogItem, taxRate }) => ({
    companyId: company,
    contactIds: [contact],
    dealId: deal,
    templateId: template,
    issueDate: '2026-11-20',
    validUntil: '2026-12-20',
    currency: 'EUR',
    priceMode: 'net',
    rounding: 'half-up',
    discountPercent: '5',
    discountMinor: null,
    notes: 'Valid for thirty days.',
    terms: 'Half up front.',
    footer: 'Ada Consulting',
    lines: [
      {
        catalogItemId: catalogItem,
        description: 'Strategy workshop',
        quantity: '2',
        unit: 'hour',
        unitPriceMinor: 15_000,
        discountPercent: null,
        discountMinor: 1_000,
        taxRateId: taxRate,
      },
    ],
  }),
  'estimates.update': ({ draftEstimate }) => ({
    id: draftEstimate,
    changes: { validUntil: '2026-12-31', notes: 'Travel included.' },
  }),
  'estimates.delete': ({ draftEstimate }) => ({ id: draftEstimate }),
  'estimates.send': ({ draftEstimate }) => ({ id: draftEstimate }),
  'estimates.approve': ({ sentEstimate }) => ({ id: sentEstimate, by: 'Ada Lovelace' }),
  'estimates.decline': ({ sentEstimate }) => ({ id: sentEstimate, by: 'Ada Lovelace' }),
  'estimates.convert': ({ approvedEstimate }) => ({ id: approvedEstimate }),
  'estimates.document': ({ sentEstimate }) => ({ id: sentEstimate }),
  'estimates.exportPdf': ({ sentEstimate }) => ({ id: sentEstimate }),
  'schedules.list': ({ account }) => ({ accountId: account }),
  'schedules.get': ({ schedule }) => ({ id: schedule }),
  'schedules.create': ({ account, taxRate }) => ({
    accountId: account,
    name: 'Retainer',
    unit: 'month',
    interval: 1,
    dayOfMonth: 31,
    startDate: '2026-11-01',
    endDate: '2027-10-31',
    currency: 'EUR',
    paymentTerms: 'net',
    termsDays: 14,
    lines: [{ description: 'Monthly retainer', quantity: '1', unitPriceMinor: 200_000, taxRateId: taxRate }],
    autoIssue: true,
  }),
  'schedules.update': ({ schedule }) => ({
    id: schedule,
    changes: { name: 'Support retainer', interval: 3 },
  }),
  'schedules.pause': ({ schedule }) => ({ id: schedule }),
  'schedules.resume': ({ schedule }) => ({ id: schedule }),
  'schedules.end': ({ schedule }) => ({ id: schedule }),
  'schedules.runNow': () => ({}),
  'creditNotes.issue': ({ overdueInvoice }) => ({
    invoiceId: overdueInvoice,
    amountMinor: 1_000,
    reason: 'Late delivery',
    outcome: 'reduce',
  }),
  'creditNotes.list': ({ account }) => ({ accountId: account }),
  'creditNotes.creditable': ({ overdueInvoice }) => ({ invoiceId: overdueInvoice }),
  'creditNotes.availableCredit': ({ account }) => ({ accountId: account, currency: 'EUR' }),
  'creditNotes.applyCredit': ({ openAccountInvoice }) => ({
    invoiceId: openAccountInvoice,
    amountMinor: 500,
  }),
  'email.settings': () => ({}),
  'email.updateSettings': () => ({
    fromName: 'Ada Consulting',
    fromAddress: 'ada@example.com',
    smtpHost: 'smtp.example.com',
    smtpPort: 587,
    smtpSecurity: 'starttls',
    smtpUsername: 'ada@example.com',
    password: 'correct horse battery staple',
  }),
  'email.testConnection': () => ({}),
  'reminders.settings': () => ({}),
  'reminders.updateSettings': ({ taxRate }) => ({
    steps: [
      { offsetDays: -3, escalate: false },
      { offsetDays: 10, escalate: true },
    ],
    lateFees: {
      enabled: true,
      mode: 'own_invoice',
      amount: { kind: 'fixed', amounts: [{ currency: 'EUR', amountMinor: 4_000 }] },
      afterDays: 30,
      taxRateId: taxRate,
      description: 'Late payment fee',
    },
  }),
  'reminders.forInvoice': ({ overdueInvoice }) => ({ invoiceId: overdueInvoice }),
  'reminders.runNow': () => ({}),
  'outbox.compose': ({ overdueInvoice }) => ({ kind: 'invoice', invoiceId: overdueInvoice }),
  'outbox.get': ({ draftEmail }) => ({ id: draftEmail }),
  'outbox.update': ({ draftEmail }) => ({
    id: draftEmail,
    to: [{ name: 'Ada Lovelace', address: 'ada@example.com' }],
    cc: [],
    subject: 'Your invoice',
    body: 'Hello Ada,\n\nplease find it attached.',
  }),
  'outbox.discard': ({ draftEmail }) => ({ id: draftEmail }),
  'outbox.send': ({ draftEmail }) => ({ id: draftEmail }),
  'outbox.sendMany': ({ draftEmail, queuedEmail }) => ({ ids: [draftEmail, queuedEmail] }),
  'outbox.exportEml': ({ draftEmail }) => ({ id: draftEmail }),
  'outbox.list': () => ({ status: 'queued' }),
  'outbox.retry': ({ failedEmail }) => ({ id: failedEmail }),
  'outbox.cancel': ({ queuedEmail }) => ({ id: queuedEmail }),
  'emailTemplates.list': () => ({}),
  'emailTemplates.update': () => ({
    kind: 'invoice',
    subject: 'Invoice {{invoice.number}}',
    body: 'Hello {{client.first_name}}, {{invoice.total}} is due on {{invoice.due_date}}.',
  }),
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

/** A draft, an overdue issued invoice, and a paid one's payment, for the invoice channels' examples. */
const exampleInvoices = async (app: TestApp, companyId: number, taxRateId: number) => {
  await app.call('profile.update', { legalName: 'Ada Consulting' });
  const lines = [{ description: 'Audit', quantity: '1', unitPriceMinor: 100_000, taxRateId }];
  const draft = await app.call('invoices.create', { companyId, lines });
  const overdue = await app.call('invoices.create', { companyId, lines, issueDate: '2026-10-01' });
  await app.call('invoices.issue', { id: overdue.id });
  const paid = await app.call('invoices.create', { companyId, lines });
  await app.call('invoices.issue', { id: paid.id });
  const withPayment = await app.call('invoices.recordPayment', {
    invoiceId: paid.id,
    paidOn: '2026-11-20',
    amountMinor: 10_000,
    method: 'bank_transfer',
  });
  const series = await app.call('numbering.list', {});
  return {
    draftInvoice: draft.id,
    overdueInvoice: overdue.id,
    payment: withPayment.payments[0]?.id ?? 0,
    numberSeries: series.find((one) => one.documentKind === 'invoice')?.id ?? 0,
  };
};

/** A draft, a sent and an approved estimate, for the estimate channels' examples. */
const exampleEstimates = async (app: TestApp, companyId: number, taxRateId: number) => {
  const lines = [{ description: 'Discovery', quantity: '1', unitPriceMinor: 50_000, taxRateId }];
  const draft = await app.call('estimates.create', { companyId, lines });
  const sent = await app.call('estimates.create', { companyId, lines });
  await app.call('estimates.send', { id: sent.id });
  const approved = await app.call('estimates.create', { companyId, lines });
  await app.call('estimates.send', { id: approved.id });
  await app.call('estimates.approve', { id: approved.id });
  return { draftEstimate: draft.id, sentEstimate: sent.id, approvedEstimate: approved.id };
};

/** An account that holds credit (a paid invoice credited and kept) and has an open invoice to apply it to. */
const exampleCredit = async (app: TestApp, accountId: number, taxRateId: number) => {
  const lines = [{ description: 'Retainer', quantity: '1', unitPriceMinor: 10_000, taxRateId }];
  const [paid, open] = [
    await app.call('invoices.createFromAccount', { accountId }),
    await app.call('invoices.createFromAccount', { accountId }),
  ];
  for (const draft of [paid, open]) {
    await app.call('invoices.update', { id: draft.id, changes: { lines } });
    await app.call('invoices.issue', { id: draft.id });
  }
  await app.call('invoices.recordPayment', {
    invoiceId: paid.id,
    paidOn: '2026-11-20',
    amountMinor: 10_700,
    method: 'card',
  });
  await app.call('creditNotes.issue', {
    invoiceId: paid.id,
    amountMinor: 1_000,
    reason: 'Goodwill',
    outcome: 'credit',
  });
  return { openAccountInvoice: open.id };
};

/** A draft email about an issued invoice, a queued one and one the delivery worker gave up on. */
const exampleEmails = async (app: TestApp) => {
  const db = app.workspace.sqlite;
  const invoiceId = db
    .prepare(`SELECT min(id) FROM invoices WHERE status = 'issued'`)
    .pluck()
    .get() as number;
  const estimateIds = db
    .prepare(`SELECT id FROM estimates WHERE status IN ('sent', 'approved') ORDER BY id`)
    .pluck()
    .all() as number[];
  const to = [{ name: 'Ada', address: 'ada@example.com' }];
  const draft = async (input: ChannelInput<'outbox.compose'>) => {
    const { id, subject, body } = await app.call('outbox.compose', input);
    await app.call('outbox.update', { id, to, cc: [], subject, body });
    return id;
  };
  const [queued, failed] = await Promise.all(
    estimateIds.map((estimateId) => draft({ kind: 'estimate', estimateId })),
  );
  for (const id of [queued ?? 0, failed ?? 0]) await app.call('outbox.send', { id });
  db.prepare(`UPDATE outbox_messages SET status = 'failed' WHERE id = ?`).run(failed);
  return {
    draftEmail: await draft({ kind: 'invoice', invoiceId }),
    queuedEmail: queued ?? 0,
    failedEmail: failed ?? 0,
  };
};

describe.each(channelNames)('channel %s', (channel) => {
  const setUp = async () => {
    const app = await startTestApp();
    const company = await app.call('companies.create', { name: 'Acme' });
    const contact = await app.call('contacts.create', { firstName: 'Ada', companyId: company.id });
    const list = await app.call('lists.create', { name: 'Clients', recordKind: 'contacts' });
    const lead = await app.call('leads.create', { firstName: 'Grace', companyName: 'Navy Labs' });
    const deal = await app.call('deals.create', {
      title: 'Website',
      companyId: company.id,
      contactIds: [contact.id],
    });
    const wonDeal = await app.call('deals.create', { title: 'Audit', companyId: company.id });
    const won = await app.call('deals.win', { id: wonDeal.id });
    const activity = await app.call('activities.create', { kind: 'note', contactId: contact.id });
    const task = await app.call('activities.create', { kind: 'task', subject: 'Send deck', dealId: deal.id });
    const rates = await app.call('taxRates.list', { archived: 'active' });
    const taxRate = rates.find((rate) => rate.name === 'VAT 7%')?.id ?? 0;
    const catalogItem = await app.call('catalog.create', {
      name: 'Strategy workshop',
      unitType: 'hour',
      unitPriceMinor: 15_000,
      currency: 'EUR',
    });
    const template = await app.call('invoiceTemplates.create', { name: 'Plain' });
    const ids = {
      contact: contact.id,
      company: company.id,
      list: list.id,
      lead: lead.id,
      deal: deal.id,
      wonDeal: wonDeal.id,
      account: won.accountId ?? 0,
      activity: activity.id,
      task: task.id,
      pipeline: deal.pipelineId,
      stage: deal.stageId,
      taxRate,
      catalogItem: catalogItem.id,
      template: template.id,
      ...(await exampleInvoices(app, company.id, taxRate)),
      ...(await exampleEstimates(app, company.id, taxRate)),
      schedule: (
        await app.call('schedules.create', { dealId: wonDeal.id, startDate: '2026-12-01', unit: 'week' })
      ).id,
      ...(await exampleCredit(app, won.accountId ?? 0, taxRate)),
      ...(await exampleEmails(app)),
    };

    const example = validExamples[channel](ids) as {
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
