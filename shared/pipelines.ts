import { z } from 'zod';
import { recordId, requiredText } from './fields';
import { type ChannelSpec, returns } from './ipc/channel';

export const stageOutcomes = ['open', 'won', 'lost'] as const;
export type StageOutcome = (typeof stageOutcomes)[number];

export interface PipelineStage {
  id: number;
  name: string;
  position: number;
  probability: number;
  outcome: StageOutcome;
}

export interface Pipeline {
  id: number;
  name: string;
  isDefault: boolean;
  stages: PipelineStage[];
}

const stageInput = z
  .object({
    id: recordId.optional(),
    name: requiredText('Stage name', 80),
    probability: z.number().int().min(0, 'Use 0 to 100').max(100, 'Use 0 to 100'),
    outcome: z.enum(stageOutcomes).default('open'),
  })
  .strict();

/** A pipeline with its stages in board order; stages left out are removed (refused while deals sit there). */
export const pipelineSaveInput = z
  .object({
    id: recordId.optional(),
    name: requiredText('Pipeline name', 80),
    isDefault: z.boolean().optional(),
    stages: z
      .array(stageInput)
      .min(3, 'A pipeline needs at least one open stage, a won stage and a lost stage')
      .max(30)
      .refine(
        (stages) => stages.filter((s) => s.outcome === 'won').length === 1,
        'Have exactly one won stage',
      )
      .refine(
        (stages) => stages.filter((s) => s.outcome === 'lost').length === 1,
        'Have exactly one lost stage',
      )
      .refine((stages) => stages.some((s) => s.outcome === 'open'), 'Have at least one open stage'),
  })
  .strict();
export type PipelineSaveInput = z.input<typeof pipelineSaveInput>;

export const pipelineChannels = {
  'pipelines.list': {
    summary: 'Every pipeline with its stages in board order; the default first',
    input: z.object({}).strict(),
    output: returns<Pipeline[]>(),
  },
  'pipelines.save': {
    summary: 'Create a pipeline, or rename, reorder and re-weight the stages of one',
    input: pipelineSaveInput,
    output: returns<Pipeline>(),
  },
} satisfies Record<`pipelines.${string}`, ChannelSpec>;
