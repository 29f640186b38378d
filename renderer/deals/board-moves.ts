import type { Board, BoardColumn, DealRow } from '../../shared/deals';
import type { Money } from '../../shared/money';

export interface BoardMove {
  dealId: number;
  stageId: number;
  /** The card it lands above; null puts it at the bottom of the column. */
  beforeId: number | null;
}

export type KeyboardDirection = 'previous-stage' | 'next-stage' | 'up' | 'down';

export const findCard = (board: Board, dealId: number) => {
  for (const [columnIndex, column] of board.columns.entries()) {
    const index = column.deals.findIndex((deal) => deal.id === dealId);
    const deal = column.deals[index];
    if (deal) return { deal, column, columnIndex, index };
  }
  return null;
};

/** Column totals with one card's value added or taken away; a currency whose total empties disappears. */
const addTo = (totals: Money[], { minor, currency }: Money, sign: 1 | -1): Money[] => {
  const present = totals.some((total) => total.currency === currency);
  const next = (present ? totals : [...totals, { minor: 0, currency }]).map((total) =>
    total.currency === currency ? { ...total, minor: total.minor + sign * minor } : total,
  );
  return sign === 1 ? next : next.filter((total) => total.minor !== 0);
};

const withoutCard = (column: BoardColumn, deal: DealRow): BoardColumn => ({
  ...column,
  count: column.count - 1,
  totals: addTo(column.totals, { minor: deal.valueMinor, currency: deal.currency }, -1),
  deals: column.deals.filter((card) => card.id !== deal.id),
});

const withCard = (column: BoardColumn, deal: DealRow, beforeId: number | null): BoardColumn => {
  const landed = {
    ...deal,
    stageId: column.stage.id,
    stageName: column.stage.name,
    outcome: column.stage.outcome,
    probability: column.stage.probability,
  };
  const at = beforeId === null ? -1 : column.deals.findIndex((card) => card.id === beforeId);
  const deals = [...column.deals];
  deals.splice(at < 0 ? deals.length : at, 0, landed);
  return {
    ...column,
    count: column.count + 1,
    totals: addTo(column.totals, { minor: deal.valueMinor, currency: deal.currency }, 1),
    deals,
  };
};

/** The board as it will look once the move is saved, so the card lands at once rather than after a round trip. */
export const applyMove = (board: Board, { dealId, stageId, beforeId }: BoardMove): Board => {
  const from = findCard(board, dealId);
  if (!from) return board;
  const columns = board.columns.map((column) =>
    column.stage.id === from.column.stage.id ? withoutCard(column, from.deal) : column,
  );
  return {
    ...board,
    columns: columns.map((column) =>
      column.stage.id === stageId ? withCard(column, from.deal, beforeId) : column,
    ),
  };
};

/** Whether the move would leave the card exactly where it is. */
export const changesNothing = (board: Board, { dealId, stageId, beforeId }: BoardMove) => {
  const from = findCard(board, dealId);
  if (!from || from.column.stage.id !== stageId) return false;
  const next = from.column.deals[from.index + 1];
  return beforeId === dealId || (beforeId ?? null) === (next?.id ?? null);
};

/**
 * Keyboard moves: to the top of the previous or next stage, or one place up or down within the column.
 * Null when the card is already at that edge.
 */
export const keyboardMove = (
  board: Board,
  dealId: number,
  direction: KeyboardDirection,
): BoardMove | null => {
  const from = findCard(board, dealId);
  if (!from) return null;
  if (direction === 'previous-stage' || direction === 'next-stage') {
    const target = board.columns[from.columnIndex + (direction === 'next-stage' ? 1 : -1)];
    if (!target) return null;
    return { dealId, stageId: target.stage.id, beforeId: target.deals[0]?.id ?? null };
  }
  const { deals } = from.column;
  if (direction === 'up') {
    const above = deals[from.index - 1];
    return above ? { dealId, stageId: from.column.stage.id, beforeId: above.id } : null;
  }
  if (from.index >= deals.length - 1) return null;
  return { dealId, stageId: from.column.stage.id, beforeId: deals[from.index + 2]?.id ?? null };
};
