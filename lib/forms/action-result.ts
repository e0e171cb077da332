/**
 * What every server action of the portal answers, and what its form shows: nothing yet, a success
 * (with its message, and a payload when the form needs more, such as a set-password link), or an
 * error: a form error, field errors, the editor's own input to put back, and on a conflict the
 * version someone else saved first.
 */
export type ActionResult<Payload = null> =
  | { status: 'idle' }
  | { status: 'ok'; message: string | null; payload: Payload }
  | {
      status: 'error';
      formError: string | null;
      fieldErrors: Record<string, string>;
      values: Record<string, string>;
      /** Someone else saved first: their version, so the editor can look before saving over it. */
      conflict?: { version: number; updatedAt: string };
    };

/** A server action as a form calls it through useActionState, its bound arguments already given. */
export type FormAction<Payload = null> = (state: ActionResult<Payload>, data: FormData) => Promise<ActionResult<Payload>>;

export const idle: ActionResult<never> = { status: 'idle' };
