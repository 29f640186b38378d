/**
 * Test-only child process for crash.test.ts and concurrent-issue.test.ts: issues invoices (and, in
 * `loop` mode, records and deletes payments) on a real workspace, printing one line per step only after
 * the call has returned, i.e. once the app would have told the user it happened.
 *
 *   crash-worker <dataDir> <loop|issue> <seed> [count]
 *
 * In `issue` mode it waits for a line on stdin after "ready", so several workers can start together.
 */
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/ipc/contract';
import { startApp } from '../app';
import { createRandom } from '../seed/random';
import { defaultTaxRateId } from '../tax-rates/tax-rates.queries';

const [dataDir = '', mode = 'loop', seed = '1', count = 'Infinity'] = process.argv.slice(2);
const random = createRandom(Number(seed), 'crash-worker');
const app = await startApp({ dataDir, log: (error) => console.error(error) });

const call = async <K extends ChannelName>(channel: K, input: ChannelInput<K>): Promise<ChannelOutput<K>> => {
  const result = await app.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}: ${result.error.message}`);
  return result.value as ChannelOutput<K>;
};
const say = (line: string) => process.stdout.write(`${line}\n`);

const company = await app.workspace.db
  .selectFrom('companies')
  .select('id')
  .orderBy('id')
  .executeTakeFirstOrThrow();
const taxRateId = (await defaultTaxRateId(app.workspace.db)) as number;
say('ready');
if (mode === 'issue') {
  await once(process.stdin, 'data');
  process.stdin.destroy();
}

for (let n = 0; n < Number(count); n++) {
  const draft = await call('invoices.create', {
    companyId: company.id,
    lines: [
      {
        description: `Crash test ${seed}/${n}`,
        quantity: String(random.int(1, 5)),
        unitPriceMinor: random.int(100, 100_000),
        taxRateId,
      },
    ],
  });
  const issued = await call('invoices.issue', { id: draft.id });
  say(`issued ${issued.id} ${issued.number}`);
  if (mode !== 'loop') {
    // A pause between issues, as between a person's clicks: SQLite's busy wait is not fair, and a writer
    // that never pauses can keep the lock until it is done, so the other would never get a turn in between.
    await sleep(random.int(0, 6));
    continue;
  }
  const amountMinor = random.int(1, issued.balanceMinor);
  const paid = await call('invoices.recordPayment', {
    invoiceId: issued.id,
    paidOn: issued.issueDate,
    amountMinor,
    method: 'bank_transfer',
  });
  const paymentId = paid.payments.at(-1)?.id as number;
  say(`paid ${issued.id} ${paymentId} ${amountMinor}`);
  if (random.chance(0.3)) {
    await call('invoices.deletePayment', { paymentId, reason: 'Crash test' });
    say(`unpaid ${issued.id} ${paymentId}`);
  }
}
await app.close();
say('done');
