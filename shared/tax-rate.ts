import { z } from 'zod';
import { divide, parseDecimal, type Ratio, ratio, ZERO } from './exact';

export const percentOf = (percent: string): Ratio => divide(parseDecimal(percent), ratio(100n));

/** A percentage kept as exact text ("19", "9.975"). */
export const percentText = z
  .string()
  .trim()
  .regex(/^\d{1,3}(\.\d{1,6})?$/, { message: 'Use a percentage such as 19 or 9.975', abort: true })
  .refine((text) => parseDecimal(text).n <= parseDecimal(text).d * 100n, 'At most 100%');

export const taxRate = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  rate: percentText,
  /** Applied on the net plus the taxes listed before it (Quebec QST before 2013). */
  compound: z.boolean().optional(),
  kind: z.enum(['standard', 'exempt', 'reverse_charge']).optional(),
  /** The legal wording printed with an exempt or reverse-charge amount. */
  note: z.string().optional(),
});
export type TaxRate = z.infer<typeof taxRate>;

/** Exempt and reverse-charge rates charge nothing, whatever rate text they carry. */
export const effectiveRate = (rate: TaxRate): Ratio =>
  rate.kind === 'exempt' || rate.kind === 'reverse_charge' ? ZERO : percentOf(rate.rate);
