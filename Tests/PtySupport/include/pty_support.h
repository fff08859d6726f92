#ifndef PRELIM_COACH_PTY_SUPPORT_H
#define PRELIM_COACH_PTY_SUPPORT_H
#include <sys/types.h>

/// Starts `path` on a new pseudo-terminal (80x24) as its controlling terminal.
/// Returns the master side's descriptor and stores the child's pid, or returns -1.
int pc_spawn_on_pty(const char *path, char *const argv[], char *const envp[], pid_t *pid);

#endif
