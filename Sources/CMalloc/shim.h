#ifndef PRELIM_COACH_CMALLOC_SHIM_H
#define PRELIM_COACH_CMALLOC_SHIM_H
// glibc's malloc_trim: a large load gives the heap's freed pages back to the system before it
// builds the graph (see DialogueAuthoring's HeapTrim).
#if defined(__linux__)
#include <malloc.h>
#endif
#endif
