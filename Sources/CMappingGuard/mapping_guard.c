// The SIGBUS guard of mapped files: see include/mapping_guard.h.
#include "mapping_guard.h"

#include <signal.h>
#include <stdatomic.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define PROCSH_GUARDS 16

static _Atomic int procsh_guard_taken[PROCSH_GUARDS];
static _Atomic uintptr_t procsh_guard_start[PROCSH_GUARDS];
static _Atomic uintptr_t procsh_guard_end[PROCSH_GUARDS];
static _Atomic long procsh_guard_faults[PROCSH_GUARDS];
static struct sigaction procsh_guard_previous;

static void procsh_guard_handler(int number, siginfo_t *info, void *context) {
  uintptr_t address = (uintptr_t)info->si_addr;
  for (int slot = 0; slot < PROCSH_GUARDS; slot++) {
    uintptr_t start = atomic_load(&procsh_guard_start[slot]);
    if (start == 0 || address < start || address >= atomic_load(&procsh_guard_end[slot])) continue;
    uintptr_t page_size = (uintptr_t)sysconf(_SC_PAGESIZE);
    void *page = (void *)(address & ~(page_size - 1));
    if (mmap(page, page_size, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) != MAP_FAILED) {
      atomic_fetch_add(&procsh_guard_faults[slot], 1);
      return;
    }
  }
  // Not a guarded page: the handler that was there before takes the signal, as it would have.
  // It is put back and the faulting access runs again on return (calling it from here instead
  // left Swift's crash reporter waiting for good).
  sigaction(number, &procsh_guard_previous, NULL);
  (void)context;
}

int procsh_guard_install(void) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_sigaction = procsh_guard_handler;
  action.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigemptyset(&action.sa_mask);
  return sigaction(SIGBUS, &action, &procsh_guard_previous);
}

int procsh_guard_add(uintptr_t start, uintptr_t end) {
  for (int slot = 0; slot < PROCSH_GUARDS; slot++) {
    int free_slot = 0;
    if (!atomic_compare_exchange_strong(&procsh_guard_taken[slot], &free_slot, 1)) continue;
    atomic_store(&procsh_guard_faults[slot], 0);
    atomic_store(&procsh_guard_end[slot], end);
    atomic_store(&procsh_guard_start[slot], start);
    return slot;
  }
  return -1;
}

long procsh_guard_remove(int slot) {
  atomic_store(&procsh_guard_start[slot], 0);
  long faults = atomic_load(&procsh_guard_faults[slot]);
  atomic_store(&procsh_guard_taken[slot], 0);
  return faults;
}
