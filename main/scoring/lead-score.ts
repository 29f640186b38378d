import type { ScoreLine } from '../../shared/leads';
import { describeRule, type LeadScore, type ScoringRule } from '../../shared/scoring';
import { foldForSearch } from '../search/full-text';

/** Everything the rules look at for one lead, gathered from the lead, its contact, company and activities. */
export interface LeadFacts {
  /** The lead's own title and its linked contact's title; either may match. */
  titles: string[];
  /** The linked company's (the lead's own, else its contact's) employee count and industry. */
  employeeCount: number | null;
  industry: string;
  source: string;
  /** The latest activity of each kind that has happened (at or before now), as ISO instants in UTC. */
  lastActivityAt: string | null;
  lastMeetingAt: string | null;
  lastReplyAt: string | null;
}

const dayMs = 86_400_000;

/** A lead's text facts folded once (case and diacritics), however many rules read them. */
interface FoldedText {
  titles: string[];
  industry: string;
  source: string;
}

const fold = (text: string) => foldForSearch(text.trim());

/** Titles, sources and industries repeat across leads, so each distinct text is folded once per run. */
const memoFold = () => {
  const folded = new Map<string, string>();
  return (text: string) => {
    let result = folded.get(text);
    if (result === undefined) {
      result = fold(text);
      folded.set(text, result);
    }
    return result;
  };
};

type Matcher = (facts: LeadFacts, folded: FoldedText) => boolean;

const within = (days: number, now: Date, pick: (facts: LeadFacts) => string | null): Matcher => {
  const since = new Date(now.getTime() - days * dayMs).toISOString();
  const until = now.toISOString();
  return (facts) => {
    const at = pick(facts);
    return at !== null && at >= since && at <= until;
  };
};

const matcherFor = ({ attribute, value }: ScoringRule, now: Date): Matcher => {
  switch (attribute) {
    case 'title_contains': {
      const needle = fold(value);
      return (_facts, folded) => folded.titles.some((title) => title.includes(needle));
    }
    case 'company_size_at_least': {
      const least = Number(value);
      return (facts) => facts.employeeCount !== null && facts.employeeCount >= least;
    }
    case 'industry_is': {
      const industry = fold(value);
      return (_facts, folded) => folded.industry === industry;
    }
    case 'source_is': {
      const source = fold(value);
      return (_facts, folded) => folded.source === source;
    }
    case 'activity_within_days':
      return within(Number(value), now, (facts) => facts.lastActivityAt);
    case 'meeting_within_days':
      return within(Number(value), now, (facts) => facts.lastMeetingAt);
    case 'reply_within_days':
      return within(Number(value), now, (facts) => facts.lastReplyAt);
  }
};

/**
 * Prepares the enabled rules once (folding their text, fixing "now") so scoring many leads is cheap;
 * the returned function scores one lead's facts. Leads that meet the same rules get the very same
 * LeadScore object, so callers can serialise each distinct breakdown once.
 */
export const compileScoring = (rules: readonly ScoringRule[], now: Date) => {
  const compiled = rules
    .filter((rule) => rule.enabled)
    .map((rule) => ({
      matches: matcherFor(rule, now),
      line: {
        ruleId: rule.id,
        label: describeRule(rule.attribute, rule.value),
        category: rule.category,
        points: rule.points,
      } satisfies ScoreLine,
    }));
  const foldOnce = memoFold();
  const scores = new Map<string, LeadScore>();
  return (facts: LeadFacts): LeadScore => {
    const folded: FoldedText = {
      titles: facts.titles.map(foldOnce),
      industry: foldOnce(facts.industry),
      source: foldOnce(facts.source),
    };
    const met = compiled.flatMap((rule, index) => (rule.matches(facts, folded) ? [index] : []));
    const key = met.join(',');
    let result = scores.get(key);
    if (!result) {
      const breakdown = met.map((index) => (compiled[index] as (typeof compiled)[number]).line);
      result = { score: breakdown.reduce((sum, line) => sum + line.points, 0), breakdown };
      scores.set(key, result);
    }
    return result;
  };
};

/** A lead's score and the rules behind it: the sum of the points of every enabled rule it meets. */
export const scoreLead = (facts: LeadFacts, rules: readonly ScoringRule[], now: Date): LeadScore =>
  compileScoring(rules, now)(facts);
