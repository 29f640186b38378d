import { localIsoDate } from '../../shared/invoice-dates';
import type { DomainHandlers } from '../ipc/handler-types';
import { runDueSchedules } from './catch-up';
import { getSchedule, listSchedules } from './schedule-records';
import {
  createSchedule,
  endSchedule,
  pauseSchedule,
  resumeSchedule,
  updateSchedule,
} from './schedules.service';

export const scheduleHandlers: DomainHandlers<'schedules'> = {
  'schedules.list': (input, ctx) => listSchedules(ctx.db, input, localIsoDate(ctx.clock())),
  'schedules.get': ({ id }, ctx) => getSchedule(ctx.db, id, localIsoDate(ctx.clock())),
  'schedules.create': (input, ctx) => createSchedule(ctx, input),
  'schedules.update': ({ id, changes }, ctx) => updateSchedule(ctx, id, changes),
  'schedules.pause': ({ id }, ctx) => pauseSchedule(ctx, id),
  'schedules.resume': ({ id }, ctx) => resumeSchedule(ctx, id),
  'schedules.end': ({ id }, ctx) => endSchedule(ctx, id),
  'schedules.runNow': (_input, ctx) => runDueSchedules(ctx),
};
