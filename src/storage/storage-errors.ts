/** Storage failures in words a viewer can act on: what happened, and that their text is kept. */
export function describeStorageError(error: unknown): string {
  const name = (error as { name?: string } | null)?.name ?? '';
  const message = (error as { message?: string } | null)?.message ?? String(error);
  switch (name) {
    case 'QuotaExceededError':
      return "the browser's storage for Claimline is full. Free some disk space (or remove other sites' data) and save again";
    case 'InvalidStateError':
    case 'AbortError':
      return 'the database was closed while saving (the extension may be updating). Save again in a moment';
    case 'BlockedError':
      return 'another Claimline tab or page still has the database open in an older version. Close or reload other Claimline tabs, then save again';
    case 'VersionError':
      return 'a newer version of Claimline changed the database. Reload this page, then save again';
    case 'UnknownError':
      return `the browser could not write to its storage (${message}). Save again; if it keeps failing, restart the browser`;
    default:
      return message || 'an unknown storage error';
  }
}
