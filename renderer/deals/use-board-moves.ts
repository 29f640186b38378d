import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Board } from '../../shared/deals';
import { invalidateKinds } from '../app/query-client';
import { errorMessage, invoke } from '../lib/rpc';
import { notifyFailure } from '../records/notices';
import { applyMove, type BoardMove, changesNothing, findCard } from './board-moves';
import { boardKey } from './deal-queries';

const sentence = (title: string, stage: string, outcome: string) => {
  if (outcome === 'won') return `${title} won: moved to ${stage}.`;
  if (outcome === 'lost') return `${title} lost: moved to ${stage}.`;
  return `Moved ${title} to ${stage}.`;
};

/**
 * Every way a card moves (drag, keyboard, the Move menu) comes through here: the card lands at once, the
 * server confirms or the board snaps back with its reason, and the outcome is announced for screen readers.
 * Moving into a lost stage first asks why.
 */
export const useBoardMoves = (pipelineId: number | undefined) => {
  const client = useQueryClient();
  const key = boardKey(pipelineId);
  const [announcement, setAnnouncement] = useState('');
  const [pendingLoss, setPendingLoss] = useState<BoardMove | null>(null);
  const [focusId, setFocusId] = useState<number | null>(null);

  const save = async (move: BoardMove, reason?: string) => {
    const board = client.getQueryData<Board>(key);
    const card = board && findCard(board, move.dealId);
    const target = board?.columns.find((column) => column.stage.id === move.stageId);
    if (!board || !card || !target) return;
    await client.cancelQueries({ queryKey: key });
    client.setQueryData(key, applyMove(board, move));
    try {
      await invoke('deals.move', {
        id: move.dealId,
        stageId: move.stageId,
        beforeId: move.beforeId,
        ...(reason === undefined ? {} : { reason }),
      });
      setAnnouncement(sentence(card.deal.title, target.stage.name, target.stage.outcome));
    } catch (error) {
      client.setQueryData(key, board);
      setAnnouncement(`${card.deal.title} was not moved. ${errorMessage(error)}`);
      notifyFailure(`${card.deal.title} was not moved`, error);
    } finally {
      invalidateKinds(client, ['deals']);
    }
  };

  /** `keepFocus` moves keyboard focus along with the card, for moves made from the keyboard or the menu. */
  const request = (move: BoardMove, keepFocus = false) => {
    const board = client.getQueryData<Board>(key);
    if (!board || changesNothing(board, move)) return;
    if (keepFocus) setFocusId(move.dealId);
    const target = board.columns.find((column) => column.stage.id === move.stageId);
    const card = findCard(board, move.dealId);
    if (target?.stage.outcome === 'lost' && card?.deal.outcome !== 'lost') setPendingLoss(move);
    else void save(move);
  };

  return {
    request,
    announcement,
    focusId,
    pendingLoss,
    confirmLoss: (reason: string) => {
      if (pendingLoss) void save(pendingLoss, reason);
      setPendingLoss(null);
    },
    cancelLoss: () => setPendingLoss(null),
  };
};
