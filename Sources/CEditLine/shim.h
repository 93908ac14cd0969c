// libedit for Swift. Swift cannot call C variadic functions (el_set, el_get, history), and Swift 6
// rejects the global `stdin`/`stdout` as shared mutable state, so each use is wrapped here in a
// static inline function with a fixed signature (SPEC §10.1). Two more C calls Swift cannot make
// directly live here too: the terminal's size (ioctl is variadic) and the heap's top (mallinfo2
// returns a struct of <malloc.h>, which Swift's Glibc module does not declare).
#ifndef PROCSH_CEDITLINE_SHIM_H
#define PROCSH_CEDITLINE_SHIM_H

#include <histedit.h>
#include <locale.h>
#include <malloc.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>

typedef char *(*procsh_prompt_function)(EditLine *);
typedef unsigned char (*procsh_key_function)(EditLine *, int);

/// The columns of the terminal on `descriptor`, or 0 when it is not one (ioctl is variadic too).
static inline int procsh_terminal_columns(int descriptor) {
  struct winsize size;
  if (ioctl(descriptor, TIOCGWINSZ, &size) != 0) return 0;
  return size.ws_col;
}

/// The bytes free at the top of the main heap, where the next allocations that fit nowhere else
/// are carved from. (mallinfo2 returns a struct by value; Swift's Glibc module does not declare
/// <malloc.h>.)
static inline size_t procsh_heap_top_free(void) { return mallinfo2().keepcost; }

static inline FILE *procsh_stdin(void) { return stdin; }
static inline FILE *procsh_stdout(void) { return stdout; }
static inline FILE *procsh_stderr(void) { return stderr; }

/// Non-ASCII input is dropped unless LC_CTYPE names a UTF-8 locale before el_init.
static inline int procsh_use_utf8_locale(void) {
  if (setlocale(LC_CTYPE, "") != NULL) {
    const char *name = setlocale(LC_CTYPE, NULL);
    if (name != NULL && (strstr(name, "UTF-8") != NULL || strstr(name, "utf8") != NULL)) return 1;
  }
  return setlocale(LC_CTYPE, "C.UTF-8") != NULL;
}

static inline int procsh_el_set_prompt(EditLine *e, procsh_prompt_function prompt) {
  return el_set(e, EL_PROMPT, prompt);
}
static inline int procsh_el_set_editor(EditLine *e, const char *mode) { return el_set(e, EL_EDITOR, mode); }
static inline int procsh_el_set_history(EditLine *e, History *h) { return el_set(e, EL_HIST, history, h); }
static inline int procsh_el_add_function(EditLine *e, const char *name, const char *help, procsh_key_function f) {
  return el_set(e, EL_ADDFN, name, help, f);
}
static inline int procsh_el_bind(EditLine *e, const char *key, const char *function) {
  return el_set(e, EL_BIND, key, function, NULL);
}
/// Clears ISIG in editing mode, so Ctrl-C reaches the editor as a key (bound to cancel the line)
/// instead of killing the shell.
static inline int procsh_el_keep_interrupt_key(EditLine *e) { return el_set(e, EL_SETTY, "-d", "-isig", NULL); }
static inline int procsh_el_set_client_data(EditLine *e, void *data) { return el_set(e, EL_CLIENTDATA, data); }
static inline void *procsh_el_client_data(EditLine *e) {
  void *data = NULL;
  el_get(e, EL_CLIENTDATA, &data);
  return data;
}

static inline int procsh_history_set_size(History *h, int size) {
  HistEvent event;
  return history(h, &event, H_SETSIZE, size);
}
static inline int procsh_history_set_unique(History *h, int unique) {
  HistEvent event;
  return history(h, &event, H_SETUNIQUE, unique);
}
static inline int procsh_history_enter(History *h, const char *line) {
  HistEvent event;
  return history(h, &event, H_ENTER, line);
}

#endif
