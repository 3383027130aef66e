/**
 * Calm validation: a field's error is shown when the user leaves the field (or submits), not on every keystroke
 * (each keystroke of "2566" would otherwise raise and drop an alert: "2", "25", "256"…). Once shown, it goes as soon
 * as the value is right, and comes back only at the next leaving.
 */
import { useState } from 'react';

export interface LeaveCheck {
  /** Show the error now: the field holds a wrong value and was left or submitted. */
  shown: boolean;
  /** On blur (and on submit): check now. */
  check: () => void;
  /** On change: a right value hides the error; a wrong one waits for the next check. */
  changed: (invalidNow: boolean) => void;
}

export function useLeaveCheck(invalid: boolean): LeaveCheck {
  const [checked, setChecked] = useState(false);
  return {
    shown: checked && invalid,
    // Left (or submitted) with a right value, nothing is remembered: typing a wrong one later waits for the next leaving.
    check: () => setChecked(invalid),
    changed: (invalidNow) => {
      if (!invalidNow) setChecked(false);
    },
  };
}
