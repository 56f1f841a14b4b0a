/**
 * jest globalSetup: checks that terraform runs and unpacks the real provider once per run (cached
 * in node_modules/.cache while the archive is unchanged). A missing terraform, a missing or
 * corrupted archive: one line naming the file and the fix, and the run fails.
 */
import { prepareRealProvider } from './terraform';
import { RealProviderError } from '../../scripts/real-provider';

export default function globalSetup(): void {
  try {
    prepareRealProvider();
  } catch (e) {
    if (e instanceof RealProviderError) {
      // One line, no stack trace.
      const err = new Error(e.message);
      err.stack = e.message;
      throw err;
    }
    throw e;
  }
}
