/** The part of Electron's Session that decides permissions. */
export interface PermissionSession {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void;
}

/**
 * A CRM needs no camera, location, notifications or any other browser permission, so every request
 * and every check is answered no.
 */
export const denyAllPermissions = (session: PermissionSession): void => {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
};
