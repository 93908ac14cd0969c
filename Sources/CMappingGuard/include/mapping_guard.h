// A mapped file that shrinks while it is read ends the reader with SIGBUS at the first page past
// its new end (`cp other.json session.json` rewrites a file in place). Swift code cannot recover
// from a signal, so the handler is C (mapping_guard.c): a fault inside a guarded range maps a page
// of zeros over the page that is gone, counts the fault and returns, and the read goes on over
// zeros (which no JSON holds) to fail; `MappedFile` then says the file changed while it was read.
// Any other SIGBUS goes on to the handler that was there before (Swift's crash report).
#pragma once

#include <stdint.h>

/// Puts the handler in place, keeping the one before it for faults outside the guarded ranges;
/// 0 on success. Call once.
int procsh_guard_install(void);

/// Guards the bytes from `start` to `end`; the slot to give to `procsh_guard_remove`, or -1 when
/// every slot is taken.
int procsh_guard_add(uintptr_t start, uintptr_t end);

/// Stops guarding `slot`; how many pages were found gone meanwhile.
long procsh_guard_remove(int slot);
