import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import type { LineItem } from '../../shared/deals';
import type { ScheduleRow } from '../../shared/schedules';
import { useProfile } from '../profile/profile-queries';
import { useTaxRates } from '../tax-rates/tax-rate-queries';
import { ScheduleFormModal } from './ScheduleFormModal';
import { ScheduleItem } from './ScheduleItem';
import { dealLines } from './schedule-form-values';
import { type ScheduleScope, useRunNow, useSchedules } from './schedule-queries';

interface RecurringInvoicesCardProps {
  scope: ScheduleScope;
  /** The currency new schedules start in: the deal's, or the workspace's. */
  currency?: string;
  /** A won deal's line items, which a new schedule starts with. */
  lineItems?: LineItem[];
}

/** The schedules that bill this account or deal, and a form for a new one. */
export const RecurringInvoicesCard = ({ scope, currency, lineItems = [] }: RecurringInvoicesCardProps) => {
  const schedules = useSchedules(scope).data;
  const profile = useProfile().data;
  const rates = useTaxRates('active').data;
  const runNow = useRunNow();
  /** The schedule in the form: null for a new one, undefined while the form is closed. */
  const [editing, setEditing] = useState<ScheduleRow | null | undefined>(undefined);
  const startCurrency = currency ?? profile?.profile.baseCurrency ?? 'EUR';
  const defaultRateId = (rates?.find((rate) => rate.isDefault) ?? rates?.[0])?.id;
  return (
    <Card withBorder radius="md" padding="lg">
      <Group justify="space-between" mb="xs">
        <Title order={2} fz="sm" fw={600}>
          Recurring invoices
        </Title>
        <Group gap="xs">
          {schedules && schedules.length > 0 && (
            <Button
              size="xs"
              variant="default"
              leftSection={<IconRefresh size={14} aria-hidden />}
              loading={runNow.isPending}
              onClick={() => runNow.mutate()}
              title="Make every invoice that is due, for all schedules"
            >
              Run now
            </Button>
          )}
          <Button
            size="xs"
            leftSection={<IconPlus size={14} aria-hidden />}
            disabled={!profile || !rates}
            onClick={() => setEditing(null)}
          >
            New schedule
          </Button>
        </Group>
      </Group>
      {schedules && schedules.length === 0 ? (
        <Text size="sm" c="dimmed">
          No recurring invoices yet. A schedule makes each period’s invoice on its date, and catches up on the
          periods that fell while the app was closed.
        </Text>
      ) : (
        <Stack gap="sm">
          {(schedules ?? []).map((schedule) => (
            <ScheduleItem key={schedule.id} schedule={schedule} onEdit={() => setEditing(schedule)} />
          ))}
        </Stack>
      )}
      {editing !== undefined && profile && rates && (
        <ScheduleFormModal
          scope={scope}
          schedule={editing ?? undefined}
          currency={startCurrency}
          defaults={profile.defaults}
          rates={rates}
          lines={dealLines(lineItems, startCurrency, defaultRateId)}
          onClose={() => setEditing(undefined)}
        />
      )}
    </Card>
  );
};
