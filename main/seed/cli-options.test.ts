import { describe, expect, it } from 'vitest';
import { readSeedCommand } from './cli-options';

const clock = () => new Date('2026-11-24T09:00:00.000Z');
const read = (argv: string[], env: Record<string, string> = {}) => readSeedCommand(argv, env, clock);

describe('the seed command line', () => {
  it('reads counts, seed, clock and folder, with defaults for what is left out', () => {
    expect(read(['--contacts', '100_000', '--data-dir', '/tmp/ws'])).toEqual({
      dataDir: '/tmp/ws',
      contacts: 100_000,
      companies: undefined,
      leads: undefined,
      deals: undefined,
      activities: undefined,
      seed: 1,
      now: clock(),
    });
    expect(
      read(
        [
          '--contacts=10',
          '--companies=3',
          '--leads=4',
          '--deals=5',
          '--activities=0',
          '--seed=7',
          '--now=2025-01-01T00:00:00Z',
        ],
        {
          LUMENBASE_DATA_DIR: '/env',
        },
      ),
    ).toEqual({
      dataDir: '/env',
      contacts: 10,
      companies: 3,
      leads: 4,
      deals: 5,
      activities: 0,
      seed: 7,
      now: new Date('2025-01-01T00:00:00Z'),
    });
  });

  it('says which flag is wrong and how to fix it', () => {
    expect(() => read(['--contacts', 'many', '--data-dir', 'x'])).toThrow(
      /--contacts must be a whole number/,
    );
    expect(() => read(['--contacts', '-5', '--data-dir', 'x'])).toThrow(/--contacts/);
    expect(() => read(['--contacts', '5', '--deals', 'lots', '--data-dir', 'x'])).toThrow(
      /--deals must be a whole number/,
    );
    expect(() => read(['--contacts', '5', '--data-dir', 'x', '--colour', 'red'])).toThrow(
      /Unknown option '--colour'/,
    );
    expect(() => read(['--contacts', '5', '--data-dir', 'x', '--now', 'yesterday'])).toThrow(
      /--now must be a date/,
    );
    expect(() => read(['--data-dir', 'x'])).toThrow(/--contacts N/);
    expect(() => read(['--contacts', '5'])).toThrow(/--data-dir DIR or LUMENBASE_DATA_DIR/);
  });
});
