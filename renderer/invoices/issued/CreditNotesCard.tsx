import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { CreditNoteSummary } from '../../../shared/credit-notes';
import type { Invoice } from '../../../shared/invoices';
import { formatMoney } from '../../../shared/money';
import { formatCalendarDate } from '../../lib/format';
import { invoicePath } from '../invoice-queries';
import { useCreditNotes } from './credit-note-queries';

/** Where a credit note's money went, in a few words: "€357.00 off the balance · €50.00 kept as credit". */
export const creditOutcomeText = (note: CreditNoteSummary) => {
  const money = (minor: number) => formatMoney({ minor, currency: note.currency });
  return [
    note.reducedMinor > 0 && `${money(note.reducedMinor)} off the balance`,
    note.refundedMinor > 0 && `${money(note.refundedMinor)} refunded`,
    note.appliedMinor > 0 && `${money(note.appliedMinor)} applied to later invoices`,
    note.availableMinor > 0 && `${money(note.availableMinor)} kept as credit`,
  ]
    .filter(Boolean)
    .join(' · ');
};

const NoteItem = ({ note }: { note: CreditNoteSummary }) => (
  <Group component="li" justify="space-between" wrap="nowrap" gap="sm" align="flex-start">
    <div style={{ minWidth: 0 }}>
      <Text size="sm" fw={500}>
        <Anchor component={Link} to={invoicePath(note)} inherit className="lb-numeric">
          {note.number}
        </Anchor>{' '}
        · {formatCalendarDate(note.issueDate)}
      </Text>
      <Text size="xs" c="dimmed" className="lb-truncate">
        {note.reason}
      </Text>
      <Text size="xs" c="dimmed">
        {creditOutcomeText(note)}
      </Text>
    </div>
    <Text size="sm" fw={600} className="lb-numeric" style={{ whiteSpace: 'nowrap' }}>
      {formatMoney({ minor: -note.totalMinor, currency: note.currency })}
    </Text>
  </Group>
);

/** The credit notes that correct this invoice, each linked, with where its money went. */
export const CreditNotesCard = ({ invoice }: { invoice: Invoice }) => {
  const notes = useCreditNotes(invoice.id);
  if (!notes.data || notes.data.length === 0) return null;
  return (
    <Card withBorder radius="md" padding="lg">
      <Title order={2} fz="sm" fw={600} mb="md">
        Credit notes
      </Title>
      <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }} aria-label="Credit notes">
        {notes.data.map((note) => (
          <NoteItem key={note.id} note={note} />
        ))}
      </Stack>
    </Card>
  );
};
