import type { ScoringRuleInput } from '../../shared/scoring';
import type { BenchContext, Suite } from '../context';
import { median } from '../stats';
import { call, timeEach } from '../timing';

const runs = 7;
const rescoreGoalMs = 1000;

/** The default rules, and the same with other points, so each save changes most leads' scores. */
const ruleSets = async (ctx: BenchContext): Promise<{ rules: ScoringRuleInput[] }[]> => {
  const current = (await call(ctx.app, 'scoring.rules', {})) as ScoringRuleInput[];
  const rules = current.map(({ attribute, value, points, enabled }) => ({
    attribute,
    value,
    points,
    enabled,
  }));
  return [{ rules: rules.map((rule) => ({ ...rule, points: rule.points + 1 })) }, { rules }];
};

/** Rescoring every seeded lead: saving the rules (load, score, write) and an explicit recompute. */
export const leadScoringSuite: Suite = {
  name: 'lead scoring',
  run: async (ctx) => {
    const sets = await ruleSets(ctx);
    const saves = Array.from({ length: runs + 1 }, (_, i) => sets[i % 2]);
    const saveSamples = await timeEach(saves, (input) => call(ctx.app, 'scoring.saveRules', input), 1);
    const recomputeSamples = await timeEach(
      Array.from({ length: runs + 1 }, () => ({})),
      (input) => call(ctx.app, 'scoring.recompute', input),
      1,
    );
    const note = `${ctx.seeded.leads} leads, ${ctx.seeded.activities} activities, median of ${runs}`;
    ctx.figures.record({
      name: 'scoring.saveRules.median',
      value: median(saveSamples),
      unit: 'ms',
      goal: rescoreGoalMs,
      note: `${note}; rescores and rewrites every lead`,
    });
    ctx.figures.record({
      name: 'scoring.recompute.median',
      value: median(recomputeSamples),
      unit: 'ms',
      goal: rescoreGoalMs,
      note: `${note}; nothing changed, nothing written`,
    });
  },
};
