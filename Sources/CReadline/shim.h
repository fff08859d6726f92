#ifndef PRELIM_COACH_CREADLINE_SHIM_H
#define PRELIM_COACH_CREADLINE_SHIM_H
// readline.h needs stdio's FILE declared first.
#include <stdio.h>
#include <signal.h>
#include <string.h>
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

/// readline leaves signals to us and calls `hook` when a read is interrupted by one.
static inline void pc_rl_use_signal_hook(rl_hook_func_t *hook) {
    rl_catch_signals = 0;
    rl_signal_event_hook = hook;
}

/// Ctrl-C at the prompt: drop what was typed and show a fresh prompt.
static inline void pc_rl_discard_line(void) {
    rl_replace_line("", 0);
    rl_crlf();
    rl_on_new_line();
    rl_redisplay();
}

/// Make readline return now, with whatever is typed.
static inline void pc_rl_finish(void) { rl_done = 1; }

/// Installs `handler` for `signal` without SA_RESTART, so that a blocking read returns EINTR.
static inline int pc_install_signal_handler(int signal, void (*handler)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    return sigaction(signal, &action, NULL);
}

/// The most recent history line, or NULL.
static inline const char *pc_history_last_line(void) {
    HIST_ENTRY *entry = history_get(history_base + history_length - 1);
    return entry ? entry->line : NULL;
}

#endif
