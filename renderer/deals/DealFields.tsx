import { Anchor, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { contactDisplayName } from '../../shared/contacts';
import type { Deal } from '../../shared/deals';
import { formatMoney } from '../../shared/money';
import { formatCalendarDate, formatDateTime } from '../lib/format';
import { FieldList } from '../records/FieldList';

const RecordLink = ({ to, children }: { to: string; children: ReactNode }) => (
  <Anchor component={Link} to={to} size="sm">
    {children}
  </Anchor>
);

/** How a deal closed, shown once it has. */
const closingFields = (deal: Deal) =>
  deal.outcome === 'open'
    ? []
    : [
        {
          label: deal.outcome === 'won' ? 'Won on' : 'Lost on',
          value: deal.closedAt && formatDateTime(deal.closedAt),
        },
        { label: deal.outcome === 'won' ? 'Close note' : 'Lost because', value: deal.closeReason },
      ];

export const DealFields = ({ deal }: { deal: Deal }) => (
  <FieldList
    title="Details"
    fields={[
      {
        label: 'Company',
        value: deal.companyId !== null && (
          <RecordLink to={`/companies/${deal.companyId}`}>{deal.companyName}</RecordLink>
        ),
      },
      {
        label: 'Contacts',
        value: deal.contacts.length > 0 && (
          <Group gap={12}>
            {deal.contacts.map((contact) => (
              <RecordLink key={contact.id} to={`/contacts/${contact.id}`}>
                {contactDisplayName(contact)}
              </RecordLink>
            ))}
          </Group>
        ),
      },
      {
        label: 'Value',
        value: (
          <span className="lb-numeric">
            {formatMoney({ minor: deal.valueMinor, currency: deal.currency })}
          </span>
        ),
      },
      {
        label: 'Expected close',
        value: deal.expectedCloseDate && formatCalendarDate(deal.expectedCloseDate),
      },
      { label: 'Next step', value: deal.nextStep },
      ...closingFields(deal),
      ...(deal.leadId === null
        ? []
        : [{ label: 'Came from', value: <RecordLink to={`/leads/${deal.leadId}`}>View lead</RecordLink> }]),
      ...(deal.accountId === null
        ? []
        : [
            {
              label: 'Account',
              value: (
                <RecordLink to={`/accounts/${deal.accountId}`}>{deal.companyName ?? 'Account'}</RecordLink>
              ),
            },
          ]),
    ]}
  />
);
