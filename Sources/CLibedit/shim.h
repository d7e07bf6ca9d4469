#ifndef STORYSHELL_CLIBEDIT_SHIM_H
#define STORYSHELL_CLIBEDIT_SHIM_H
/*
 * Swift cannot call C variadic functions, and libedit's configuration entry
 * points `el_set`, `el_get` and `history` are variadic. Each wrapper below
 * fixes the argument list of exactly one call that storyshell's LineEditor
 * needs. Non-variadic libedit calls (el_init, el_gets, el_wline,
 * el_winsertstr, el_deletestr, el_cursor, el_resize, el_source, el_end,
 * history_end) are called from Swift directly.
 *
 * All functions return libedit's own status (0 on success, -1 on failure)
 * unless stated otherwise.
 */
#include <stdio.h>
#include <wchar.h>
#include <histedit.h>

/* The C standard streams, for el_init and fflush. (Swift 6 rejects direct
   use of the mutable C globals `stdin`/`stdout`/`stderr`.) */
static inline FILE *storyshell_stdin(void) { return stdin; }
static inline FILE *storyshell_stdout(void) { return stdout; }
static inline FILE *storyshell_stderr(void) { return stderr; }

/* Prompt callback; `esc` brackets invisible characters (e.g. colour escape
   sequences) so libedit does not count them when computing the width.
   Pass 0 to disable. EL_PROMPT_ESC */
static inline int storyshell_el_set_prompt(EditLine *el, char *(*fn)(EditLine *), char esc) {
    return el_set(el, EL_PROMPT_ESC, fn, esc);
}

/* "emacs" or "vi". EL_EDITOR */
static inline int storyshell_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}

/* Let libedit install its own signal handlers around el_gets. storyshell
   passes 0: it handles SIGINT/SIGWINCH itself (see Interrupt.swift). EL_SIGNAL */
static inline int storyshell_el_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}

/* Bind a key sequence ("^I", "^R", "\\e[A") to a builtin or added function
   name ("em-inc-search-prev", "storyshell-complete"). EL_BIND */
static inline int storyshell_el_bind(EditLine *el, const char *key, const char *fn) {
    return el_set(el, EL_BIND, key, fn, (const char *)NULL);
}

/* Register a named editor function. `fn` returns one of the CC_* codes. EL_ADDFN */
static inline int storyshell_el_addfn(EditLine *el, const char *name, const char *help,
                                      unsigned char (*fn)(EditLine *, int)) {
    return el_set(el, EL_ADDFN, name, help, fn);
}

/* Attach a (narrow) History so Up/Down and Ctrl-R search it. EL_HIST */
static inline int storyshell_el_set_hist(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}

/* Opaque pointer handed back to C callbacks (storyshell stores the
   LineEditor instance here). EL_CLIENTDATA */
static inline int storyshell_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}
static inline void *storyshell_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}

/* Replace libedit's character reader. Needed because the builtin reader
   retries read(2) once after EINTR, so a single Ctrl-C would not end el_gets.
   The function stores one wide character and returns 1, 0 on EOF, -1 on
   error. EL_GETCFN */
static inline int storyshell_el_set_getcfn(EditLine *el, int (*fn)(EditLine *, wchar_t *)) {
    return el_set(el, EL_GETCFN, fn);
}

/* History: H_SETSIZE (max entries kept), H_SETUNIQUE (drop consecutive
   duplicates), H_ENTER (append one entry). */
static inline int storyshell_history_setsize(History *h, int size) {
    HistEvent ev;
    return history(h, &ev, H_SETSIZE, size);
}
static inline int storyshell_history_setunique(History *h, int unique) {
    HistEvent ev;
    return history(h, &ev, H_SETUNIQUE, unique);
}
static inline int storyshell_history_enter(History *h, const char *line) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, line);
}

#endif
