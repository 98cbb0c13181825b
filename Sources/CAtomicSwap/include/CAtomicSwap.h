#ifndef LICENSE_REPORT_CATOMICSWAP_H
#define LICENSE_REPORT_CATOMICSWAP_H

/// Atomically exchanges `from` (relative to the folder `from_dir`) and `to` (relative to `to_dir`):
/// Linux `renameat2(RENAME_EXCHANGE)`. Returns 0 on success, -1 with errno set otherwise (ENOSYS or
/// EINVAL where the system or the file system does not support it).
int license_report_exchange_at(int from_dir, const char *from, int to_dir, const char *to);

/// `license_report_exchange_at` for two paths (relative ones to the current folder); used by
/// SuperOfficeFetch's dataset update.
int license_report_exchange_paths(const char *first, const char *second);

/// Flushes the whole file system that holds the open file `fd` to stable storage: Linux `syncfs(2)`.
/// Returns 0 on success, -1 with errno set otherwise (ENOSYS where unsupported).
int license_report_syncfs(int fd);

#endif
