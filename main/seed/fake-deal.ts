import { multiply, parseDecimal, ratio, round } from '../../shared/exact';
import { currencyExponent } from '../../shared/money';
import type { StageChangeKind } from '../db/schema';
import { dayMs, isoDay } from './fake-parts';
import {
  dealServices,
  dealSuffixes,
  lineItemExtras,
  lostReasons,
  nextSteps,
  wonReasons,
} from './funnel-vocabulary';
import { type Random, weightedPicker } from './random';

/** The default pipeline's stage ids: the open ones in board order, then the two closing ones. */
export interface FunnelStages {
  pipelineId: number;
  open: readonly number[];
  won: number;
  lost: number;
}

export interface StageStep {
  kind: Extract<StageChangeKind, 'created' | 'moved' | 'won' | 'lost'>;
  fromStageId: number | null;
  toStageId: number;
  reason: string;
  atMs: number;
}

export interface FakeLineItem {
  description: string;
  /** An exact decimal, as the app stores it. */
  quantity: string;
  unitPriceMinor: number;
}

export type DealOutcome = 'open' | 'won' | 'lost';

export interface FakeDeal {
  title: string;
  outcome: DealOutcome;
  valueMinor: number;
  currency: string;
  expectedCloseDate: string | null;
  nextStep: string;
  closeReason: string;
  closedMs: number | null;
  /** The deal's history, oldest first: 'created', some 'moved', then 'won' or 'lost' if it closed. */
  steps: StageStep[];
  lineItems: FakeLineItem[];
  updatedMs: number;
  archivedMs: number | null;
}

/** Mostly euros; roughly how many units of each buy one euro, so amounts look like local prices. */
const currencies = [
  { code: 'EUR', weight: 70, perEuro: 1 },
  { code: 'USD', weight: 12, perEuro: 1.1 },
  { code: 'GBP', weight: 8, perEuro: 0.85 },
  { code: 'CHF', weight: 5, perEuro: 0.95 },
  { code: 'SEK', weight: 3, perEuro: 11 },
  { code: 'JPY', weight: 2, perEuro: 160 },
];
const pickCurrency = weightedPicker(currencies, (currency) => currency.weight);

/** Project sizes a solo consultant quotes, in euros: many small jobs, a few large engagements. */
const sizes = [
  { weight: 40, min: 800, max: 5_000 },
  { weight: 40, min: 5_000, max: 25_000 },
  { weight: 17, min: 25_000, max: 80_000 },
  { weight: 3, min: 80_000, max: 250_000 },
];
const pickSize = weightedPicker(sizes, (size) => size.weight);

/** Three significant digits, as prices are quoted: 4,850 or 163,000, never 4,857.31. */
const roundPrice = (amount: number) => {
  const step = 10 ** Math.max(0, Math.floor(Math.log10(Math.max(amount, 1))) - 2);
  return Math.max(step, Math.round(amount / step) * step);
};

type Currency = (typeof currencies)[number];

const toMinor = (currency: Currency, euros: number) =>
  roundPrice(euros * currency.perEuro) * 10 ** currencyExponent(currency.code);

/** Consulting days at a day rate, sometimes with extras; the deal's value is their sum. */
const fakeLineItems = (random: Random, currency: Currency): FakeLineItem[] => {
  const dayRate = toMinor(currency, random.int(16, 32) * 50);
  const halfDays = dayRate % 2 === 0 ? random.int(3, 60) : random.int(2, 30) * 2;
  const items = [{ description: 'Consulting days', quantity: String(halfDays / 2), unitPriceMinor: dayRate }];
  const extras = random.int(0, 2);
  for (let i = 0; i < extras; i++) {
    items.push({
      description: random.pick(lineItemExtras),
      quantity: '1',
      unitPriceMinor: toMinor(currency, random.int(300, 4_000)),
    });
  }
  return items;
};

const quotedValue = (random: Random, currency: Currency) => {
  const size = pickSize(random);
  return toMinor(currency, random.int(size.min, size.max));
};

const lineItemsTotal = (items: readonly FakeLineItem[]) =>
  items.reduce(
    (sum, item) =>
      sum +
      Number(round(multiply(parseDecimal(item.quantity), ratio(BigInt(item.unitPriceMinor))), 'half-up')),
    0,
  );

/** Later stages are reached by fewer deals, as a funnel narrows. */
const narrowingIndex = (random: Random, count: number) =>
  weightedPicker(
    Array.from({ length: count }, (_, i) => i),
    (i) => count - i,
  )(random);

interface Closing {
  outcome: DealOutcome;
  closedMs: number | null;
}

/** Older deals have more often closed; one that never closed sits in the pipeline as a stale deal. */
const closingOf = (random: Random, createdMs: number, nowMs: number, canWin: boolean): Closing => {
  const ageDays = Math.floor((nowMs - createdMs) / dayMs);
  if (ageDays < 5 || !random.chance(0.55 * Math.min(1, ageDays / 365))) {
    return { outcome: 'open', closedMs: null };
  }
  const cycleDays = random.int(5, Math.min(ageDays, 240));
  const closedMs = Math.min(nowMs, createdMs + cycleDays * dayMs + random.int(0, dayMs - 1));
  return { outcome: canWin && random.chance(0.55) ? 'won' : 'lost', closedMs };
};

/** How far along the open stages the deal got before it closed, or where it stands now. */
const furthestStage = (random: Random, outcome: DealOutcome, openCount: number) => {
  if (outcome !== 'won') return narrowingIndex(random, openCount);
  const roll = random.next();
  if (roll < 0.65) return openCount - 1;
  if (roll < 0.9) return Math.max(0, openCount - 2);
  return random.int(0, openCount - 1);
};

const pathOf = (
  random: Random,
  stages: FunnelStages,
  { outcome, closedMs }: Closing,
  createdMs: number,
  nowMs: number,
): StageStep[] => {
  const furthest = furthestStage(random, outcome, stages.open.length);
  const start = random.chance(0.85) ? 0 : Math.min(1, furthest);
  const visited = [start];
  for (let index = start + 1; index <= furthest; index++) {
    if (index === furthest || !random.chance(0.15)) visited.push(index);
  }
  // Open deals moved some time before now; closed ones moved before they closed.
  const span = ((closedMs ?? nowMs) - createdMs) * (closedMs === null ? 0.95 : 1);
  const moveTimes = visited
    .slice(1)
    .map(() => createdMs + Math.floor(random.next() * span))
    .sort((a, b) => a - b);
  const ids = visited.map((index) => stages.open[index] as number);
  const steps: StageStep[] = ids.map((toStageId, i) => ({
    kind: i === 0 ? 'created' : 'moved',
    fromStageId: i === 0 ? null : (ids[i - 1] as number),
    toStageId,
    reason: '',
    atMs: i === 0 ? createdMs : (moveTimes[i - 1] as number),
  }));
  if (outcome !== 'open' && closedMs !== null) {
    steps.push({
      kind: outcome,
      fromStageId: ids[ids.length - 1] as number,
      toStageId: outcome === 'won' ? stages.won : stages.lost,
      reason:
        outcome === 'lost' ? random.pick(lostReasons) : random.chance(0.35) ? random.pick(wonReasons) : '',
      atMs: closedMs,
    });
  }
  return steps;
};

/** Open deals expect to close over the coming year, some are overdue; closed ones expected about then. */
const expectedClose = (random: Random, { closedMs }: Closing, createdMs: number, nowMs: number) => {
  if (closedMs !== null) return isoDay(closedMs + random.int(-30, 30) * dayMs);
  const roll = random.next();
  if (roll < 0.05) return null;
  if (roll < 0.27) {
    const overdueDays = random.int(1, Math.max(1, Math.min(365, Math.floor((nowMs - createdMs) / dayMs))));
    return isoDay(nowMs - overdueDays * dayMs);
  }
  return isoDay(nowMs + (1 + Math.floor(365 * random.next() ** 1.5)) * dayMs);
};

/**
 * One deal of the default pipeline created at `createdMs`, with its whole path through the stages. The
 * caller links the company (only a deal with one can be won) and its people.
 */
export const fakeDeal = (
  random: Random,
  stages: FunnelStages,
  { createdMs, nowMs, hasCompany }: { createdMs: number; nowMs: number; hasCompany: boolean },
): FakeDeal => {
  const currency = pickCurrency(random);
  const lineItems = random.chance(0.25) ? fakeLineItems(random, currency) : [];
  const valueMinor = lineItems.length > 0 ? lineItemsTotal(lineItems) : quotedValue(random, currency);
  const closing = closingOf(random, createdMs, nowMs, hasCompany);
  const steps = pathOf(random, stages, closing, createdMs, nowMs);
  const lastChangeMs = steps[steps.length - 1]?.atMs ?? createdMs;
  const editedMs =
    closing.outcome === 'open' && random.chance(0.4)
      ? lastChangeMs + Math.floor(random.next() * (nowMs - lastChangeMs))
      : lastChangeMs;
  const archivedMs = random.chance(0.02) ? editedMs + Math.floor(random.next() * (nowMs - editedMs)) : null;
  return {
    title: `${random.pick(dealServices)}${random.pick(dealSuffixes)}`,
    outcome: closing.outcome,
    valueMinor,
    currency: currency.code,
    expectedCloseDate: expectedClose(random, closing, createdMs, nowMs),
    nextStep: closing.outcome === 'open' && random.chance(0.6) ? random.pick(nextSteps) : '',
    closeReason: closing.outcome === 'open' ? '' : (steps[steps.length - 1]?.reason ?? ''),
    closedMs: closing.closedMs,
    steps,
    lineItems,
    updatedMs: archivedMs ?? editedMs,
    archivedMs,
  };
};
