import { Anchor, Text } from '@mantine/core';
import type { Company } from '../../shared/companies';
import { CompanyAccountLink } from '../accounts/CompanyAccountLink';
import { RecordTimeline } from '../activities/RecordTimeline';
import { addressLines, formatNumber, websiteHref } from '../lib/format';
import { DetailLayout } from '../records/DetailLayout';
import { FieldList } from '../records/FieldList';
import { LinkList } from '../records/LinkList';
import { NotesCard } from '../records/NotesCard';
import { RecordRoute } from '../records/RecordRoute';
import { TagList } from '../records/TagList';
import { CompanyContacts } from './CompanyContacts';
import { useCompany } from './company-queries';

const CompanyDetail = ({ company }: { company: Company }) => (
  <DetailLayout
    kind="companies"
    record={company}
    name={company.name}
    noun="company"
    description={[
      company.industry,
      [company.address.city, company.address.country].filter(Boolean).join(', '),
    ]
      .filter(Boolean)
      .join(' · ')}
    eyebrow="Company"
    shape="organisation"
    aside={
      <>
        <CompanyAccountLink companyId={company.id} />
        <NotesCard notes={company.notes} />
      </>
    }
  >
    <FieldList
      title="Details"
      fields={[
        {
          label: 'Website',
          value: company.website && (
            <Anchor href={websiteHref(company.website)} target="_blank" rel="noreferrer" size="sm">
              {company.website}
            </Anchor>
          ),
        },
        { label: 'Email', value: company.email && <LinkList values={[company.email]} scheme="mailto" /> },
        { label: 'Phone', value: company.phone && <LinkList values={[company.phone]} scheme="tel" /> },
        { label: 'VAT / tax ID', value: company.taxId },
        { label: 'Industry', value: company.industry },
        {
          label: 'Employees',
          value: company.employeeCount !== null && (
            <span className="lb-numeric">{formatNumber(company.employeeCount)}</span>
          ),
        },
        { label: 'Tags', value: company.tags.length > 0 && <TagList tags={company.tags} /> },
        {
          label: 'Address',
          value: addressLines(company.address).map((line) => (
            <Text key={line} size="sm">
              {line}
            </Text>
          )),
        },
      ]}
    />
    <CompanyContacts company={company} />
    <RecordTimeline of="company" id={company.id} />
  </DetailLayout>
);

export const CompanyDetailPage = () => (
  <RecordRoute useRecord={useCompany} noun="Company" back={{ label: 'Back to companies', to: '/companies' }}>
    {(company) => <CompanyDetail company={company} />}
  </RecordRoute>
);
