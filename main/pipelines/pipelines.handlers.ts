import type { DomainHandlers } from '../ipc/handler-types';
import { listPipelines, savePipeline } from './pipelines.service';

export const pipelineHandlers: DomainHandlers<'pipelines'> = {
  'pipelines.list': (_input, ctx) => listPipelines(ctx.db),
  'pipelines.save': (input, ctx) => savePipeline(ctx, input),
};
