import type { Kysely } from 'kysely';
import {
  categoryOf,
  type LeadScore,
  type SaveScoringRulesInput,
  type ScoringRule,
  valueKindOf,
} from '../../shared/scoring';
import type { AppContext } from '../app-context';
import type { Database } from '../db/schema';
import { write } from '../db/write';
import { notFound } from '../ipc/app-error';
import { compileScoring, type LeadFacts } from './lead-score';
import {
  activityFactRows,
  type LeadSelection,
  leadFactRows,
  loadRules,
  writeScores,
} from './scoring.queries';

const dayMs = 86_400_000;

/** How far back the engagement rules look; no engagement rule means no activity query at all. */
const lookBackDays = (rules: readonly ScoringRule[]) =>
  Math.max(
    0,
    ...rules
      .filter((rule) => rule.enabled && valueKindOf(rule.attribute) === 'days')
      .map((rule) => Number(rule.value)),
  );

const loadFacts = async (db: Kysely<Database>, selection: LeadSelection, rules: ScoringRule[], now: Date) => {
  const days = lookBackDays(rules);
  const [leads, activities] = await Promise.all([
    leadFactRows(db, selection),
    days === 0
      ? []
      : activityFactRows(
          db,
          selection,
          new Date(now.getTime() - days * dayMs).toISOString(),
          now.toISOString(),
        ),
  ]);
  const recent = new Map(activities.map((row) => [row.lead_id, row]));
  return leads.map((lead) => {
    const activity = recent.get(lead.id);
    const facts: LeadFacts = {
      titles: lead.contact_title ? [lead.title, lead.contact_title] : [lead.title],
      employeeCount: lead.employee_count ?? null,
      industry: lead.industry ?? '',
      source: lead.source,
      lastActivityAt: activity?.last_activity ?? null,
      lastMeetingAt: activity?.last_meeting ?? null,
      lastReplyAt: activity?.last_reply ?? null,
    };
    return { id: lead.id, facts };
  });
};

export interface RescoreOutcome {
  /** Leads looked at. */
  scored: number;
  /** Leads whose score or breakdown changed and was written. */
  changed: number;
}

/**
 * Recomputes and stores the score of the given leads (or all) from the current rules and facts, inside
 * the caller's transaction. Call it whenever a scoring input changes: a lead, its contact or company, an
 * activity linked to either, or the rules. "Within N days" rules are judged at `now`, so engagement
 * points fade only when a lead is rescored (or on scoring.recompute), never on a timer.
 */
export const recomputeLeadScores = async (
  db: Kysely<Database>,
  selection: LeadSelection,
  now: Date,
): Promise<RescoreOutcome> => {
  if (selection !== 'all' && selection.length === 0) return { scored: 0, changed: 0 };
  const rules = await loadRules(db);
  const score = compileScoring(rules, now);
  const leads = await loadFacts(db, selection, rules, now);
  const breakdownIndex = new Map<LeadScore, number>();
  const breakdowns: string[] = [];
  const scores = leads.map(({ id, facts }): [number, number, number] => {
    const fresh = score(facts);
    let index = breakdownIndex.get(fresh);
    if (index === undefined) {
      index = breakdowns.push(JSON.stringify(fresh.breakdown)) - 1;
      breakdownIndex.set(fresh, index);
    }
    return [id, fresh.score, index];
  });
  const changed = await writeScores(db, scores, breakdowns);
  return { scored: leads.length, changed };
};

export const listRules = (db: Kysely<Database>) => loadRules(db);

export const saveRules = (ctx: AppContext, { rules }: SaveScoringRulesInput) =>
  write(ctx, ['settings', 'leads'], async (trx) => {
    await trx.deleteFrom('scoring_rules').execute();
    if (rules.length > 0) {
      await trx
        .insertInto('scoring_rules')
        .values(
          rules.map((rule, position) => ({
            category: categoryOf(rule.attribute),
            attribute: rule.attribute,
            value: rule.value,
            points: rule.points,
            position,
            enabled: rule.enabled === false ? 0 : 1,
          })),
        )
        .execute();
    }
    const { changed } = await recomputeLeadScores(trx, 'all', ctx.clock());
    return { rules: await loadRules(trx), rescoredLeads: changed };
  });

/** Rescores one lead now and answers its breakdown; tells open views only if the stored score moved. */
export const explainLead = async (ctx: AppContext, leadId: number): Promise<LeadScore> => {
  const { outcome, lead } = await ctx.db.transaction().execute(async (trx) => {
    const outcome = await recomputeLeadScores(trx, [leadId], ctx.clock());
    const lead = await trx
      .selectFrom('leads')
      .select(['score', 'score_breakdown'])
      .where('id', '=', leadId)
      .executeTakeFirst();
    return { outcome, lead };
  });
  if (!lead) throw notFound('Lead', leadId);
  if (outcome.changed > 0) ctx.events.emit('records.changed', { kinds: ['leads'] });
  return { score: lead.score, breakdown: JSON.parse(lead.score_breakdown) as LeadScore['breakdown'] };
};

export const recomputeAll = async (ctx: AppContext) => {
  const outcome = await ctx.db.transaction().execute((trx) => recomputeLeadScores(trx, 'all', ctx.clock()));
  if (outcome.changed > 0) ctx.events.emit('records.changed', { kinds: ['leads'] });
  return { scoredLeads: outcome.scored, rescoredLeads: outcome.changed };
};
