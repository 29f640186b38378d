import { ActionIcon, Group, Menu, Text, VisuallyHidden } from '@mantine/core';
import { IconArrowsExchange, IconCalendar } from '@tabler/icons-react';
import { type DragEvent, type KeyboardEvent, useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { DealRow } from '../../shared/deals';
import { formatMoney } from '../../shared/money';
import type { PipelineStage } from '../../shared/pipelines';
import { formatCalendarDate, todayIso } from '../lib/format';
import classes from './board.module.css';
import type { KeyboardDirection } from './board-moves';
import { dealPath } from './deal-queries';

/** The drag payload type; other drags (text, files) are ignored by the columns. */
export const dealDragType = 'application/x-lumenbase-deal';

const shortcuts: Record<string, KeyboardDirection> = {
  ArrowRight: 'next-stage',
  ArrowLeft: 'previous-stage',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

interface DealCardProps {
  deal: DealRow;
  stages: PipelineStage[];
  /** Id of the text explaining the keyboard moves. */
  hintId: string;
  focused: boolean;
  dragging: boolean;
  onDragStart: (dealId: number) => void;
  onDragEnd: () => void;
  onKeyboardMove: (dealId: number, direction: KeyboardDirection) => void;
  onMoveTo: (dealId: number, stageId: number) => void;
}

export const DealCard = (props: DealCardProps) => {
  const { deal, stages, hintId, focused, dragging, onDragStart, onDragEnd, onKeyboardMove, onMoveTo } = props;
  const ref = useRef<HTMLElement>(null);
  // A card moved from the keyboard lands in another column as a new element; focus follows it there.
  useEffect(() => {
    if (focused && document.activeElement !== ref.current) ref.current?.focus();
  }, [focused]);

  const overdue =
    deal.outcome === 'open' && deal.expectedCloseDate !== null && deal.expectedCloseDate < todayIso();
  const startDrag = (event: DragEvent) => {
    event.dataTransfer.setData(dealDragType, String(deal.id));
    event.dataTransfer.setData('text/plain', deal.title);
    event.dataTransfer.effectAllowed = 'move';
    onDragStart(deal.id);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const direction = shortcuts[event.key];
    if (!event.altKey || !direction || event.target !== event.currentTarget) return;
    event.preventDefault();
    onKeyboardMove(deal.id, direction);
  };

  return (
    <article
      ref={ref}
      className={classes.card}
      data-deal-id={deal.id}
      data-dragging={dragging || undefined}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the card is the keyboard handle for moving the deal (Alt+arrows); it holds a link and a menu button, so it cannot itself be a button
      tabIndex={0}
      aria-label={deal.title}
      aria-describedby={hintId}
      draggable
      onDragStart={startDrag}
      onDragEnd={onDragEnd}
      onKeyDown={onKeyDown}
    >
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap={4}>
        <Link to={dealPath(deal)} className={`lb-row-link ${classes.title}`} draggable={false}>
          {deal.title}
        </Link>
        <Menu position="bottom-end" withinPortal shadow="md">
          <Menu.Target>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              aria-label={`Move ${deal.title}`}
              className={classes.move}
            >
              <IconArrowsExchange size={14} aria-hidden />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Label>Move to</Menu.Label>
            {stages.map((stage) => (
              <Menu.Item
                key={stage.id}
                disabled={stage.id === deal.stageId}
                onClick={() => onMoveTo(deal.id, stage.id)}
              >
                {stage.name}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </Group>
      {deal.companyName && (
        <Text size="xs" c="dimmed" className="lb-truncate" mt={2}>
          {deal.companyName}
        </Text>
      )}
      <Group justify="space-between" wrap="wrap" mt={8} gap={4}>
        <Text size="sm" fw={600} className="lb-numeric">
          {formatMoney({ minor: deal.valueMinor, currency: deal.currency })}
        </Text>
        {deal.expectedCloseDate && (
          <Group gap={4} wrap="nowrap" c={overdue ? 'red.7' : 'dimmed'}>
            <IconCalendar size={12} aria-hidden />
            <Text size="xs" c="inherit" className="lb-numeric">
              <VisuallyHidden>
                {overdue ? 'Overdue, expected to close ' : 'Expected to close '}
              </VisuallyHidden>
              {formatCalendarDate(deal.expectedCloseDate)}
            </Text>
          </Group>
        )}
      </Group>
    </article>
  );
};
