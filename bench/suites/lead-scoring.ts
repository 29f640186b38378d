import type { Sqlite } from '../../main/db/connection';
import { batchInsert } from '../../main/seed/batch-insert';
import { createRandom, type Random } from '../../main/seed/random';
import type { ScoringRuleInput } from '../../shared/scoring';
import type { Suite } from '../context';
import { median } from '../stats';
import { call, timeEach } from '../timing';

const leads = 50_000;
const activities = 100_000;
const runs = 7;
const rescoreGoalMs = 1000;

const titles = [
  'Founder',
  'Co-founder & CEO',
  'Head of Marketing',
  'Directrice financière',
  'Engineer',
  'Office manager',
  '',
];
const sources = ['referral', 'website', 'linkedin', 'event', 'cold outreach', ''];
const kinds = ['note', 'call', 'meeting', 'email', 'task'] as const;

interface LeadRow {
  first_name: string;
  title: string;
  source: string;
  contact_id: number | null;
  company_id: number | null;
  created_at: string;
  updated_at: string;
}

interface ActivityRow {
  kind: string;
  direction: string | null;
  occurred_at: string;
  lead_id: number | null;
  contact_id: number | null;
  created_at: string;
  updated_at: string;
}

/** Leads, about half linked to seeded contacts, and activities on the leads and on those contacts. */
const insertFunnel = (sqlite: Sqlite, random: Random, now: Date) => {
  const maxContact = sqlite.prepare('SELECT max(id) FROM contacts').pluck().get() as number;
  const maxCompany = sqlite.prepare('SELECT max(id) FROM companies').pluck().get() as number;
  const firstLead = ((sqlite.prepare('SELECT max(id) FROM leads').pluck().get() as number | null) ?? 0) + 1;
  const stamp = now.toISOString();
  const leadRows = batchInsert<LeadRow>(sqlite, 'leads', [
    'first_name',
    'title',
    'source',
    'contact_id',
    'company_id',
    'created_at',
    'updated_at',
  ]);
  const activityRows = batchInsert<ActivityRow>(sqlite, 'activities', [
    'kind',
    'direction',
    'occurred_at',
    'lead_id',
    'contact_id',
    'created_at',
    'updated_at',
  ]);
  const linkedContacts: number[] = [];
  sqlite.transaction(() => {
    for (let i = 0; i < leads; i++) {
      const contact = random.chance(0.5) ? random.int(1, maxContact) : null;
      if (contact !== null) linkedContacts.push(contact);
      leadRows.add({
        first_name: `Lead ${i + 1}`,
        title: random.pick(titles),
        source: random.pick(sources),
        contact_id: contact,
        company_id: random.chance(0.3) ? random.int(1, maxCompany) : null,
        created_at: stamp,
        updated_at: stamp,
      });
    }
    leadRows.flush();
    for (let i = 0; i < activities; i++) {
      const kind = random.pick(kinds);
      const onLead = random.chance(0.5);
      activityRows.add({
        kind,
        direction: kind === 'email' ? random.pick(['inbound', 'outbound']) : null,
        occurred_at: new Date(now.getTime() - random.int(0, 90 * 24) * 3_600_000).toISOString(),
        lead_id: onLead ? random.int(firstLead, firstLead + leads - 1) : null,
        contact_id: onLead ? null : random.pick(linkedContacts),
        created_at: stamp,
        updated_at: stamp,
      });
    }
    activityRows.flush();
  })();
};

/** The default rules, and the same with other points, so each save changes most leads' scores. */
const ruleSets = async (ctx: Parameters<Suite['run']>[0]): Promise<{ rules: ScoringRuleInput[] }[]> => {
  const current = (await call(ctx.app, 'scoring.rules', {})) as ScoringRuleInput[];
  const rules = current.map(({ attribute, value, points, enabled }) => ({
    attribute,
    value,
    points,
    enabled,
  }));
  return [{ rules: rules.map((rule) => ({ ...rule, points: rule.points + 1 })) }, { rules }];
};

/** Rescoring every lead: saving the rules (load, score, write) and an explicit recompute. */
export const leadScoringSuite: Suite = {
  name: 'lead scoring',
  run: async (ctx) => {
    insertFunnel(ctx.app.workspace.sqlite, createRandom(7, 'bench-scoring'), new Date());
    const sets = await ruleSets(ctx);
    const saves = Array.from({ length: runs + 1 }, (_, i) => sets[i % 2]);
    const saveSamples = await timeEach(saves, (input) => call(ctx.app, 'scoring.saveRules', input), 1);
    const recomputeSamples = await timeEach(
      Array.from({ length: runs + 1 }, () => ({})),
      (input) => call(ctx.app, 'scoring.recompute', input),
      1,
    );
    const note = `${leads} leads, ${activities} activities, median of ${runs}`;
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
