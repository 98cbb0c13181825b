// Swift's Glibc module exports neither renameat2 nor syncfs (both need _GNU_SOURCE), so this file wraps them.
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <fcntl.h>
#include <unistd.h>
#include "CAtomicSwap.h"

int license_report_exchange_at(int from_dir, const char *from, int to_dir, const char *to) {
#if defined(__linux__) && defined(RENAME_EXCHANGE)
    return renameat2(from_dir, from, to_dir, to, RENAME_EXCHANGE);
#else
    errno = ENOSYS;
    return -1;
#endif
}

int license_report_exchange_paths(const char *first, const char *second) {
    return license_report_exchange_at(AT_FDCWD, first, AT_FDCWD, second);
}

int license_report_syncfs(int fd) {
#if defined(__linux__)
    return syncfs(fd);
#else
    errno = ENOSYS;
    return -1;
#endif
}
