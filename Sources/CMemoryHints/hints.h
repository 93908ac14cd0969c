// A hint to the processor, which Swift cannot give by itself: start loading the cache line at an
// address that will be read soon. It changes no value and cannot fault (a prefetch of any address
// is allowed), so the engine stays deterministic and free of I/O.
#pragma once

static inline void procsh_prefetch(const void *address) { __builtin_prefetch(address, 0, 3); }
