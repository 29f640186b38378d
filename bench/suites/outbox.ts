import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { SMTPServer } from 'smtp-server';
import type { OutboxMessage } from '../../shared/outbox';
import type { Suite } from '../context';
import { recordLatency } from '../figures';
import { call, timeEach } from '../timing';

const messages = 200;
const warmUp = 10;
const queueGoalMs = 50;

/** A local relay that accepts everything and counts what it received. */
const startRelay = async () => {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    // The relay's own reverse DNS lookup of 127.0.0.1 is not ours to measure.
    disableReverseLookup: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData: (stream, _session, callback) => {
      stream.resume();
      stream.on('end', () => {
        received += 1;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.server.address() as AddressInfo).port,
    received: () => received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

/**
 * Emailing invoices: composing and queueing one (the PDF rendered and kept, a durable write), the .eml
 * "Open in mail app" builds, and delivering the queue to a local SMTP relay.
 */
export const outboxSuite: Suite = {
  name: 'outbox',
  run: async ({ app, figures, progress }) => {
    progress(`issuing ${messages} invoices to a customer with an email address`);
    await call(app, 'profile.update', {
      legalName: 'Zoë Łukasz-Müller Consulting',
      email: 'zoe@example.com',
    });
    const company = (await call(app, 'companies.create', { name: 'Ærøskøbing Design ApS' })) as {
      id: number;
    };
    const contact = (await call(app, 'contacts.create', {
      firstName: 'Đặng',
      lastName: 'Văn',
      companyId: company.id,
      emails: ['dang@aeroskobing.example'],
    })) as { id: number };
    const rates = (await call(app, 'taxRates.list', {})) as { id: number; isDefault: boolean }[];
    const taxRateId = rates.find((rate) => rate.isDefault)?.id;
    const invoiceIds: number[] = [];
    for (let index = 0; index < messages; index++) {
      const draft = (await call(app, 'invoices.create', {
        companyId: company.id,
        contactIds: [contact.id],
        lines: [{ description: `Workshop ${index + 1}`, quantity: '1', unitPriceMinor: 100_000, taxRateId }],
      })) as { id: number };
      invoiceIds.push(((await call(app, 'invoices.issue', { id: draft.id })) as { id: number }).id);
    }

    const outboxIds: number[] = [];
    const queueSamples = await timeEach(
      invoiceIds,
      async (invoiceId) => {
        const draft = (await call(app, 'outbox.compose', { kind: 'invoice', invoiceId })) as OutboxMessage;
        await call(app, 'outbox.send', { id: draft.id });
        outboxIds.push(draft.id);
      },
      warmUp,
    );
    recordLatency(figures, 'outbox.compose-and-queue', queueSamples, {
      goal: queueGoalMs,
      note: (count) => `compose from the template, render the PDF, queue durably; ${count} invoices`,
    });
    const emlSamples = await timeEach(outboxIds, (id) => call(app, 'outbox.exportEml', { id }), warmUp);
    recordLatency(figures, 'outbox.eml', emlSamples, {
      note: (count) => `"Open in mail app": MIME with the PDF, built by nodemailer; ${count} messages`,
    });

    progress(`delivering ${outboxIds.length} queued emails to a local SMTP relay`);
    const relay = await startRelay();
    try {
      const started = performance.now();
      await call(app, 'email.updateSettings', {
        fromName: 'Zoë',
        fromAddress: 'zoe@example.com',
        smtpHost: '127.0.0.1',
        smtpPort: relay.port,
        smtpSecurity: 'none',
        smtpUsername: '',
      });
      // Saving the settings wakes the worker, which sends everything due before it is idle again.
      await app.outboxIdle();
      if (relay.received() !== outboxIds.length)
        throw new Error(`The relay received ${relay.received()} of ${outboxIds.length} emails`);
      const elapsed = performance.now() - started;
      figures.record({
        name: 'outbox.delivery.per-message',
        value: elapsed / outboxIds.length,
        unit: 'ms',
        goal: null,
        note: `${outboxIds.length} messages with their PDFs over one SMTP connection to 127.0.0.1, in ${elapsed.toFixed(0)} ms`,
      });
    } finally {
      await relay.close();
    }
  },
};
