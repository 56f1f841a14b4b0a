/** Defaults shared by the constructs (kept here so README and code state them once). */

/** Key / directory prefix of delivered logs; the provider's own examples use it too. */
export const DEFAULT_PREFIX = 'cloudaudit';
/** CLS topic retention: audit logs are commonly kept at least six months. */
export const DEFAULT_CLS_RETENTION_DAYS = 180;
/** Key prefix of COS access logs in their target bucket (COS docs use e.g. "log/"). */
export const DEFAULT_ACCESS_LOG_PREFIX = 'cos-access/';
