import { Card, Group, Stack, Text, Title } from '@mantine/core';
import type { Lead, ScoreLine } from '../../shared/leads';
import { ScoreBadge } from './LeadBadges';

const categories: { key: ScoreLine['category']; label: string; hint: string }[] = [
  { key: 'fit', label: 'Fit', hint: 'Who they are and how they found you' },
  { key: 'engagement', label: 'Engagement', hint: 'What happened with them lately' },
];

const points = (value: number) => (value > 0 ? `+${value}` : String(value));

/** The score and why: each scoring rule the lead matches, with its points, as fit and engagement. */
export const ScoreCard = ({ lead }: { lead: Lead }) => (
  <Card withBorder radius="md" padding="lg" component="section" aria-label="Score">
    <Group justify="space-between" mb="md">
      <Title order={2} fz="sm" fw={600}>
        Score
      </Title>
      <ScoreBadge score={lead.score} size="lg" />
    </Group>
    {lead.scoreBreakdown.length === 0 ? (
      <Text size="sm" c="dimmed">
        No scoring rule matches yet. A job title, a source or a recent meeting would add points.
      </Text>
    ) : (
      <Stack gap="md">
        {categories.map((category) => {
          const lines = lead.scoreBreakdown.filter((line) => line.category === category.key);
          const subtotal = lines.reduce((sum, line) => sum + line.points, 0);
          return (
            <div key={category.key}>
              <Group justify="space-between" mb={4}>
                <Text size="xs" fw={600} c="dimmed" tt="uppercase" lts={0.4} title={category.hint}>
                  {category.label}
                </Text>
                <Text
                  size="xs"
                  fw={600}
                  className="lb-numeric"
                  aria-label={`${category.label} ${subtotal} points`}
                >
                  {points(subtotal)}
                </Text>
              </Group>
              {lines.length === 0 ? (
                <Text size="sm" c="dimmed">
                  Nothing yet
                </Text>
              ) : (
                <Stack gap={4} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                  {lines.map((line) => (
                    <Group key={line.ruleId} component="li" justify="space-between" wrap="nowrap" gap="sm">
                      <Text size="sm">{line.label}</Text>
                      <Text
                        size="sm"
                        fw={500}
                        c={line.points >= 0 ? 'teal.8' : 'red.7'}
                        className="lb-numeric"
                      >
                        {points(line.points)}
                      </Text>
                    </Group>
                  ))}
                </Stack>
              )}
            </div>
          );
        })}
      </Stack>
    )}
  </Card>
);
