#ifndef LICENSE_REPORT_CSIGNALPIPE_H
#define LICENSE_REPORT_CSIGNALPIPE_H

/// Installs, for each of the `count` signals that the process does not ignore, a handler that writes the
/// signal's number as one byte to the file descriptor `fd` (the write end of a pipe) and does nothing
/// else, so that an ordinary thread reading the pipe can act on it. Call it once.
/// Returns the number of signals whose handler was installed.
int license_report_forward_signals(int fd, const int *signals, int count);

#endif
