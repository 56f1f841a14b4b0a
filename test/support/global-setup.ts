/**
 * jest globalSetup: checks that terraform and Go run and builds the provider double once per run
 * (cached in node_modules/.cache while its sources, the schema and the behaviour file are
 * unchanged). Go or terraform missing or too old, a corrupted schema or behaviour file, a double
 * that cannot start: one line naming what and the fix, and the run fails.
 */
import { prepareProviderDouble } from './terraform';
import { ProviderDoubleError } from '../../scripts/provider-double';

export default function globalSetup(): void {
  try {
    prepareProviderDouble();
  } catch (e) {
    if (e instanceof ProviderDoubleError) {
      // One line, no stack trace.
      const err = new Error(e.message);
      err.stack = e.message;
      throw err;
    }
    throw e;
  }
}
