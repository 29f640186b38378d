import type { Kysely } from 'kysely';
import type { Pipeline, PipelineSaveInput, PipelineStage, StageOutcome } from '../../shared/pipelines';
import type { AppContext } from '../app-context';
import type { Database } from '../db/schema';
import { write } from '../db/write';
import { AppError, notFound } from '../ipc/app-error';

const stageColumns = ['id', 'name', 'position', 'probability', 'outcome'] as const;

export const listStages = (db: Kysely<Database>, pipelineId: number): Promise<PipelineStage[]> =>
  db
    .selectFrom('pipeline_stages')
    .select(stageColumns)
    .where('pipeline_id', '=', pipelineId)
    .where('archived_at', 'is', null)
    .orderBy('position')
    .execute();

export const getPipeline = async (db: Kysely<Database>, id: number): Promise<Pipeline> => {
  const row = await db
    .selectFrom('pipelines')
    .select(['id', 'name', 'is_default'])
    .where('id', '=', id)
    .where('archived_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw notFound('Pipeline', id);
  return { id: row.id, name: row.name, isDefault: row.is_default === 1, stages: await listStages(db, id) };
};

export const defaultPipelineId = async (db: Kysely<Database>): Promise<number> => {
  const row = await db
    .selectFrom('pipelines')
    .select('id')
    .where('archived_at', 'is', null)
    .orderBy('is_default', 'desc')
    .orderBy('position')
    .executeTakeFirstOrThrow();
  return row.id;
};

export const listPipelines = async (db: Kysely<Database>): Promise<Pipeline[]> => {
  const rows = await db
    .selectFrom('pipelines')
    .select('id')
    .where('archived_at', 'is', null)
    .orderBy('is_default', 'desc')
    .orderBy('position')
    .execute();
  return Promise.all(rows.map((row) => getPipeline(db, row.id)));
};

export const getStage = async (db: Kysely<Database>, stageId: number) => {
  const stage = await db
    .selectFrom('pipeline_stages')
    .select([...stageColumns, 'pipeline_id'])
    .where('id', '=', stageId)
    .where('archived_at', 'is', null)
    .executeTakeFirst();
  if (!stage)
    throw new AppError('invalid_input', `Stage ${stageId} does not exist`, { stageId: 'Choose a stage' });
  return stage;
};

/** The first stage of a pipeline with that outcome, shaped like getStage's answer. */
export const stageWithOutcome = async (db: Kysely<Database>, pipelineId: number, outcome: StageOutcome) => {
  const stage = (await listStages(db, pipelineId)).find((s) => s.outcome === outcome);
  if (!stage) throw new AppError('conflict', `This pipeline has no ${outcome} stage`);
  return { ...stage, pipeline_id: pipelineId };
};

const replaceStages = async (
  db: Kysely<Database>,
  pipelineId: number,
  stages: PipelineSaveInput['stages'],
  now: string,
) => {
  const existing = await listStages(db, pipelineId);
  const kept = new Set(stages.flatMap((stage) => (stage.id ? [stage.id] : [])));
  for (const id of kept) {
    if (!existing.some((stage) => stage.id === id)) {
      throw new AppError('invalid_input', `Stage ${id} is not part of this pipeline`, {
        stages: 'Unknown stage',
      });
    }
  }
  for (const removed of existing.filter((stage) => !kept.has(stage.id))) {
    const deals = await db
      .selectFrom('deals')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('stage_id', '=', removed.id)
      .where('archived_at', 'is', null)
      .executeTakeFirstOrThrow();
    if (deals.n > 0) {
      throw new AppError(
        'conflict',
        `Move the ${deals.n} deal(s) in “${removed.name}” before removing that stage`,
      );
    }
    await db.updateTable('pipeline_stages').set({ archived_at: now }).where('id', '=', removed.id).execute();
  }
  for (const [position, stage] of stages.entries()) {
    const values = {
      name: stage.name,
      probability: stage.probability,
      outcome: stage.outcome ?? 'open',
      position,
    };
    if (stage.id) await db.updateTable('pipeline_stages').set(values).where('id', '=', stage.id).execute();
    else
      await db
        .insertInto('pipeline_stages')
        .values({ ...values, pipeline_id: pipelineId })
        .execute();
  }
};

export const savePipeline = (ctx: AppContext, input: PipelineSaveInput): Promise<Pipeline> =>
  write(ctx, ['pipelines', 'deals'], async (trx) => {
    const now = ctx.clock().toISOString();
    let id = input.id;
    if (id) {
      await getPipeline(trx, id);
      await trx
        .updateTable('pipelines')
        .set({ name: input.name, updated_at: now })
        .where('id', '=', id)
        .execute();
    } else {
      const last = await trx
        .selectFrom('pipelines')
        .select((eb) => eb.fn.max('position').as('p'))
        .executeTakeFirst();
      ({ id } = await trx
        .insertInto('pipelines')
        .values({ name: input.name, position: (last?.p ?? -1) + 1, created_at: now, updated_at: now })
        .returning('id')
        .executeTakeFirstOrThrow());
    }
    if (input.isDefault) {
      await trx.updateTable('pipelines').set({ is_default: 0 }).where('is_default', '=', 1).execute();
      await trx.updateTable('pipelines').set({ is_default: 1 }).where('id', '=', id).execute();
    }
    await replaceStages(trx, id, input.stages, now);
    return getPipeline(trx, id);
  });
