import { Badge, Group } from '@mantine/core';

/** Tags as quiet badges; `max` keeps table rows to one line and says how many more there are. */
export const TagList = ({ tags, max }: { tags: string[]; max?: number }) => {
  const shown = max === undefined ? tags : tags.slice(0, max);
  const hidden = tags.length - shown.length;
  return (
    <Group gap={4} wrap={max === undefined ? 'wrap' : 'nowrap'} style={{ overflow: 'hidden', minWidth: 0 }}>
      {shown.map((tag) => (
        <Badge
          key={tag}
          variant="light"
          color="gray"
          size="sm"
          title={tag}
          maw={max === undefined ? undefined : 120}
          style={{ flexShrink: max === undefined ? 0 : 1, minWidth: 24 }}
        >
          {tag}
        </Badge>
      ))}
      {hidden > 0 && (
        <Badge
          variant="transparent"
          color="gray"
          size="sm"
          px={2}
          aria-label={`${hidden} more tags`}
          style={{ flexShrink: 0, overflow: 'visible' }}
        >
          +{hidden}
        </Badge>
      )}
    </Group>
  );
};
