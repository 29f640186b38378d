import type { ErrorCode } from '../../shared/ipc/channel';

/** An expected failure a person can act on; the dispatcher sends its message to the UI as is. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (kind: string, id: number) =>
  new AppError('not_found', `${kind} ${id} does not exist`);
