import { describe, expect, it } from 'vitest';
import type { Board, DealRow } from '../../shared/deals';
import type { PipelineStage } from '../../shared/pipelines';
import { applyMove, changesNothing, keyboardMove } from './board-moves';

const stage = (id: number, name: string, outcome: PipelineStage['outcome'] = 'open'): PipelineStage => ({
  id,
  name,
  position: id,
  probability: 10 * id,
  outcome,
});

const deal = (id: number, stageId: number, valueMinor: number, currency = 'EUR'): DealRow => ({
  id,
  title: `Deal ${id}`,
  pipelineId: 1,
  stageId,
  stageName: '',
  outcome: 'open',
  probability: 0,
  companyId: null,
  companyName: null,
  accountId: null,
  valueMinor,
  currency,
  expectedCloseDate: null,
  nextStep: '',
  closedAt: null,
  updatedAt: '2026-01-01T00:00:00Z',
  archivedAt: null,
});

const board: Board = {
  pipelineId: 1,
  pipelineName: 'Sales',
  columns: [
    {
      stage: stage(1, 'Qualified'),
      count: 2,
      totals: [{ minor: 300, currency: 'EUR' }],
      deals: [deal(11, 1, 100), deal(12, 1, 200)],
    },
    {
      stage: stage(2, 'Proposal sent'),
      count: 2,
      totals: [{ minor: 500, currency: 'USD' }],
      deals: [deal(21, 2, 500, 'USD'), deal(22, 2, 0, 'USD')],
    },
    { stage: stage(3, 'Won', 'won'), count: 0, totals: [], deals: [] },
  ],
};

const ids = (result: Board) => result.columns.map((column) => column.deals.map((card) => card.id));

describe('moving a card on the board', () => {
  it('lands above the given card, with counts and totals per currency following it', () => {
    const moved = applyMove(board, { dealId: 12, stageId: 2, beforeId: 22 });
    expect(ids(moved)).toEqual([[11], [21, 12, 22], []]);
    expect(moved.columns.map((column) => column.count)).toEqual([1, 3, 0]);
    expect(moved.columns[0]?.totals).toEqual([{ minor: 100, currency: 'EUR' }]);
    expect(moved.columns[1]?.totals).toEqual([
      { minor: 500, currency: 'USD' },
      { minor: 200, currency: 'EUR' },
    ]);
    expect(moved.columns[1]?.deals[1]).toMatchObject({ stageId: 2, stageName: 'Proposal sent' });
  });

  it('goes to the bottom without a card to land above, and empties a currency it takes away', () => {
    const moved = applyMove(board, { dealId: 21, stageId: 3, beforeId: null });
    expect(ids(moved)).toEqual([[11, 12], [22], [21]]);
    expect(moved.columns[1]?.totals).toEqual([]);
    expect(moved.columns[2]?.deals[0]?.outcome).toBe('won');
  });

  it('reorders within a column', () => {
    expect(ids(applyMove(board, { dealId: 12, stageId: 1, beforeId: 11 }))[0]).toEqual([12, 11]);
  });

  it('knows a drop back onto the same place changes nothing', () => {
    expect(changesNothing(board, { dealId: 11, stageId: 1, beforeId: 12 })).toBe(true);
    expect(changesNothing(board, { dealId: 12, stageId: 1, beforeId: null })).toBe(true);
    expect(changesNothing(board, { dealId: 11, stageId: 1, beforeId: 11 })).toBe(true);
    expect(changesNothing(board, { dealId: 11, stageId: 1, beforeId: null })).toBe(false);
    expect(changesNothing(board, { dealId: 11, stageId: 2, beforeId: null })).toBe(false);
  });
});

describe('keyboard moves', () => {
  it('take a card to the top of the next or previous stage', () => {
    expect(keyboardMove(board, 11, 'next-stage')).toEqual({ dealId: 11, stageId: 2, beforeId: 21 });
    expect(keyboardMove(board, 21, 'next-stage')).toEqual({ dealId: 21, stageId: 3, beforeId: null });
    expect(keyboardMove(board, 21, 'previous-stage')).toEqual({ dealId: 21, stageId: 1, beforeId: 11 });
  });

  it('move a card one place up or down in its column', () => {
    expect(keyboardMove(board, 12, 'up')).toEqual({ dealId: 12, stageId: 1, beforeId: 11 });
    expect(keyboardMove(board, 11, 'down')).toEqual({ dealId: 11, stageId: 1, beforeId: null });
  });

  it('stop at the edges', () => {
    expect(keyboardMove(board, 11, 'previous-stage')).toBeNull();
    expect(keyboardMove(board, 11, 'up')).toBeNull();
    expect(keyboardMove(board, 12, 'down')).toBeNull();
    expect(keyboardMove(board, 99, 'up')).toBeNull();
  });
});
