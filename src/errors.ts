/** Exit codes of the command-line contract. */
export const ExitCode = {
  ok: 0,
  invalidData: 1,
  usage: 2,
  toolFailed: 3,
  cancelled: 130,
} as const;

/** A mistake in how the command was called, or a file that cannot be read or parsed (exit 2). */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** The user's data is well-formed but invalid: answers that fail validation, an install-config with errors (exit 1). */
export class InvalidDataError extends Error {
  override name = 'InvalidDataError';
  constructor(
    message: string,
    readonly problems: string[] = [],
  ) {
    super(message);
  }
}

/** An external program could not be run or failed (exit 3). */
export class ToolError extends Error {
  override name = 'ToolError';
}

/** The user pressed Ctrl-C (exit 130). */
export class CancelledError extends Error {
  override name = 'CancelledError';
}
