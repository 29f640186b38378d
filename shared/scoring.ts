import { z } from 'zod';
import { recordId, text } from './fields';
import { type ChannelSpec, returns } from './ipc/channel';
import type { ScoreLine } from './leads';

export type ScoringCategory = 'fit' | 'engagement';

/** What a rule's value holds: text to match, a number of employees, or a number of days back from now. */
type ValueKind = 'text' | 'employees' | 'days';

interface AttributeSpec {
  category: ScoringCategory;
  /** The attribute as the rule editor offers it. */
  name: string;
  valueKind: ValueKind;
}

export const scoringAttributes = {
  title_contains: { category: 'fit', name: 'Title contains', valueKind: 'text' },
  company_size_at_least: { category: 'fit', name: 'Company size at least', valueKind: 'employees' },
  industry_is: { category: 'fit', name: 'Industry is', valueKind: 'text' },
  source_is: { category: 'fit', name: 'Source is', valueKind: 'text' },
  activity_within_days: { category: 'engagement', name: 'Any activity within', valueKind: 'days' },
  meeting_within_days: { category: 'engagement', name: 'Meeting within', valueKind: 'days' },
  reply_within_days: { category: 'engagement', name: 'Reply received within', valueKind: 'days' },
} as const satisfies Record<string, AttributeSpec>;

export type ScoringAttribute = keyof typeof scoringAttributes;
export const scoringAttributeNames = Object.keys(scoringAttributes) as [
  ScoringAttribute,
  ...ScoringAttribute[],
];

export const categoryOf = (attribute: ScoringAttribute): ScoringCategory =>
  scoringAttributes[attribute].category;

export const valueKindOf = (attribute: ScoringAttribute): ValueKind => scoringAttributes[attribute].valueKind;

const valueLimits = { employees: 10_000_000, days: 3650 } as const;

/** Why a rule's value does not fit its attribute, or null when it does. */
export const ruleValueProblem = (attribute: ScoringAttribute, value: string): string | null => {
  const kind = valueKindOf(attribute);
  if (kind === 'text') return value.trim() === '' ? 'Enter the text to look for' : null;
  const max = valueLimits[kind];
  const unit = kind === 'days' ? 'days' : 'employees';
  if (!/^[1-9]\d{0,7}$/.test(value) || Number(value) > max) {
    return `Use a whole number of ${unit} from 1 to ${max.toLocaleString('en')}`;
  }
  return null;
};

const plural = (count: string, singular: string, pluralForm = `${singular}s`) =>
  count === '1' ? `1 ${singular}` : `${count} ${pluralForm}`;

const lastDays = (days: string) => (days === '1' ? 'the last day' : `the last ${days} days`);

/** The rule as a person reads it in a score breakdown: Title contains “founder”. */
export const describeRule = (attribute: ScoringAttribute, value: string): string => {
  switch (attribute) {
    case 'title_contains':
      return `Title contains “${value}”`;
    case 'company_size_at_least':
      return `Company has at least ${plural(value, 'employee')}`;
    case 'industry_is':
      return `Industry is “${value}”`;
    case 'source_is':
      return `Source is “${value}”`;
    case 'activity_within_days':
      return `Any activity in ${lastDays(value)}`;
    case 'meeting_within_days':
      return `Meeting in ${lastDays(value)}`;
    case 'reply_within_days':
      return `Reply received in ${lastDays(value)}`;
  }
};

export const scoringRuleInput = z
  .object({
    attribute: z.enum(scoringAttributeNames, 'Choose an attribute'),
    value: text(100),
    points: z.number().int().min(-1000, 'Use -1000 to 1000 points').max(1000, 'Use -1000 to 1000 points'),
    enabled: z.boolean().default(true),
  })
  .strict()
  .superRefine((rule, ctx) => {
    const problem = ruleValueProblem(rule.attribute, rule.value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['value'] });
  });
export type ScoringRuleInput = z.input<typeof scoringRuleInput>;

/** The whole rule set, in order: saving replaces every rule. */
export const saveScoringRulesInput = z
  .object({ rules: z.array(scoringRuleInput).max(100, 'Use at most 100 rules') })
  .strict();
export type SaveScoringRulesInput = z.input<typeof saveScoringRulesInput>;

export interface ScoringRule {
  id: number;
  category: ScoringCategory;
  attribute: ScoringAttribute;
  value: string;
  points: number;
  position: number;
  enabled: boolean;
}

export interface LeadScore {
  score: number;
  /** The rules the lead meets, in rule order; their points add up to the score. */
  breakdown: ScoreLine[];
}

export const scoringChannels = {
  'scoring.rules': {
    summary: 'The lead scoring rules, fit and engagement, in order',
    input: z.object({}).strict(),
    output: returns<ScoringRule[]>(),
  },
  'scoring.saveRules': {
    summary: 'Replace the whole set of scoring rules and rescore every lead, in one transaction',
    input: saveScoringRulesInput,
    output: returns<{ rules: ScoringRule[]; rescoredLeads: number }>(),
  },
  'scoring.explain': {
    summary: 'Why a lead has its score: the rules it meets now, each with its points',
    input: z.object({ leadId: recordId }).strict(),
    output: returns<LeadScore>(),
  },
  'scoring.recompute': {
    summary:
      'Rescore every lead now; "within N days" rules otherwise count back from when a lead last changed',
    input: z.object({}).strict(),
    output: returns<{ scoredLeads: number; rescoredLeads: number }>(),
  },
} satisfies Record<`scoring.${string}`, ChannelSpec>;
