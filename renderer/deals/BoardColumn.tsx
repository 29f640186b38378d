import { ActionIcon, Badge, Group, Text, Title, Tooltip } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { type DragEvent, Fragment, useState } from 'react';
import { Link } from 'react-router';
import type { BoardColumn as Column } from '../../shared/deals';
import { formatMoney } from '../../shared/money';
import type { PipelineStage } from '../../shared/pipelines';
import classes from './board.module.css';
import type { KeyboardDirection } from './board-moves';
import { DealCard, dealDragType } from './DealCard';

interface BoardColumnProps {
  column: Column;
  stages: PipelineStage[];
  hintId: string;
  focusId: number | null;
  draggingId: number | null;
  onDragStart: (dealId: number) => void;
  onDragEnd: () => void;
  onDrop: (dealId: number, stageId: number, beforeId: number | null) => void;
  onKeyboardMove: (dealId: number, direction: KeyboardDirection) => void;
  onMoveTo: (dealId: number, stageId: number) => void;
}

/** The card the pointer is above the middle of, skipping the card being dragged; null is the bottom. */
const cardBelow = (list: HTMLElement, clientY: number, draggingId: number | null): number | null => {
  for (const card of list.querySelectorAll<HTMLElement>('[data-deal-id]')) {
    const id = Number(card.dataset.dealId);
    if (id === draggingId) continue;
    const box = card.getBoundingClientRect();
    if (clientY < box.top + box.height / 2) return id;
  }
  return null;
};

/** One line of totals per currency; the full list is in the tooltip when it does not fit. */
const Totals = ({ column }: { column: Column }) => {
  const text =
    column.totals.length === 0
      ? 'Nothing here yet'
      : column.totals.map((total) => formatMoney(total)).join(' · ');
  return (
    <Text size="xs" c="dimmed" className="lb-numeric lb-truncate" title={text} display="block">
      {text}
    </Text>
  );
};

export const BoardColumn = (props: BoardColumnProps) => {
  const { column, stages, hintId, focusId, draggingId, onDragStart, onDragEnd, onDrop } = props;
  const { stage } = column;
  // Where a dragged card would land while the pointer is over this column: above a card id, or the bottom.
  const [dropAt, setDropAt] = useState<number | null | undefined>(undefined);

  const onDragOver = (event: DragEvent<HTMLElement>) => {
    if (!event.dataTransfer.types.includes(dealDragType)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    const list = event.currentTarget.querySelector('ol');
    const below = list ? cardBelow(list, event.clientY, draggingId) : null;
    if (below !== dropAt) setDropAt(below);
  };
  const onDragLeave = (event: DragEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropAt(undefined);
  };
  const drop = (event: DragEvent<HTMLElement>) => {
    const dealId = Number(event.dataTransfer.getData(dealDragType));
    setDropAt(undefined);
    if (!dealId) return;
    event.preventDefault();
    const list = event.currentTarget.querySelector('ol');
    onDrop(dealId, stage.id, list ? cardBelow(list, event.clientY, dealId) : null);
  };
  const mark = <li className={classes.dropMark} aria-hidden />;

  return (
    <section
      aria-label={stage.name}
      className={classes.column}
      data-closed={stage.outcome !== 'open' || undefined}
      data-over={dropAt !== undefined || undefined}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={drop}
    >
      <div className={classes.columnHeader}>
        <Group justify="space-between" wrap="nowrap" gap={6}>
          <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
            <Title order={2} fz="sm" fw={600} className="lb-truncate" title={stage.name}>
              {stage.name}
            </Title>
            <Badge
              size="sm"
              variant="light"
              color={stage.outcome === 'won' ? 'green' : stage.outcome === 'lost' ? 'red' : 'gray'}
              className="lb-numeric"
              // The count must stay readable; the stage name is what gives way in a narrow column.
              style={{ flexShrink: 0, overflow: 'visible' }}
              aria-label={`${column.count} ${column.count === 1 ? 'deal' : 'deals'}`}
            >
              {column.count}
            </Badge>
          </Group>
          <Group gap={2} wrap="nowrap">
            <Tooltip label="Chance of winning at this stage" withArrow openDelay={400}>
              <Text size="xs" c="dimmed" className="lb-numeric">
                {stage.probability}%
              </Text>
            </Tooltip>
            {stage.outcome === 'open' && (
              <ActionIcon
                component={Link}
                to={`/deals/new?stageId=${stage.id}`}
                variant="subtle"
                color="gray"
                size="sm"
                aria-label={`New deal in ${stage.name}`}
              >
                <IconPlus size={14} aria-hidden />
              </ActionIcon>
            )}
          </Group>
        </Group>
        <Totals column={column} />
      </div>
      <ol className={classes.cards} aria-label={`Deals in ${stage.name}`}>
        {column.deals.map((deal) => (
          <Fragment key={deal.id}>
            {dropAt === deal.id && mark}
            <li>
              <DealCard
                deal={deal}
                stages={stages}
                hintId={hintId}
                focused={focusId === deal.id}
                dragging={draggingId === deal.id}
                onDragStart={onDragStart}
                onDragEnd={onDragEnd}
                onKeyboardMove={props.onKeyboardMove}
                onMoveTo={props.onMoveTo}
              />
            </li>
          </Fragment>
        ))}
        {dropAt === null && mark}
        {column.deals.length === 0 && dropAt === undefined && (
          <Text component="li" size="xs" c="dimmed" ta="center" py="md">
            {stage.outcome === 'open'
              ? 'No deals at this stage'
              : `Drop a deal here to mark it ${stage.outcome}`}
          </Text>
        )}
      </ol>
      {column.count > column.deals.length && (
        <Text size="xs" c="dimmed" ta="center" pb={8}>
          {column.count - column.deals.length} more in the table view
        </Text>
      )}
    </section>
  );
};
