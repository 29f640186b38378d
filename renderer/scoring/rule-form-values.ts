import {
  categoryOf,
  type SaveScoringRulesInput,
  type ScoringAttribute,
  type ScoringCategory,
  type ScoringRule,
  scoringAttributeNames,
} from '../../shared/scoring';

export interface RuleValues {
  /** Keeps a row's identity while rows are added and removed; never sent. */
  key: string;
  attribute: ScoringAttribute;
  value: string;
  points: number | string;
  enabled: boolean;
}

export interface RulesFormValues extends Record<string, unknown> {
  rules: RuleValues[];
}

let keys = 0;
const newKey = () => `rule-${++keys}`;

export const rulesFormValues = (rules: readonly ScoringRule[]): RulesFormValues => ({
  rules: rules.map(({ attribute, value, points, enabled }) => ({
    key: newKey(),
    attribute,
    value,
    points,
    enabled,
  })),
});

export const attributesOf = (category: ScoringCategory) =>
  scoringAttributeNames.filter((attribute) => categoryOf(attribute) === category);

export const blankRule = (category: ScoringCategory): RuleValues => ({
  key: newKey(),
  attribute: attributesOf(category)[0] as ScoringAttribute,
  value: '',
  points: 10,
  enabled: true,
});

/** An emptied points box is sent as missing, so the server's "Required" shows beside it. */
export const prepareRules = ({ rules }: RulesFormValues): SaveScoringRulesInput => ({
  rules: rules.map(({ attribute, value, points, enabled }) => ({
    attribute,
    value: value.trim(),
    points: (points === '' ? undefined : Number(points)) as number,
    enabled,
  })),
});
