import type { DomainHandlers } from '../ipc/handler-types';
import {
  completeTask,
  createActivity,
  listTasks,
  setActivityArchived,
  timeline,
  updateActivity,
} from './activities.service';

export const activityHandlers: DomainHandlers<'activities'> = {
  'activities.create': (input, ctx) => createActivity(ctx, input),
  'activities.update': ({ id, changes }, ctx) => updateActivity(ctx, id, changes),
  'activities.complete': ({ id, done }, ctx) => completeTask(ctx, id, done),
  'activities.archive': ({ id }, ctx) => setActivityArchived(ctx, id, true),
  'activities.restore': ({ id }, ctx) => setActivityArchived(ctx, id, false),
  'activities.timeline': (input, ctx) => timeline(ctx.db, input),
  'activities.tasks': (input, ctx) => listTasks(ctx.db, input),
};
