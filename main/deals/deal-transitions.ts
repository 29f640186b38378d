import type { Kysely } from 'kysely';
import type { Deal, DealMoveInput } from '../../shared/deals';
import type { StageOutcome } from '../../shared/pipelines';
import type { AppContext } from '../app-context';
import type { Database, StageChangeKind } from '../db/schema';
import { write } from '../db/write';
import { AppError } from '../ipc/app-error';
import { getStage, stageWithOutcome } from '../pipelines/pipelines.service';
import { bottomOfStage, getDeal } from './deals.service';

type Stage = Awaited<ReturnType<typeof getStage>>;

/** Where a card lands: just above `beforeId`, or at the bottom of the column. */
const positionFor = async (
  db: Kysely<Database>,
  stageId: number,
  dealId: number,
  beforeId?: number | null,
) => {
  if (!beforeId || beforeId === dealId) return bottomOfStage(db, stageId, dealId);
  const before = await db
    .selectFrom('deals')
    .select('position')
    .where('id', '=', beforeId)
    .where('stage_id', '=', stageId)
    .executeTakeFirst();
  if (!before) {
    throw new AppError('invalid_input', `Deal ${beforeId} is not in that stage`, {
      beforeId: 'Drop next to a card of this stage',
    });
  }
  const previous = await db
    .selectFrom('deals')
    .select((eb) => eb.fn.max('position').as('p'))
    .where('stage_id', '=', stageId)
    .where('position', '<', before.position)
    .where('id', '<>', dealId)
    .executeTakeFirst();
  return previous?.p == null ? before.position - 1 : (previous.p + before.position) / 2;
};

const kindOfChange = (from: StageOutcome, to: StageOutcome): StageChangeKind => {
  if (to === 'won') return 'won';
  if (to === 'lost') return 'lost';
  return from === 'open' ? 'moved' : 'reopened';
};

/** The customer record after the win: the company's account, created on its first won deal. */
const accountForWin = async (db: Kysely<Database>, companyId: number, now: string) => {
  const existing = await db
    .selectFrom('accounts')
    .select(['id', 'status'])
    .where('company_id', '=', companyId)
    .executeTakeFirst();
  if (existing) {
    if (existing.status === 'churned') {
      await db
        .updateTable('accounts')
        .set({ status: 'active', updated_at: now })
        .where('id', '=', existing.id)
        .execute();
    }
    return existing.id;
  }
  const { id } = await db
    .insertInto('accounts')
    .values({ company_id: companyId, since: now.slice(0, 10), created_at: now, updated_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
};

/**
 * Every stage change goes through here, so winning always makes the account in the same transaction,
 * losing always has a reason, and each change is written to the deal's history.
 */
const transition = async (
  db: Kysely<Database>,
  deal: Deal,
  target: Stage,
  { beforeId, reason = '' }: { beforeId?: number | null; reason?: string },
  now: string,
) => {
  if (target.pipeline_id !== deal.pipelineId) {
    throw new AppError('invalid_input', 'That stage belongs to another pipeline', {
      stageId: 'Choose a stage of this pipeline',
    });
  }
  const kind = kindOfChange(deal.outcome, target.outcome);
  const closing = target.outcome !== 'open' && deal.outcome !== target.outcome;
  if (kind === 'lost' && closing && reason.trim() === '') {
    throw new AppError('invalid_input', 'Say why the deal was lost', { reason: 'Reason is required' });
  }
  let accountId = deal.accountId;
  if (kind === 'won' && closing) {
    if (!deal.companyId) {
      throw new AppError(
        'invalid_input',
        'Link the deal to a company before winning it: the company becomes the account',
        {
          companyId: 'Choose the client’s company',
        },
      );
    }
    accountId = await accountForWin(db, deal.companyId, now);
  }
  await db
    .updateTable('deals')
    .set({
      stage_id: target.id,
      position: await positionFor(db, target.id, deal.id, beforeId),
      account_id: accountId,
      ...(closing && { closed_at: now, close_reason: reason }),
      ...(target.outcome === 'open' && { closed_at: null, close_reason: '' }),
      updated_at: now,
    })
    .where('id', '=', deal.id)
    .execute();
  if (target.id !== deal.stageId) {
    await db
      .insertInto('deal_stage_changes')
      .values({
        deal_id: deal.id,
        kind,
        from_stage_id: deal.stageId,
        to_stage_id: target.id,
        reason,
        changed_at: now,
      })
      .execute();
  }
};

export const moveDeal = (ctx: AppContext, { id, stageId, beforeId, reason }: DealMoveInput): Promise<Deal> =>
  write(ctx, ['deals', 'accounts', 'companies', 'activities'], async (trx) => {
    const deal = await getDeal(trx, id);
    await transition(
      trx,
      deal,
      await getStage(trx, stageId),
      { beforeId, reason },
      ctx.clock().toISOString(),
    );
    return getDeal(trx, id);
  });

export const closeDeal = (
  ctx: AppContext,
  id: number,
  outcome: 'won' | 'lost',
  reason?: string,
): Promise<Deal> =>
  write(ctx, ['deals', 'accounts', 'companies', 'activities'], async (trx) => {
    const deal = await getDeal(trx, id);
    if (deal.outcome === outcome) throw new AppError('conflict', `The deal is already ${outcome}`);
    await transition(
      trx,
      deal,
      await stageWithOutcome(trx, deal.pipelineId, outcome),
      { reason },
      ctx.clock().toISOString(),
    );
    return getDeal(trx, id);
  });

/** Reopens into the given stage, else the open stage the deal left when it closed. */
export const reopenDeal = (ctx: AppContext, id: number, stageId?: number): Promise<Deal> =>
  write(ctx, ['deals', 'accounts', 'activities'], async (trx) => {
    const deal = await getDeal(trx, id);
    if (deal.outcome === 'open') throw new AppError('conflict', 'The deal is already open');
    const leftFrom = await trx
      .selectFrom('deal_stage_changes as h')
      .innerJoin('pipeline_stages as s', 's.id', 'h.from_stage_id')
      .select('h.from_stage_id')
      .where('h.deal_id', '=', id)
      .where('s.outcome', '=', 'open')
      .where('s.archived_at', 'is', null)
      .orderBy('h.id', 'desc')
      .executeTakeFirst();
    const target = stageId
      ? await getStage(trx, stageId)
      : leftFrom?.from_stage_id
        ? await getStage(trx, leftFrom.from_stage_id)
        : await stageWithOutcome(trx, deal.pipelineId, 'open');
    if (target.outcome !== 'open') {
      throw new AppError('invalid_input', 'Reopen into an open stage', { stageId: 'Choose an open stage' });
    }
    await transition(trx, deal, target, {}, ctx.clock().toISOString());
    return getDeal(trx, id);
  });
