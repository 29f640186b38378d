import { Group, NumberInput, Select, Switch, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import {
  describeRule,
  type ScoringAttribute,
  type ScoringCategory,
  scoringAttributes,
  valueKindOf,
} from '../../shared/scoring';
import { RemoveRowButton } from '../forms/EditorButtons';
import { attributesOf, type RulesFormValues } from './rule-form-values';

const units = { employees: 'employees', days: 'days' } as const;
const widths = { enabled: 40, attribute: 200, points: 96, remove: 34 };

interface ValueInputProps {
  form: UseFormReturnType<RulesFormValues>;
  index: number;
  label: string;
}

const ValueInput = ({ form, index, label }: ValueInputProps) => {
  const path = `rules.${index}.value`;
  const kind = valueKindOf(form.values.rules[index]?.attribute ?? 'title_contains');
  if (kind === 'text') {
    return (
      <TextInput
        {...form.getInputProps(path)}
        aria-label={label}
        placeholder="e.g. founder"
        maxLength={100}
      />
    );
  }
  const { value, onChange, ...props } = form.getInputProps(path);
  return (
    <NumberInput
      {...props}
      value={value}
      onChange={(next) => onChange(String(next))}
      aria-label={label}
      min={1}
      clampBehavior="none"
      allowDecimal={false}
      allowNegative={false}
      hideControls
      rightSection={units[kind]}
      rightSectionWidth={kind === 'days' ? 48 : 86}
      rightSectionProps={{ style: { fontSize: 12, color: 'var(--mantine-color-dimmed)' } }}
    />
  );
};

/** What each column of rule rows holds; the inputs carry their own names for assistive tech. */
export const RuleColumnHeaders = () => (
  <Group gap="sm" wrap="nowrap" aria-hidden mt={4}>
    {(
      [
        ['On', widths.enabled],
        ['Attribute', widths.attribute],
        ['Value', undefined],
        ['Points', widths.points],
      ] as const
    ).map(([label, width]) => (
      <Text key={label} size="xs" fw={600} c="dimmed" tt="uppercase" w={width} flex={width ? undefined : 1}>
        {label}
      </Text>
    ))}
    <div style={{ width: widths.remove }} />
  </Group>
);

interface RuleRowProps {
  form: UseFormReturnType<RulesFormValues>;
  index: number;
  category: ScoringCategory;
  /** 1-based place among its category's rules, to name the row. */
  number: number;
}

/** One rule as an editable row: on/off, attribute, value, points. */
export const ScoringRuleRow = ({ form, index, category, number }: RuleRowProps) => {
  const rule = form.values.rules[index];
  if (!rule) return null;
  const name = `${category} rule ${number}`;
  return (
    <Group
      role="group"
      aria-label={`${category === 'fit' ? 'Fit' : 'Engagement'} rule ${number}: ${describeRule(rule.attribute, rule.value)}`}
      gap="sm"
      wrap="nowrap"
      align="flex-start"
      py={4}
    >
      <Switch
        {...form.getInputProps(`rules.${index}.enabled`, { type: 'checkbox' })}
        aria-label={`${name} enabled`}
        // The track is drawn over the (transparent) input; letting clicks through to the input keeps the
        // real control the one that is hit, for the mouse and for tools that click like one.
        styles={{ track: { pointerEvents: 'none' }, input: { cursor: 'pointer' } }}
        w={widths.enabled}
        mt={8}
      />
      <Select
        {...form.getInputProps(`rules.${index}.attribute`)}
        onChange={(attribute) => {
          if (!attribute) return;
          const before = valueKindOf(rule.attribute);
          form.setFieldValue(`rules.${index}.attribute`, attribute as ScoringAttribute);
          // A number of days means nothing as employees, nor a title as either.
          if (valueKindOf(attribute as ScoringAttribute) !== before)
            form.setFieldValue(`rules.${index}.value`, '');
        }}
        aria-label={`Attribute of ${name}`}
        data={attributesOf(category).map((value) => ({ value, label: scoringAttributes[value].name }))}
        allowDeselect={false}
        w={widths.attribute}
        style={{ flexShrink: 0 }}
      />
      <div style={{ flex: 1, minWidth: 0 }}>
        <ValueInput form={form} index={index} label={`Value of ${name}`} />
      </div>
      <NumberInput
        {...form.getInputProps(`rules.${index}.points`)}
        aria-label={`Points of ${name}`}
        min={-1000}
        max={1000}
        allowDecimal={false}
        w={widths.points}
        style={{ flexShrink: 0 }}
      />
      <RemoveRowButton
        label={`Remove ${name}`}
        title="Remove rule"
        onClick={() => form.removeListItem('rules', index)}
      />
    </Group>
  );
};
