#ifndef PRELIM_COACH_CREADLINE_SHIM_H
#define PRELIM_COACH_CREADLINE_SHIM_H
// readline.h needs stdio's FILE declared first.
#include <stdio.h>
#include <signal.h>
#include <string.h>
#include <sys/select.h>
#include <readline/readline.h>
#include <readline/history.h>

// Swift 6 refuses to touch C's mutable globals directly, so the few readline settings the
// terminal needs are set here.

/// Whole-line completion through `function`, with no space appended and no filename fallback.
static inline void pc_rl_use_completion(rl_completion_func_t *function) {
    rl_attempted_completion_function = function;
    rl_completion_append_character = '\0';
    rl_completer_word_break_characters = (char *)"";
    rl_variable_bind("completion-ignore-case", "on");
}

/// Called by the completion function so that readline does not fall back to file names.
static inline void pc_rl_completion_done(void) { rl_attempted_completion_over = 1; }

/// readline leaves SIGINT, SIGTERM and SIGHUP to us (it still follows window resizes).
static inline void pc_rl_leave_signals_to_us(void) { rl_catch_signals = 0; }

/// Ctrl-C at the prompt: drop what was typed and show a fresh prompt.
static inline void pc_rl_discard_line(void) {
    rl_callback_sigcleanup();
    rl_replace_line("", 0);
    rl_crlf();
    rl_on_new_line();
    rl_redisplay();
}

/// Waits until `fd` is readable or a signal arrives (-1, EINTR). Signals are blocked
/// everywhere else, so one arriving while a key is being handled waits for this call.
static inline int pc_wait_readable(int fd) {
    fd_set set;
    FD_ZERO(&set);
    FD_SET(fd, &set);
    sigset_t none;
    sigemptyset(&none);
    return pselect(fd + 1, &set, NULL, NULL, NULL, &none);
}

/// Installs `handler` for `signal` without SA_RESTART, so that a blocking read returns EINTR.
static inline int pc_install_signal_handler(int signal, void (*handler)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    return sigaction(signal, &action, NULL);
}

/// Blocks SIGINT, SIGTERM and SIGHUP: they are taken only inside `pc_wait_readable`.
static inline void pc_block_prompt_signals(void) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    sigprocmask(SIG_BLOCK, &set, NULL);
}

/// Unblocks SIGINT, SIGTERM and SIGHUP: a parent may have started us with them blocked.
static inline void pc_unblock_session_signals(void) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
}

/// The most recent history line, or NULL.
static inline const char *pc_history_last_line(void) {
    HIST_ENTRY *entry = history_get(history_base + history_length - 1);
    return entry ? entry->line : NULL;
}

#endif
