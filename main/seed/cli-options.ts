import { parseArgs } from 'node:util';

/** A command line that cannot be run as given; the message says what to change. */
export class UsageError extends Error {}

export const seedUsage = `Usage: npm run seed -- --contacts N [--companies N] [--leads N] [--deals N] [--activities N]
                         [--invoices N] [--seed N] [--now ISO-DATE] [--data-dir DIR]
  --contacts   how many contacts to add (required)
  --companies  how many companies to add (default: one per eight contacts)
  --leads      how many leads to add (default: one per four contacts)
  --deals      how many deals to add (default: three per ten contacts)
  --activities how many notes, calls, meetings, emails and tasks to add (default: three per contact)
  --invoices   how many invoices to add on won deals' accounts (default: six per hundred contacts)
  --seed       the same seed and --now give the same data (default: 1)
  --now        the end of the two years the records are spread over (default: the current time)
  --data-dir   the workspace folder; LUMENBASE_DATA_DIR is used when it is left out`;

/** Reads a flag's value as a whole number in range, or says which flag is wrong and why. */
export const wholeNumber = (flag: string, value: string, { min = 0, max = 10_000_000 } = {}) => {
  const number = /^\d+$/.test(value.replace(/_/g, '')) ? Number(value.replace(/_/g, '')) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < min || number > max) {
    throw new UsageError(`--${flag} must be a whole number from ${min} to ${max}, not "${value}"`);
  }
  return number;
};

/** node:util's parser, with its errors turned into usage errors. */
export const parseFlags = <const Names extends string>(argv: readonly string[], names: readonly Names[]) => {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: Object.fromEntries(names.map((name) => [name, { type: 'string' as const }])),
      strict: true,
      allowPositionals: false,
    });
    return values as Partial<Record<Names, string>>;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
};

const countFlags = ['companies', 'leads', 'deals', 'activities', 'invoices'] as const;

export interface SeedCommand {
  dataDir: string;
  contacts: number;
  /** Left out, each count follows from the number of contacts. */
  companies: number | undefined;
  leads: number | undefined;
  deals: number | undefined;
  activities: number | undefined;
  invoices: number | undefined;
  seed: number;
  now: Date;
}

export const readSeedCommand = (
  argv: readonly string[],
  env: Record<string, string | undefined>,
  clock: () => Date = () => new Date(),
): SeedCommand => {
  const flags = parseFlags(argv, ['contacts', ...countFlags, 'seed', 'now', 'data-dir']);
  if (flags.contacts === undefined) throw new UsageError('Say how many contacts to add with --contacts N');
  const contacts = wholeNumber('contacts', flags.contacts);
  const [companies, leads, deals, activities, invoices] = countFlags.map((flag) => {
    const value = flags[flag];
    return value === undefined ? undefined : wholeNumber(flag, value);
  });
  const seed = flags.seed === undefined ? 1 : wholeNumber('seed', flags.seed, { max: 2 ** 32 - 1 });
  const now = flags.now === undefined ? clock() : new Date(flags.now);
  if (Number.isNaN(now.getTime())) {
    throw new UsageError(`--now must be a date such as 2026-11-24T09:00:00Z, not "${flags.now}"`);
  }
  const dataDir = flags['data-dir'] ?? env.LUMENBASE_DATA_DIR;
  if (!dataDir) throw new UsageError('Say which workspace to fill with --data-dir DIR or LUMENBASE_DATA_DIR');
  return { dataDir, contacts, companies, leads, deals, activities, invoices, seed, now };
};
