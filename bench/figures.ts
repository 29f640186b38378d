import { summarize } from './stats';

export type Unit = 'ms' | 'MB' | 'count';

export interface Figure {
  /** Stable key, used in the JSON so runs can be compared over time. */
  name: string;
  value: number;
  unit: Unit;
  /** Lower is better; null where no goal is set. */
  goal: number | null;
  note?: string;
}

export interface Figures {
  record: (figure: Figure) => void;
  all: () => readonly Figure[];
}

export const createFigures = (): Figures => {
  const figures: Figure[] = [];
  return {
    record: (figure) => {
      if (figures.some((known) => known.name === figure.name)) throw new Error(`Figure ${figure.name} twice`);
      figures.push(figure);
    },
    all: () => figures,
  };
};

/** A latency as two figures, `<name>.p50` and `<name>.p95`; a goal applies to the p95. */
export const recordLatency = (
  figures: Figures,
  name: string,
  samples: readonly number[],
  { goal = null, note }: { goal?: number | null; note: (count: number) => string },
) => {
  const { p50, p95, count } = summarize(samples);
  figures.record({ name: `${name}.p50`, value: p50, unit: 'ms', goal: null, note: note(count) });
  figures.record({ name: `${name}.p95`, value: p95, unit: 'ms', goal, note: note(count) });
};

const rounded = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(2));

const statusOf = ({ value, goal }: Figure) => (goal === null ? '' : value <= goal ? 'ok' : 'MISSED');

export const formatTable = (figures: readonly Figure[]): string => {
  const rows = [
    ['figure', 'value', 'unit', 'goal', 'status', 'note'],
    ...figures.map((figure) => [
      figure.name,
      rounded(figure.value),
      figure.unit,
      figure.goal === null ? '-' : `<= ${figure.goal}`,
      statusOf(figure),
      figure.note ?? '',
    ]),
  ];
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  const line = (row: string[]) =>
    row
      .map((cell, column) =>
        column === 1 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const [header = [], ...body] = rows;
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...body.map(line)].join('\n');
};

/** `{"<figure>": {"value": n, "unit": "ms", "goal": n | null}}`, values rounded to microseconds. */
export const toJson = (figures: readonly Figure[]) =>
  Object.fromEntries(
    figures.map((figure) => [
      figure.name,
      { value: Math.round(figure.value * 1000) / 1000, unit: figure.unit, goal: figure.goal },
    ]),
  );
