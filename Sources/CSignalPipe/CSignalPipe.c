// A signal handler may call only async-signal-safe functions; write(2) is one. Swift cannot promise
// that (a global's first access takes a lock), so the handler is written in C.
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include "CSignalPipe.h"

static volatile sig_atomic_t forward_fd = -1;

static void forward(int signal_number) {
    int saved = errno;
    unsigned char byte = (unsigned char)signal_number;
    if (forward_fd >= 0) { (void)write(forward_fd, &byte, 1); }
    errno = saved;
}

int license_report_forward_signals(int fd, const int *signals, int count) {
    forward_fd = fd;
    int installed = 0;
    for (int index = 0; index < count; index++) {
        struct sigaction current;
        if (sigaction(signals[index], NULL, &current) != 0 || current.sa_handler == SIG_IGN) { continue; }
        struct sigaction action;
        memset(&action, 0, sizeof action);
        action.sa_handler = forward;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        if (sigaction(signals[index], &action, NULL) == 0) { installed++; }
    }
    return installed;
}
