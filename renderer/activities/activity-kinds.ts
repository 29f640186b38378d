import {
  type Icon,
  IconArrowRight,
  IconCheckbox,
  IconFlag,
  IconMail,
  IconNote,
  IconPhone,
  IconRotateClockwise,
  IconTrophy,
  IconUsers,
  IconX,
} from '@tabler/icons-react';
import type { ActivityKind, StageChangeKind } from '../../shared/activities';

interface KindLook {
  label: string;
  icon: Icon;
  color: string;
}

export const activityLooks: Record<ActivityKind, KindLook> = {
  note: { label: 'Note', icon: IconNote, color: 'yellow' },
  call: { label: 'Call', icon: IconPhone, color: 'teal' },
  meeting: { label: 'Meeting', icon: IconUsers, color: 'grape' },
  email: { label: 'Email', icon: IconMail, color: 'blue' },
  task: { label: 'Task', icon: IconCheckbox, color: 'orange' },
};

export const stageChangeLooks: Record<StageChangeKind, KindLook> = {
  created: { label: 'Deal created', icon: IconFlag, color: 'lumen' },
  moved: { label: 'Stage changed', icon: IconArrowRight, color: 'lumen' },
  won: { label: 'Won', icon: IconTrophy, color: 'green' },
  lost: { label: 'Lost', icon: IconX, color: 'red' },
  reopened: { label: 'Reopened', icon: IconRotateClockwise, color: 'lumen' },
};
