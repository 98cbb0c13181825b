#ifndef LICENSE_REPORT_CATOMICSWAP_H
#define LICENSE_REPORT_CATOMICSWAP_H

/// Atomically exchanges the two paths (Linux `renameat2(RENAME_EXCHANGE)`).
/// Returns 0 on success, -1 with errno set otherwise (ENOSYS/EINVAL where unsupported).
int license_report_exchange_paths(const char *first, const char *second);

#endif
