import type { DomainHandlers } from '../ipc/handler-types';
import { explainLead, listRules, recomputeAll, saveRules } from './scoring.service';

export const scoringHandlers: DomainHandlers<'scoring'> = {
  'scoring.rules': (_input, ctx) => listRules(ctx.db),
  'scoring.saveRules': (input, ctx) => saveRules(ctx, input),
  'scoring.explain': ({ leadId }, ctx) => explainLead(ctx, leadId),
  'scoring.recompute': (_input, ctx) => recomputeAll(ctx),
};
