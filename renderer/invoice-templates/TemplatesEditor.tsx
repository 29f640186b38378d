import { Badge, Button, Card, ColorSwatch, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { InvoiceTemplate } from '../../shared/invoice-templates';
import { useProfile } from '../profile/profile-queries';
import { Loaded } from '../records/QueryState';
import { TemplateForm } from './TemplateForm';
import { useAllTemplates } from './template-queries';

const summary = (template: InvoiceTemplate) =>
  [
    template.paper === 'Letter' ? 'US Letter' : 'A4',
    template.layout === 'compact' ? 'Compact' : 'Classic',
  ].join(' · ');

const TemplateList = ({
  templates,
  selected,
  onSelect,
}: {
  templates: InvoiceTemplate[];
  selected: number | 'new';
  onSelect: (id: number) => void;
}) => (
  <Stack
    component="ul"
    gap={2}
    w={220}
    m={0}
    p={0}
    style={{ flexShrink: 0, listStyle: 'none' }}
    aria-label="Templates"
  >
    {templates.map((template) => (
      <li key={template.id}>
        <NavLink
          component="button"
          type="button"
          active={template.id === selected}
          aria-current={template.id === selected ? 'true' : undefined}
          onClick={() => onSelect(template.id)}
          label={template.name}
          description={summary(template)}
          c={template.archived ? 'dimmed' : undefined}
          leftSection={<ColorSwatch color={template.accentColor} size={12} aria-hidden />}
          rightSection={
            template.isDefault ? (
              <Badge size="xs" variant="light">
                Default
              </Badge>
            ) : template.archived ? (
              <Badge size="xs" variant="light" color="gray">
                Archived
              </Badge>
            ) : null
          }
          style={{ borderRadius: 'var(--mantine-radius-sm)' }}
        />
      </li>
    ))}
    {selected === 'new' && (
      <li>
        <NavLink
          component="div"
          active
          aria-current="true"
          label="New template"
          description="Not saved yet"
          leftSection={<IconPlus size={12} aria-hidden />}
          style={{ borderRadius: 'var(--mantine-radius-sm)' }}
        />
      </li>
    )}
  </Stack>
);

interface EditorProps {
  templates: InvoiceTemplate[];
  chosen: number | 'new' | null;
  onChoose: (id: number | 'new') => void;
}

const Editor = ({ templates, chosen, onChoose }: EditorProps) => {
  const hasLogo = Boolean(useProfile().data?.logo);
  const selected = chosen ?? templates[0]?.id ?? 'new';
  const template = templates.find((candidate) => candidate.id === selected) ?? null;
  return (
    <Group align="flex-start" gap="xl" wrap="nowrap">
      <TemplateList templates={templates} selected={selected} onSelect={onChoose} />
      <div style={{ flex: 1, minWidth: 0 }}>
        <TemplateForm
          key={selected}
          template={template}
          hasLogo={hasLogo}
          onSaved={(saved) => onChoose(saved.id)}
        />
      </div>
    </Group>
  );
};

/** The looks and texts invoices start with; each invoice picks one, the default unless told otherwise. */
export const TemplatesEditor = () => {
  const templates = useAllTemplates();
  const [chosen, setChosen] = useState<number | 'new' | null>(null);
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="invoice-templates-title">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title id="invoice-templates-title" order={2} fz="sm" fw={600}>
            Invoice templates
          </Title>
          <Text size="sm" c="dimmed" mt={4} mb="md" maw={560}>
            Layout, paper size, colour and the texts a new invoice starts with. New invoices use the default.
          </Text>
        </div>
        <Button
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setChosen('new')}
          disabled={chosen === 'new'}
          style={{ flexShrink: 0 }}
        >
          Add template
        </Button>
      </Group>
      <Loaded query={templates} failedTitle="Could not load the templates" loadingLabel="Loading templates">
        {(loaded) => <Editor templates={loaded} chosen={chosen} onChoose={setChosen} />}
      </Loaded>
    </Card>
  );
};
