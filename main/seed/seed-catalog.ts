import type { Sqlite } from '../db/connection';
import { isoAt } from './fake-parts';

/** A solo consultant's price list, in euros: what they sell by the hour, the day, the month or flat. */
const services = [
  {
    name: 'Consulting hour',
    unit: 'hour',
    price: 140_00,
    description: 'Advice by the hour, billed per started quarter hour.',
  },
  {
    name: 'Consulting day',
    unit: 'day',
    price: 1_100_00,
    description: 'A full day on site or remote, up to eight hours.',
  },
  {
    name: 'Strategy workshop',
    unit: 'day',
    price: 1_800_00,
    description: 'Half-day preparation, one workshop day and a written summary.',
  },
  {
    name: 'Discovery sprint',
    unit: 'fixed',
    price: 4_500_00,
    description: 'Two weeks of interviews, analysis and a findings report.',
  },
  {
    name: 'UX audit',
    unit: 'fixed',
    price: 3_200_00,
    description: 'Heuristic review of up to 20 screens with prioritised fixes.',
  },
  {
    name: 'Security review',
    unit: 'fixed',
    price: 5_800_00,
    description: 'Configuration and access review with a remediation plan.',
  },
  {
    name: 'Retainer',
    unit: 'month',
    price: 2_400_00,
    description: 'Up to two days a month of advice, calls and reviews.',
  },
  {
    name: 'Interim CTO',
    unit: 'month',
    price: 9_500_00,
    description: 'Three days a week of technical leadership.',
  },
  {
    name: 'Travel flat fee',
    unit: 'fixed',
    price: 250_00,
    description: 'Travel within the country, per trip.',
  },
  {
    name: 'Training seat',
    unit: 'custom',
    label: 'seat',
    price: 390_00,
    description: 'One participant in a training day.',
  },
] as const;

/** The catalog a seeded workspace starts from, unless it has one already; returns how many items it added. */
export const insertCatalog = (sqlite: Sqlite, nowMs: number): number => {
  if (sqlite.prepare('SELECT 1 FROM catalog_items LIMIT 1').get()) return 0;
  const taxRateId = sqlite.prepare('SELECT id FROM tax_rates WHERE is_default = 1').pluck().get() as
    | number
    | undefined;
  const insert = sqlite.prepare(
    `INSERT INTO catalog_items (name, description, unit_type, unit_label, unit_price_minor, currency, tax_rate_id, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 'EUR', ?, ?, ?)`,
  );
  const at = isoAt(nowMs);
  for (const item of services) {
    const label = 'label' in item ? item.label : '';
    insert.run(item.name, item.description, item.unit, label, item.price, taxRateId ?? null, at, at);
  }
  return services.length;
};
