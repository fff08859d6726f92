#define _GNU_SOURCE
#include "pty_support.h"
#include <fcntl.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

int pc_spawn_on_pty(const char *path, char *const argv[], char *const envp[], pid_t *pid) {
    int master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0) return -1;
    const char *name = ptsname(master);
    if (name == NULL) return -1;
    struct winsize size = {.ws_row = 24, .ws_col = 80};
    ioctl(master, TIOCSWINSZ, &size);
    pid_t child = fork();
    if (child < 0) return -1;
    if (child == 0) {
        setsid();
        int slave = open(name, O_RDWR);  // the first terminal opened becomes the controlling one
        if (slave < 0) _exit(127);
        dup2(slave, 0);
        dup2(slave, 1);
        dup2(slave, 2);
        // Other tests run in parallel threads: drop every descriptor they have open, or
        // their pipes never see end-of-file while this child lives.
        long limit = sysconf(_SC_OPEN_MAX);
        for (int fd = 3; fd < (limit > 0 ? limit : 1024); fd++) close(fd);
        execve(path, argv, envp);
        _exit(127);
    }
    *pid = child;
    return master;
}
