import type { InvoiceStatus } from '../../shared/invoices';
import { dayMs } from './fake-parts';
import type { Random } from './random';
import type { PlannedDeal } from './seed-deals';

export interface FakeInvoiceLine {
  description: string;
  quantity: string;
  unitPriceMinor: number;
}

export interface FakePayment {
  paidMs: number;
  /** Percent of the total, so the amount is exact once the total is known. */
  percent: number;
  method: 'bank_transfer' | 'card' | 'cash' | 'other';
}

export interface FakeInvoice {
  deal: PlannedDeal;
  issueMs: number;
  termsDays: number;
  status: Exclude<InvoiceStatus, 'partially_paid' | 'paid'>;
  lines: FakeInvoiceLine[];
  /** Which of the workspace's rates applies: mostly the default one. */
  rate: 'default' | 'reduced' | 'reverse_charge';
  payments: FakePayment[];
}

const methods = ['bank_transfer', 'bank_transfer', 'bank_transfer', 'card', 'cash', 'other'] as const;

/** A won deal is billed in one go, or in instalments that add up to its value. */
const linesOf = (random: Random, deal: PlannedDeal): FakeInvoiceLine[] => {
  if (deal.lineItems.length > 0 && random.chance(0.7)) return deal.lineItems.map((item) => ({ ...item }));
  const instalments = random.pick([1, 2, 3, 4]);
  return [
    {
      description: instalments === 1 ? deal.title : `${deal.title}: instalment of ${instalments}`,
      quantity: '1',
      unitPriceMinor: Math.max(1, Math.floor(deal.valueMinor / instalments)),
    },
  ];
};

/** Older invoices are mostly settled; recent ones are still open; a few are late or partly paid. */
const paymentsOf = (random: Random, issueMs: number, dueMs: number, nowMs: number): FakePayment[] => {
  const ageDays = (nowMs - issueMs) / dayMs;
  const roll = random.next();
  const paidShare = ageDays > 120 ? 0.97 : nowMs > dueMs ? 0.78 : 0.3;
  const payAt = (latestMs: number) => issueMs + Math.floor(random.next() * Math.max(1, latestMs - issueMs));
  const method = random.pick(methods);
  if (roll < paidShare) return [{ paidMs: payAt(Math.min(nowMs, dueMs + 20 * dayMs)), percent: 100, method }];
  if (roll < paidShare + 0.1) return [{ paidMs: payAt(nowMs), percent: random.int(20, 70), method }];
  return [];
};

export const fakeInvoice = (random: Random, deal: PlannedDeal, nowMs: number): FakeInvoice => {
  const fromMs = deal.closedMs ?? nowMs;
  const issueMs = fromMs + Math.floor(random.next() * Math.max(1, nowMs - fromMs));
  const termsDays = random.pick([14, 14, 30, 30, 7]);
  const dueMs = issueMs + termsDays * dayMs;
  const recent = nowMs - issueMs < 10 * dayMs;
  const status = recent && random.chance(0.3) ? 'draft' : random.chance(0.02) ? 'void' : 'issued';
  const rateRoll = random.next();
  return {
    deal,
    issueMs,
    termsDays,
    status,
    lines: linesOf(random, deal),
    rate: rateRoll < 0.85 ? 'default' : rateRoll < 0.95 ? 'reverse_charge' : 'reduced',
    payments: status === 'issued' ? paymentsOf(random, issueMs, dueMs, nowMs) : [],
  };
};
