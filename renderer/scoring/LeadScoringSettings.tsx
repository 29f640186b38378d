import { Alert, Box, Button, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  categoryOf,
  type ScoringCategory,
  type ScoringRule,
  saveScoringRulesInput,
} from '../../shared/scoring';
import { invalidateKinds } from '../app/query-client';
import { SaveOrDiscard } from '../forms/EditorButtons';
import { useSettingsForm } from '../forms/use-settings-form';
import { formatCount } from '../lib/format';
import { errorMessage, invoke } from '../lib/rpc';
import { Loaded } from '../records/QueryState';
import { blankRule, prepareRules, rulesFormValues } from './rule-form-values';
import { RuleColumnHeaders, ScoringRuleRow } from './ScoringRuleRow';

const rulesKey = ['settings', 'scoring-rules'] as const;

const groups: { category: ScoringCategory; title: string; hint: string }[] = [
  {
    category: 'fit',
    title: 'Fit',
    hint: 'Who the lead is: title, company size, industry, where they came from.',
  },
  {
    category: 'engagement',
    title: 'Engagement',
    hint: 'How recently you heard from them: any activity, a meeting, a reply to your email.',
  },
];

/** Engagement points fade only when a lead is rescored, so offer a refresh for leads nobody touched. */
const RescoreButton = () => {
  const client = useQueryClient();
  const rescore = useMutation({
    mutationFn: () => invoke('scoring.recompute', {}),
    onSuccess: ({ rescoredLeads }) => {
      invalidateKinds(client, ['leads']);
      notifications.show({
        color: 'teal',
        message:
          rescoredLeads === 0
            ? 'Every score was up to date.'
            : `${formatCount(rescoredLeads, 'lead')} rescored.`,
      });
    },
    onError: (error) =>
      notifications.show({ color: 'red', title: 'Leads not rescored', message: errorMessage(error) }),
  });
  return (
    <Button variant="subtle" color="gray" loading={rescore.isPending} onClick={() => rescore.mutate()}>
      Rescore all leads now
    </Button>
  );
};

const RulesForm = ({ rules }: { rules: ScoringRule[] }) => {
  const client = useQueryClient();
  const { form, onSubmit, saving, failure } = useSettingsForm({
    initialValues: rulesFormValues(rules),
    prepare: prepareRules,
    schema: saveScoringRulesInput,
    save: (input) => invoke('scoring.saveRules', input),
    onSaved: ({ rules: saved, rescoredLeads }) => {
      client.setQueryData(rulesKey, saved);
      invalidateKinds(client, ['settings', 'leads']);
      notifications.show({
        color: 'teal',
        title: 'Scoring rules saved',
        message:
          rescoredLeads === 0
            ? 'No lead’s score changed.'
            : `${formatCount(rescoredLeads, 'lead')} rescored.`,
      });
      return rulesFormValues(saved);
    },
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="lg">
        {groups.map(({ category, title, hint }) => {
          const rows = form.values.rules.flatMap((rule, index) =>
            categoryOf(rule.attribute) === category ? [index] : [],
          );
          return (
            <Box key={category} component="section" aria-label={`${title} rules`}>
              <Title order={3} fz="sm" fw={600}>
                {title}
              </Title>
              <Text size="xs" c="dimmed" mb={6}>
                {hint}
              </Text>
              {rows.length > 0 && <RuleColumnHeaders />}
              {rows.length === 0 && (
                <Text size="sm" c="dimmed" py={6}>
                  No {title.toLowerCase()} rules: {title.toLowerCase()} adds nothing to a score.
                </Text>
              )}
              {rows.map((index, position) => (
                <ScoringRuleRow
                  key={form.values.rules[index]?.key}
                  form={form}
                  index={index}
                  category={category}
                  number={position + 1}
                />
              ))}
              <Button
                variant="subtle"
                size="compact-sm"
                leftSection={<IconPlus size={14} aria-hidden />}
                onClick={() => form.insertListItem('rules', blankRule(category))}
                mt={4}
              >
                Add {title.toLowerCase()} rule
              </Button>
            </Box>
          );
        })}
        {failure && (
          <Alert color="red" variant="light" title="Rules not saved">
            {errorMessage(failure)}
          </Alert>
        )}
        <Divider />
        <Group justify="space-between">
          <SaveOrDiscard
            label="Save rules"
            saving={saving}
            dirty={form.isDirty()}
            onDiscard={() => form.reset()}
          />
          <RescoreButton />
        </Group>
      </Stack>
    </form>
  );
};

/** The rule editor in Settings: points for who a lead is and for how recently they engaged. */
export const LeadScoringSettings = () => {
  const rules = useQuery({ queryKey: rulesKey, queryFn: () => invoke('scoring.rules', {}) });
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="lead-scoring-title">
      <Title id="lead-scoring-title" order={2} fz="sm" fw={600}>
        Lead scoring
      </Title>
      <Text size="sm" c="dimmed" mt={4} mb="md">
        A lead’s score is the sum of the points of every rule it meets. Scores are worked out again whenever a
        lead, its contact, its company or their activities change, and when you save these rules; “within N
        days” counts back from that moment.
      </Text>
      <Loaded
        query={rules}
        failedTitle="Could not load the scoring rules"
        loadingLabel="Loading scoring rules"
      >
        {(loaded) => <RulesForm rules={loaded} />}
      </Loaded>
    </Card>
  );
};
