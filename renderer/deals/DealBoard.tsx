import { Alert, Kbd, Text, VisuallyHidden } from '@mantine/core';
import { useId, useState } from 'react';
import type { Board, BoardColumn as BoardColumnData } from '../../shared/deals';
import { errorMessage } from '../lib/rpc';
import { PageLoader } from '../records/QueryState';
import { BoardColumn } from './BoardColumn';
import classes from './board.module.css';
import { keyboardMove } from './board-moves';
import { useBoard } from './deal-queries';
import { ReasonDialog } from './ReasonDialog';
import { useBoardMoves } from './use-board-moves';

const titleOf = (board: Board, dealId: number) =>
  board.columns.flatMap((column) => column.deals).find((deal) => deal.id === dealId)?.title ?? 'the deal';

/** A pipeline as columns of cards, moved by dragging, by Alt+arrow keys, or from each card's Move menu. */
export const DealBoard = ({ pipelineId }: { pipelineId: number | undefined }) => {
  const { data: board, error } = useBoard(pipelineId);
  const moves = useBoardMoves(pipelineId);
  const [draggingId, setDraggingId] = useState<number | null>(null);
  const hintId = useId();

  if (!board) {
    if (error)
      return (
        <Alert color="red" variant="light" title="Could not load the board">
          {errorMessage(error)}
        </Alert>
      );
    return <PageLoader label="Loading board" />;
  }
  const stages = board.columns.map((column) => column.stage);
  const column = (data: BoardColumnData) => (
    <BoardColumn
      key={data.stage.id}
      column={data}
      stages={stages}
      hintId={hintId}
      focusId={moves.focusId}
      draggingId={draggingId}
      onDragStart={setDraggingId}
      onDragEnd={() => setDraggingId(null)}
      onDrop={(dealId, stageId, beforeId) => {
        setDraggingId(null);
        moves.request({ dealId, stageId, beforeId });
      }}
      onKeyboardMove={(dealId, direction) => {
        const move = keyboardMove(board, dealId, direction);
        if (move) moves.request(move, true);
      }}
      onMoveTo={(dealId, stageId) => moves.request({ dealId, stageId, beforeId: null }, true)}
    />
  );
  const openColumns = board.columns.filter((data) => data.stage.outcome === 'open');
  const closedColumns = board.columns.filter((data) => data.stage.outcome !== 'open');

  return (
    <>
      <Text id={hintId} size="xs" c="dimmed" mb={8}>
        Drag cards between stages, or focus a card and press <Kbd size="xs">Alt</Kbd> + <Kbd size="xs">←</Kbd>{' '}
        <Kbd size="xs">→</Kbd> to move it a stage, <Kbd size="xs">Alt</Kbd> + <Kbd size="xs">↑</Kbd>{' '}
        <Kbd size="xs">↓</Kbd> to reorder.
      </Text>
      <div className={classes.board}>
        {openColumns.map(column)}
        {closedColumns.length > 0 && <div className={classes.closedStack}>{closedColumns.map(column)}</div>}
      </div>
      <VisuallyHidden role="status" aria-live="polite">
        {moves.announcement}
      </VisuallyHidden>
      <ReasonDialog
        opened={moves.pendingLoss !== null}
        title="Why was this deal lost?"
        description={`${moves.pendingLoss ? titleOf(board, moves.pendingLoss.dealId) : ''} moves to Lost with your reason, so you can learn from it later.`}
        confirmLabel="Mark as lost"
        onConfirm={moves.confirmLoss}
        onCancel={moves.cancelLoss}
      />
    </>
  );
};
